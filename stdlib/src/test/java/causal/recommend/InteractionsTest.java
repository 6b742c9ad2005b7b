package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.CategoricalColumn;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionsTest {

    @Test
    void numericIdsAreIndexedInIncreasingOrderAndRowsHoldIncreasingColumns() {
        Interactions data = Interactions.ratings(new long[] {42, 7, 42, 7}, new long[] {300, 20, 5, 300},
                new double[] {1, 2, 3, 4}, null);
        assertThat(data.users().key(0)).isEqualTo("7");
        assertThat(data.users().key(1)).isEqualTo("42");
        assertThat(data.items().key(0)).isEqualTo("5");
        assertThat(data.items().find("300").getAsInt()).isEqualTo(2);
        SparseRows byUser = data.byUser();
        // User 7 (index 0): items 20 (index 1) rated 2 and 300 (index 2) rated 4.
        assertThat(byUser.length(0)).isEqualTo(2);
        assertThat(byUser.column(byUser.start(0))).isEqualTo(1);
        assertThat(byUser.value(byUser.start(0))).isEqualTo(2.0);
        assertThat(byUser.value(byUser.position(0, 2))).isEqualTo(4.0);
        // Item 300 (index 2) has users 7 and 42, in that order.
        SparseRows byItem = data.byItem();
        assertThat(byItem.length(2)).isEqualTo(2);
        assertThat(byItem.column(byItem.start(2))).isEqualTo(0);
        assertThat(byItem.value(byItem.start(2) + 1)).isEqualTo(1.0);
        assertThat(data.meanValue()).isEqualTo(2.5);
    }

    @Test
    void aRepeatedRatingKeepsTheLatestByTimeElseTheLaterRow() {
        Interactions timed = Interactions.ratings(new String[] {"a", "a", "a"}, new String[] {"x", "x", "x"},
                new double[] {5, 1, 3}, new double[] {10, 30, 20});
        assertThat(timed.size()).isEqualTo(1);
        assertThat(timed.byUser().value(0)).isEqualTo(1.0);
        assertThat(timed.byUser().time(0)).isEqualTo(30.0);
        Interactions untimed = Interactions.ratings(new String[] {"a", "a"}, new String[] {"x", "x"},
                new double[] {5, 2}, null);
        assertThat(untimed.byUser().value(0)).isEqualTo(2.0);
    }

    @Test
    void repeatedEventsAddUpAndEventsOfStrengthZeroAreDropped() {
        Interactions plays = Interactions.events(new String[] {"a", "a", "b", "b"}, new String[] {"x", "x", "y", "z"},
                new double[] {2, 3, 0, 1}, null);
        assertThat(plays.size()).isEqualTo(2);
        assertThat(plays.byUser().value(0)).isEqualTo(5.0);
        assertThat(plays.byItem().length(plays.items().index("y"))).isZero();
    }

    @Test
    void badRowsAreReportedByRowAndReason() {
        assertThatThrownBy(() -> Interactions.ratings(new String[] {"a", "b"}, new String[] {"x", "y"},
                new double[] {4, Double.NaN}, null)).isInstanceOf(RecommenderException.class)
                .hasMessage("row 2 has the rating NaN; ratings must be numbers");
        assertThatThrownBy(() -> Interactions.events(new String[] {"a"}, new String[] {"x"}, new double[] {-1}, null))
                .hasMessageContaining("event strengths must be numbers of at least 0");
        assertThatThrownBy(() -> Interactions.ratings(new String[] {"a", null}, new String[] {"x", "y"},
                new double[] {4, 5}, null)).hasMessage("row 2 has no user; every interaction needs one");
        assertThatThrownBy(() -> Interactions.ratings(new long[] {1}, new long[] {1, 2}, new double[] {4}, null))
                .hasMessageContaining("differ in length");
        assertThatThrownBy(() -> Interactions.ratings(new long[0], new long[0], new double[0], null))
                .hasMessage("the data has no interactions");
    }

    @Test
    void anUnknownUserIsNamedWithTheRangeOfKnownOnes() {
        Interactions data = Interactions.ratings(new long[] {1, 2}, new long[] {1, 1}, new double[] {3, 4}, null);
        TrainedRecommender popular = new Popularity().fit(data);
        assertThatThrownBy(() -> popular.recommend("99", 5)).isInstanceOf(RecommenderException.class)
                .hasMessage("there is no user 99 in the data; the 2 users range from 1 to 2");
    }

    @Test
    void readsATableWithTextUsersNumericItemsAndATimeColumn() {
        Table ratings = Table.of("ratings.csv", 3, List.of(
                new CategoricalColumn("user", new int[] {1, 0, 1}, List.of("ann", "bob", "cy")),
                NumericColumn.of("movie", new double[] {10, 20, 20}),
                NumericColumn.of("stars", new double[] {4, 5, 2}),
                NumericColumn.of("when", new double[] {1, 2, 3})));
        Interactions data = InteractionTable.read(ratings,
                InteractionColumns.ratings("user", "movie", "stars").withTime("when"));
        // "cy" is a level no row uses: it is not a user.
        assertThat(data.userCount()).isEqualTo(2);
        assertThat(data.users().key(1)).isEqualTo("bob");
        assertThat(data.feedback()).isEqualTo(Interactions.Feedback.RATINGS);
        int bob = data.users().index("bob");
        assertThat(data.byUser().value(data.byUser().position(bob, data.items().index("20")))).isEqualTo(2.0);
        assertThat(data.hasTimes()).isTrue();
    }

    @Test
    void tableErrorsNameTheColumnAndRow() {
        BitSet missing = new BitSet();
        missing.set(1);
        Table ratings = Table.of("ratings.csv", 2, List.of(NumericColumn.of("user", new double[] {1, 2.5}),
                NumericColumn.of("item", new double[] {1, 2}), new NumericColumn("stars", new double[] {4, 0},
                        missing)));
        assertThatThrownBy(() -> InteractionTable.read(ratings, InteractionColumns.ratings("user", "item", "stars")))
                .hasMessage("the user column user has 2.5 in row 2; numeric user ids must be whole numbers");
        assertThatThrownBy(() -> InteractionTable.read(ratings, InteractionColumns.ratings("item", "item", "stars")))
                .hasMessageContaining("ratings.csv has no value in column stars in row 2");
        assertThatThrownBy(() -> InteractionTable.read(ratings, InteractionColumns.ratings("who", "item", "stars")))
                .hasMessage("there is no column who in ratings.csv to use as the user; its columns are user, item, "
                        + "stars");
    }
}
