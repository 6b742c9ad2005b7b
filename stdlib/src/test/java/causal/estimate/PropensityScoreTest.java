package causal.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.Table;
import causal.learn.DesignMatrix;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Estimates of the same effect by several propensity estimators share one fit of the propensity model; anything
 * else about the model or the rows fits again.
 */
class PropensityScoreTest {
    private static final Table LALONDE = Lalonde.table();

    private static double[] treatment(Table table) {
        return new EffectData(table, Lalonde.query(Estimand.ATE), "ipw").binaryTreatment();
    }

    @Test
    void aSecondEstimateOfTheSameModelGetsTheSameScoresAsItsOwnCopy() {
        DesignMatrix x = DesignMatrix.of(LALONDE, Lalonde.COVARIATES);
        double[] first = PropensityScore.fit(x, treatment(LALONDE));
        double[] expected = first.clone();
        first[0] = -1;  // what one estimator does with its scores is not seen by the next
        double[] second = PropensityScore.fit(DesignMatrix.of(LALONDE, Lalonde.COVARIATES), treatment(LALONDE));
        assertThat(second).containsExactly(expected);
        second[1] = -1;
        double[] third = PropensityScore.fit(DesignMatrix.of(LALONDE, Lalonde.COVARIATES), treatment(LALONDE));
        assertThat(third).containsExactly(expected);
    }

    @Test
    void anotherModelOrOtherRowsFitAgain() {
        double[] all = PropensityScore.fit(DesignMatrix.of(LALONDE, Lalonde.COVARIATES), treatment(LALONDE));
        double[] fewer = PropensityScore.fit(DesignMatrix.of(LALONDE, List.of("age", "educ")), treatment(LALONDE));
        assertThat(fewer).isNotEqualTo(all);
        double[] flipped = treatment(LALONDE);
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] = 1 - flipped[i];
        }
        double[] other = PropensityScore.fit(DesignMatrix.of(LALONDE, Lalonde.COVARIATES), flipped);
        assertThat(other[0]).isEqualTo(1 - all[0], org.assertj.core.api.Assertions.within(1e-9));
        BitSet firstHalf = new BitSet();
        firstHalf.set(0, LALONDE.rowCount() / 2);
        Table half = LALONDE.filter(firstHalf);
        assertThat(DesignMatrix.of(half, Lalonde.COVARIATES).sameColumnsAs(DesignMatrix.of(LALONDE,
                Lalonde.COVARIATES))).isFalse();
        assertThat(PropensityScore.fit(DesignMatrix.of(half, Lalonde.COVARIATES), treatment(half)))
                .hasSize(LALONDE.rowCount() / 2);
    }

    @Test
    void theSameColumnsAreTheSameObjectsUnderTheSameNames() {
        DesignMatrix x = DesignMatrix.of(LALONDE, Lalonde.COVARIATES);
        assertThat(x.sameColumnsAs(DesignMatrix.of(LALONDE.project(List.of("treat", "re78", "age", "educ", "black",
                "hispan", "married", "nodegree", "re74", "re75")), Lalonde.COVARIATES))).isTrue();
        assertThat(x.sameColumnsAs(DesignMatrix.of(LALONDE, List.of("educ", "age", "black", "hispan", "married",
                "nodegree", "re74", "re75")))).isFalse();
    }
}
