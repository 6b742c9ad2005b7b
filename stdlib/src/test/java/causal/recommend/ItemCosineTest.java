package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cosine of one item with many (mmr's pool) is the pairwise cosine, bit for bit, whatever came before. */
class ItemCosineTest {
    @Test
    void oneWithManyIsThePairwiseCosine() {
        Interactions likes = SyntheticData.likes(300, 80, 12, 5);
        SparseRows byItem = likes.byItem();
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int[] others = random.ints(random.nextInt(1, 40), 0, likes.itemCount()).toArray();
            boolean[] skip = new boolean[others.length];
            double[] into = new double[others.length];
            for (int c = 0; c < others.length; c++) {
                skip[c] = random.nextInt(4) == 0;
                into[c] = -1;
            }
            int item = random.nextInt(likes.itemCount());
            ItemCosine.fromOne(byItem, likes.userCount(), item, others, skip, into);
            for (int c = 0; c < others.length; c++) {
                assertThat(into[c]).isEqualTo(skip[c] ? -1 : ItemCosine.between(byItem, others[c], item));
            }
        }
    }

    @Test
    void anItemWithoutUsersIsLikeNothing() {
        // D (user 5 only) shares no user with A; after a split, an item can keep no training user at all.
        Interactions data = Interactions.events(new long[] {0, 1, 5}, new long[] {'A', 'A', 'D'}, null, null);
        Interactions training = data.withRows(data.byUser().subset(new boolean[] {true, true, false}));
        double[] into = new double[2];
        ItemCosine.fromOne(training.byItem(), training.userCount(), 0, new int[] {1, 0}, new boolean[2], into);
        assertThat(into).containsExactly(0, 1);
        ItemCosine.fromOne(training.byItem(), training.userCount(), 1, new int[] {0, 1}, new boolean[2], into);
        assertThat(into).containsExactly(0, 0);
    }
}
