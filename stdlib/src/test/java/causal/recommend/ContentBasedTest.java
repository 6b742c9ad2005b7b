package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import causal.data.CategoricalColumn;
import causal.data.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentBasedTest {
    private static final ItemTexts MOVIES = ItemTexts.of(new String[] {"x", "y", "z", "w"}, new String[] {
        "Toy Story (1995) Animation|Children|Comedy", "Jumanji (1995) Adventure|Children|Fantasy",
        "Heat (1995) Action|Crime|Thriller", "Toy Soldiers (1991) Action|Drama"});
    /** User a rated x 5 and z 1; user b rated y 3 and w 2. */
    private static final Interactions RATINGS = Interactions.ratings(new String[] {"a", "a", "b", "b"},
            new String[] {"x", "z", "y", "w"}, new double[] {5, 1, 3, 2}, null);

    /*
     * Python 3.11, numpy 2.4.6, sklearn's TfidfVectorizer defaults written out: tokens
     * re.findall(r"(?u)\b\w\w+\b", text.lower()), idf = log((1 + n) / (1 + df)) + 1, rows scaled to unit length;
     * profile = 5 v_x + v_z; score = profile · v_i / ‖profile‖. Script: test resource
     * causal/recommend/tfidf_reference.py, printed with %.17g.
     * Items are indexed w, x, y, z (sorted keys).
     */
    private static final double[] SCORES_OF_A = {0.16375655911626785, 0.98143309844994908, 0.24847621598925146,
        0.2833251988910902};

    @Test
    void scoresAreTheCosineOfTfIdfVectorsToTheRatingWeightedProfile() {
        TrainedRecommender content = new ContentBased(MOVIES).fit(RATINGS);
        int a = RATINGS.users().index("a");
        double[] all = new double[4];
        content.scores(a, all);
        for (int i = 0; i < 4; i++) {
            assertThat(all[i]).isCloseTo(SCORES_OF_A[i], withinPercentage(1e-9));
            assertThat(content.score(a, i)).isEqualTo(all[i]);
        }
        // Of the unseen items, Jumanji (shares "children" and "1995" with the loved Toy Story) comes first.
        assertThat(content.recommend("a", 2).items()).extracting(Recommendations.Item::item).containsExactly("y",
                "w");
    }

    @Test
    void textsComeFromTheFirstRowOfEachItemInATable() {
        Table movies = Table.of("movies.csv", 3, List.of(
                new CategoricalColumn("movie", new int[] {0, 1, 0}, List.of("x", "y")),
                new CategoricalColumn("title", new int[] {0, 1, 2}, List.of("Toy Story", "Jumanji", "ignored")),
                new CategoricalColumn("genres", new int[] {0, -1, 0}, List.of("Animation", "unused"))));
        ItemTexts texts = ItemTexts.read(movies, "movie", List.of("title", "genres"));
        assertThat(texts.text("x")).contains("Toy Story Animation");
        assertThat(texts.text("y")).contains("Jumanji");
        assertThat(texts.size()).isEqualTo(2);
    }

    @Test
    void itemsWithoutTextScoreZeroAndNoTextAtAllIsAnError() {
        ItemTexts partial = ItemTexts.of(new String[] {"x"}, new String[] {"toy story"});
        TrainedRecommender content = new ContentBased(partial).fit(RATINGS);
        assertThat(content.score(RATINGS.users().index("a"), RATINGS.items().index("y"))).isZero();
        ItemTexts unrelated = ItemTexts.of(new String[] {"q"}, new String[] {"toy story"});
        assertThatThrownBy(() -> new ContentBased(unrelated).fit(RATINGS))
                .hasMessageContaining("found no text for any of the 4 items");
    }
}
