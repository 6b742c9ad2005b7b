package causal.estimate;

import causal.experiment.Cuped;
import causal.experiment.SampleRatioMismatch;
import causal.inference.WaldInterval;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The estimate of a ratio metric (revenue per session) from its arms' moments, in memory, streamed or on a
 * distributed engine alike (y the outcome, x the denominator d): in each arm the ratio of sums {@code R = ȳ / d̄}
 * with the delta method's variance {@code (S_yy − 2R S_yd + R² S_dd) / (n − 1) / (n d̄²)} (Deng, Knoblich and Lu
 * 2018), the difference of the arms' ratios with a normal interval, the sample-ratio check over units, and the notes
 * that say so.
 */
public final class RatioMetricComparison {
    private RatioMetricComparison() {
    }

    /**
     * The arm that cannot be compared, "control" or "treatment": fewer than 2 units or no total of d; empty when both
     * can.
     */
    public static Optional<String> unusableArm(Cuped.ArmMoments control, Cuped.ArmMoments treated) {
        if (unusable(control)) {
            return Optional.of("control");
        }
        return unusable(treated) ? Optional.of("treatment") : Optional.empty();
    }

    private static boolean unusable(Cuped.ArmMoments arm) {
        return arm.n() < 2 || arm.meanX() == 0;
    }

    /** The comparison of two arms that {@link #unusableArm} accepts. */
    public static Estimate of(EffectQuery query, String keyword, String controlLevel, String treatedLevel,
                              Cuped.ArmMoments control, Cuped.ArmMoments treated) {
        Design.Experiment design = (Design.Experiment) query.design();
        double controlRatio = control.meanY() / control.meanX();
        double treatedRatio = treated.meanY() / treated.meanX();
        double difference = treatedRatio - controlRatio;
        double se = Math.sqrt(variance(control, controlRatio) + variance(treated, treatedRatio));
        WaldInterval inference = WaldInterval.normal(difference, se, Estimate.CONFIDENCE_LEVEL);
        long n0 = control.n();
        long n1 = treated.n();
        double srm = SampleRatioMismatch.check(n0, n1, design.plannedControlShare()).pValue();
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("control_n", (double) n0);
        statistics.put("treatment_n", (double) n1);
        statistics.put("control_ratio", controlRatio);
        statistics.put("treatment_ratio", treatedRatio);
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm \"" + treatedLevel + "\" compared with control \"" + controlLevel + "\" on " + query.outcome()
                + " per " + design.per().orElseThrow() + " (sums over units); delta-method standard error");
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(Printf.format("sample ratio mismatch: %d control and %d treatment units "
                    + "against a planned %.0f%% control (p = %.2g)", n0, n1, 100 * design.plannedControlShare(), srm));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, difference, se,
                inference.low(), inference.high(), inference.pValue(), (int) Math.min(n0 + n1, Integer.MAX_VALUE),
                statistics, Optional.empty(), notes);
    }

    private static double variance(Cuped.ArmMoments arm, double ratio) {
        return (arm.squaresY() - 2 * ratio * arm.cross() + ratio * ratio * arm.squaresX()) / (arm.n() - 1)
                / (arm.n() * arm.meanX() * arm.meanX());
    }
}
