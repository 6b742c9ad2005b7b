package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key table numbers keys in order of first appearance, through collisions and growth. */
class KeyIndexTest {
    @Test
    void keysGetSlotsInOrderOfFirstAppearanceThroughManyGrowths() {
        KeyIndex index = new KeyIndex(1);
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 5000; k++) {
                assertThat(index.slot((k * 7919) % 5000 - 2500.5)).isEqualTo(k);
            }
        }
        assertThat(index.count()).isEqualTo(5000);
        assertThat(index.key(3, 0)).isEqualTo((3 * 7919) % 5000 - 2500.5);
    }

    @Test
    void findLooksUpWithoutAddingAKey() {
        KeyIndex index = new KeyIndex(1);
        for (int k = 0; k < 100; k++) {
            index.slot(k * 3.5);
        }
        assertThat(index.find(7.0)).isEqualTo(2);
        assertThat(index.find(-0.0)).isZero();
        assertThat(index.find(1.0)).isEqualTo(-1);
        assertThat(index.count()).isEqualTo(100);
    }

    @Test
    void negativeZeroIsZeroAndTuplesCompareWhole() {
        KeyIndex index = new KeyIndex(2);
        assertThat(index.slot(new double[] {0.0, 1.0}, 0)).isZero();
        assertThat(index.slot(new double[] {-0.0, 1.0}, 0)).isZero();
        assertThat(index.slot(new double[] {1.0, 0.0}, 0)).isEqualTo(1);
        assertThat(index.slot(new double[] {9, 1.0, 0.0}, 1)).isEqualTo(1);
        assertThat(index.key(0, 0)).isEqualTo(0.0);
        assertThat(Double.doubleToLongBits(index.key(0, 0))).isEqualTo(Double.doubleToLongBits(0.0));
    }

    @Test
    void clusterSumsMergeByKeyAppendingNewClustersInOrder() {
        ClusterSums first = new ClusterSums(2);
        int a = first.offset(10);
        first.sums[a] += 1;
        first.sums[a + 1] += 2;
        ClusterSums later = new ClusterSums(2);
        int b = later.offset(20);
        later.sums[b] += 5;
        int c = later.offset(10);
        later.sums[c + 1] += 3;
        first.merge(later);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.sums[first.offset(10)]).isEqualTo(1.0);
        assertThat(first.sums[first.offset(10) + 1]).isEqualTo(5.0);
        assertThat(first.offset(20)).isEqualTo(2);
        assertThat(first.sums[2]).isEqualTo(5.0);
    }
}
