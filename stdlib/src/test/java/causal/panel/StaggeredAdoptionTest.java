package causal.panel;

import causal.random.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Why staggered adoption needs more than two-way fixed effects, on {@link StaggeredSimulation}: when effects grow
 * with time since treatment, TWFE compares later cohorts with earlier ones whose effects are still growing, and can
 * even get the sign wrong; Callaway and Sant'Anna only compare with never- or not-yet-treated units and recover the
 * effects. Also checks the analytic standard errors against a bootstrap over units, the coverage of the intervals
 * in repeated samples, and the uniform band.
 */
class StaggeredAdoptionTest {
    /** 300 units treated from period 2 whose effect grows by 1 a period, 100 from period 5 growing by 0.3, 50 never. */
    private static final StaggeredSimulation EARLY_COHORT_GROWS_FAST = new StaggeredSimulation(8, new int[] {2, 5},
            new int[] {300, 100}, 50, new double[] {1.0, 0.3});

    @Test
    void twoWayFixedEffectsGetsTheSignWrongWhileCallawaySantAnnaRecoversTheEffects() {
        StaggeredSimulation sim = EARLY_COHORT_GROWS_FAST;
        StaggeredPanel panel = sim.panel(1);
        // every effect is positive; their size-weighted average over post-treatment cells is 3.48
        assertThat(sim.trueSimple()).isCloseTo(3.48, within(1e-12));
        BaconDecomposition bacon = BaconDecomposition.of(panel);
        assertThat(bacon.twoWayFixedEffects()).isNegative();
        // The culprit: cohort 5 against cohort 2 over periods 2..8. Cohort 2's effect averages 2 in periods 2..4
        // and 5.5 in 5..8, cohort 5's 0.75 in 5..8, so this 2x2 estimates 0.75 - (5.5 - 2) = -2.75
        BaconDecomposition.Comparison forbidden = bacon.comparisons().stream()
                .filter(c -> c.type() == BaconDecomposition.ComparisonType.LATER_VS_EARLIER_TREATED).findFirst()
                .orElseThrow();
        assertThat(forbidden.treatedCohort()).isEqualTo(5);
        assertThat(forbidden.estimate()).isCloseTo(-2.75, within(0.3));

        GroupTimeEffects effects = CallawaySantAnna.estimate(panel);
        AggregateEffects simple = effects.aggregate(Aggregation.SIMPLE);
        assertThat(simple.overall().estimate()).isCloseTo(sim.trueSimple(), within(3 * simple.overall().stdError()));
        AggregateEffects dynamic = effects.aggregate(Aggregation.DYNAMIC);
        for (AggregateEffects.Effect e : dynamic.parts()) {
            double truth = e.key() < 0 ? 0 : sim.trueDynamic(e.key());
            assertThat(e.estimate()).as("event time %d", e.key()).isCloseTo(truth, within(3.5 * e.stdError()));
        }
        for (GroupTimeEffect cell : effects.effects()) {
            assertThat(cell.estimate()).as("ATT(%d,%d)", cell.cohort(), cell.period())
                    .isCloseTo(sim.trueEffect(cell.cohort(), cell.period()), within(3.5 * cell.stdError()));
        }
    }

    /** The panel with its units drawn with replacement, each draw a new unit. */
    private static StaggeredPanel resample(StaggeredPanel panel, RandomSource random) {
        int n = panel.units();
        int periods = panel.periods();
        int[] unit = new int[n * periods];
        int[] time = new int[n * periods];
        double[] y = new double[n * periods];
        double[] cohort = new double[n * periods];
        for (int u = 0, i = 0; u < n; u++) {
            int from = random.nextInt(n);
            int first = panel.firstTreated(from);
            for (int t = 0; t < periods; t++, i++) {
                unit[i] = u;
                time[i] = panel.period(t);
                y[i] = panel.outcome(from, t);
                cohort[i] = first == periods ? Double.POSITIVE_INFINITY : panel.period(first);
            }
        }
        return StaggeredPanel.ofCohorts(panel.names(), unit, time, y, cohort);
    }

    @Test
    void analyticStandardErrorsAgreeWithABootstrapOverUnits() {
        StaggeredSimulation sim = new StaggeredSimulation(6, new int[] {3, 5}, new int[] {60, 60}, 60,
                new double[] {0.5, 0.5});
        StaggeredPanel panel = sim.panel(2);
        GroupTimeEffects effects = CallawaySantAnna.estimate(panel);
        double[] analytic = {effects.effect(3, 4).stdError(),
                effects.aggregate(Aggregation.SIMPLE).overall().stdError(),
                effects.aggregate(Aggregation.DYNAMIC).part(0).stdError(),
                effects.aggregate(Aggregation.GROUP).overall().stdError()};
        int draws = 300;
        double[] sum = new double[4];
        double[] sumOfSquares = new double[4];
        RandomSource random = new RandomSource(3);
        for (int b = 0; b < draws; b++) {
            GroupTimeEffects again = CallawaySantAnna.estimate(resample(panel, random.stream(b)));
            double[] value = {again.effect(3, 4).estimate(), again.aggregate(Aggregation.SIMPLE).overall().estimate(),
                    again.aggregate(Aggregation.DYNAMIC).part(0).estimate(),
                    again.aggregate(Aggregation.GROUP).overall().estimate()};
            for (int j = 0; j < 4; j++) {
                sum[j] += value[j];
                sumOfSquares[j] += value[j] * value[j];
            }
        }
        for (int j = 0; j < 4; j++) {
            double mean = sum[j] / draws;
            double bootstrap = Math.sqrt((sumOfSquares[j] - draws * mean * mean) / (draws - 1));
            // 300 draws estimate a standard deviation to about 4%
            assertThat(analytic[j]).as("statistic %d", j).isCloseTo(bootstrap, within(0.15 * bootstrap));
        }
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheTrueEffectInNinetyFivePercentOfPanels() {
        StaggeredSimulation sim = new StaggeredSimulation(5, new int[] {3, 4}, new int[] {40, 40}, 40,
                new double[] {0.5, 1.0});
        int runs = 500;
        int simpleCovered = 0;
        int dynamicCovered = 0;
        for (int r = 0; r < runs; r++) {
            GroupTimeEffects effects = CallawaySantAnna.estimate(sim.panel(100 + r));
            AggregateEffects.Effect simple = effects.aggregate(Aggregation.SIMPLE).overall();
            simpleCovered += simple.low() <= sim.trueSimple() && sim.trueSimple() <= simple.high() ? 1 : 0;
            AggregateEffects.Effect onImpact = effects.aggregate(Aggregation.DYNAMIC).part(0);
            dynamicCovered += onImpact.low() <= sim.trueDynamic(0) && sim.trueDynamic(0) <= onImpact.high() ? 1 : 0;
        }
        // 500 runs give coverage to about 1 point (binomial standard deviation 0.97 points)
        assertThat(simpleCovered / (double) runs).isBetween(0.93, 0.97);
        assertThat(dynamicCovered / (double) runs).isBetween(0.93, 0.97);
    }

    @Test
    void aUniformBandIsWiderThanEachIntervalAndNarrowerThanBonferroni() {
        StaggeredPanel panel = new StaggeredSimulation(8, new int[] {2, 5}, new int[] {60, 40}, 30,
                new double[] {1.0, 0.3}).panel(4);
        CallawaySantAnna.Options band = CallawaySantAnna.Options.DEFAULTS.withUniformBand(1000, 11);
        AggregateEffects pointwise = CallawaySantAnna.estimate(panel).aggregate(Aggregation.DYNAMIC);
        AggregateEffects uniform = CallawaySantAnna.estimate(panel, band).aggregate(Aggregation.DYNAMIC);
        int parts = uniform.parts().size();
        assertThat(parts).isEqualTo(10);
        assertThat(uniform.uniformBand()).isTrue();
        assertThat(pointwise.criticalValue()).isCloseTo(1.959963984540054, within(1e-12));
        // sup-t over 10 correlated event times: above z(0.975), below Bonferroni's z(1 - 0.025/10) = 2.807
        assertThat(uniform.criticalValue()).isBetween(2.2, 2.807);
        AggregateEffects.Effect e = uniform.part(2);
        assertThat(e.high() - e.estimate()).isCloseTo(uniform.criticalValue() * e.stdError(), within(1e-12));
        assertThat(uniform.overall()).isEqualTo(pointwise.overall());
        // the band is a function of the seed: the same seed gives the same value, another a close one
        assertThat(CallawaySantAnna.estimate(panel, band).aggregate(Aggregation.DYNAMIC).criticalValue())
                .isEqualTo(uniform.criticalValue());
        assertThat(CallawaySantAnna.estimate(panel, band.withUniformBand(1000, 12)).aggregate(Aggregation.DYNAMIC)
                .criticalValue()).isCloseTo(uniform.criticalValue(), within(0.15));
        // a band over a single effect is the pointwise interval, up to bootstrap noise
        StaggeredSimulation oneCell = new StaggeredSimulation(2, new int[] {2}, new int[] {200}, 200,
                new double[] {1.0});
        GroupTimeEffects single = CallawaySantAnna.estimate(oneCell.panel(5), band);
        assertThat(single.effects()).hasSize(1);
        assertThat(single.criticalValue()).isCloseTo(1.96, within(0.15));
    }
}
