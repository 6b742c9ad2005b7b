package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowSubsetsTest {
    private static final int[] FOLD = {2, 0, 1, 0, 2, 1, 0};

    @Test
    void aFoldsRowsAndTheRestComeInRowOrder() {
        assertThat(RowSubsets.inFold(FOLD, 0)).containsExactly(1, 3, 6);
        assertThat(RowSubsets.outsideFold(FOLD, 0)).containsExactly(0, 2, 4, 5);
        assertThat(RowSubsets.inFold(FOLD, 3)).isEmpty();
    }

    @Test
    void outsideAFoldCanBeLimitedToOneArm() {
        double[] treatment = {1, 1, 0, 0, 1, 1, 0};
        assertThat(RowSubsets.outsideFold(FOLD, 0, treatment, 1)).containsExactly(0, 4, 5);
        assertThat(RowSubsets.outsideFold(FOLD, 0, treatment, 0)).containsExactly(2);
    }

    @Test
    void selectAndScatterAreInverse() {
        double[] values = {10, 11, 12, 13, 14, 15, 16};
        int[] rows = RowSubsets.inFold(FOLD, 1);
        double[] picked = RowSubsets.select(values, rows);
        assertThat(picked).containsExactly(12, 15);
        double[] target = new double[values.length];
        RowSubsets.scatter(picked, rows, target);
        assertThat(target).containsExactly(0, 0, 12, 0, 0, 15, 0);
    }
}
