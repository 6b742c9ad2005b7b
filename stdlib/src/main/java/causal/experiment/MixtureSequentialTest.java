package causal.experiment;

import causal.inference.ZStatistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and Walsh (2022, see
 * {@link MixtureLikelihoodRatio}) for a difference in means or proportions, with arms given in arrival order and
 * looked at {@code looks} times (at j/looks of each arm's units, j = 1…looks). At each look the difference θ̂ has the
 * plug-in variance V = s₁²/n₁ + s₂²/n₂ (s² = p̂(1 − p̂) for proportions); the always-valid p-value is the running
 * minimum of min(1, 1/Λ) and the confidence sequence the running intersection of the intervals (the current one
 * alone if the intersection were empty). Looks before each arm has 2 units, or at which V is still 0, are skipped.
 *
 * <p>Mixing variance τ²: the default is (0.1·σ)², σ² the average of the two arms' per-unit variances over all the
 * data, i.e. a prior expecting effects of about a tenth of a standard deviation, the size of typical online
 * experiment effects. Any fixed τ² keeps the guarantee; a τ² near the squared effect sizes one expects makes the test
 * stop soonest (Johari et al., section 4). Set it with {@link Options#withMixingVariance(double)}.
 */
public final class MixtureSequentialTest {
    /** How each arm's per-unit variance is estimated. */
    public enum Metric {
        /** Sample variance (divisor n − 1). */
        MEAN,
        /** Rows of 0 and 1, variance p̂(1 − p̂). */
        PROPORTION
    }

    /** Level alpha, mixing variance τ² (NaN: the default above) and how many looks. */
    public record Options(double alpha, double mixingVariance, int looks) {
        public static final Options DEFAULTS = new Options(0.05, Double.NaN, 100);

        public Options {
            Checks.openUnit(alpha, "alpha");
            if (!Double.isNaN(mixingVariance)) {
                Checks.positive(mixingVariance, "the mixing variance");
            }
            Checks.atLeast(looks, 1, "the number of looks");
        }

        public Options withAlpha(double level) {
            return new Options(level, mixingVariance, looks);
        }

        public Options withMixingVariance(double tauSquared) {
            return new Options(alpha, tauSquared, looks);
        }

        public Options withLooks(int count) {
            return new Options(alpha, mixingVariance, count);
        }
    }

    private MixtureSequentialTest() {
    }

    /** The test after the last look. Not modified: {@code control}, {@code treatment}. */
    public static ArmComparison compare(double[] control, double[] treatment, Metric metric, Options options) {
        List<SequentialLook> looks = monitor(control, treatment, metric, options);
        SequentialLook last = looks.get(looks.size() - 1);
        LinkedHashMap<String, Double> statistics = metric == Metric.PROPORTION
                ? Inference.armStatistics("rate", mean(control), mean(treatment), control.length, treatment.length)
                : Inference.armStatistics(ArmSummary.of(control, "control"), ArmSummary.of(treatment, "treatment"));
        statistics.put("likelihood_ratio", last.likelihoodRatio());
        statistics.put("mixing_variance", mixingVariance(control, treatment, metric, options));
        statistics.put("looks", (double) looks.size());
        statistics.put("fixed_horizon_p_value", ZStatistic.pValue(last.difference() / last.stdError()));
        return new ArmComparison(last.difference(), last.stdError(), last.ciLow(), last.ciHigh(),
                last.pValue(), 1 - options.alpha(), statistics);
    }

    /** Every look in order, for plotting the p-value and confidence sequence. */
    public static List<SequentialLook> monitor(double[] control, double[] treatment, Metric metric, Options options) {
        Checks.arm(control, 2, "control");
        Checks.arm(treatment, 2, "treatment");
        if (metric == Metric.PROPORTION) {
            TwoProportionZTest.conversions(control, "control");
            TwoProportionZTest.conversions(treatment, "treatment");
        }
        double tauSquared = mixingVariance(control, treatment, metric, options);
        RunningMoments a = new RunningMoments(metric);
        RunningMoments b = new RunningMoments(metric);
        List<SequentialLook> looks = new ArrayList<>();
        double pValue = 1;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (int j = 1; j <= options.looks(); j++) {
            a.advanceTo(control, lookSize(control.length, j, options.looks()));
            b.advanceTo(treatment, lookSize(treatment.length, j, options.looks()));
            double variance = a.varianceOfMean() + b.varianceOfMean();
            if (a.n < 2 || b.n < 2 || !(variance > 0)) {
                continue;
            }
            double difference = b.mean - a.mean;
            double ratio = MixtureLikelihoodRatio.of(difference, variance, tauSquared);
            pValue = Math.min(pValue, Math.min(1, 1 / ratio));
            double half = MixtureLikelihoodRatio.halfWidth(variance, tauSquared, options.alpha());
            double newLow = Math.max(low, difference - half);
            double newHigh = Math.min(high, difference + half);
            boolean empty = newLow > newHigh;
            low = empty ? difference - half : newLow;
            high = empty ? difference + half : newHigh;
            looks.add(new SequentialLook(a.n, b.n, difference, Math.sqrt(variance), ratio, pValue, low, high));
        }
        if (looks.isEmpty()) {
            throw new ExperimentException("both arms have zero variance, so the difference has no standard error");
        }
        return List.copyOf(looks);
    }

    private static int lookSize(int units, int look, int looks) {
        return (int) Math.ceil((double) units * look / looks);
    }

    private static double mixingVariance(double[] control, double[] treatment, Metric metric, Options options) {
        if (!Double.isNaN(options.mixingVariance())) {
            return options.mixingVariance();
        }
        RunningMoments a = new RunningMoments(metric);
        RunningMoments b = new RunningMoments(metric);
        a.advanceTo(control, control.length);
        b.advanceTo(treatment, treatment.length);
        double unitVariance = (a.unitVariance() + b.unitVariance()) / 2;
        if (!(unitVariance > 0)) {
            throw new ExperimentException("both arms have zero variance, so the difference has no standard error");
        }
        double sd = MixtureLikelihoodRatio.DEFAULT_MIXING_SD_IN_SDS;
        return sd * sd * unitVariance;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Welford's running mean and sum of squared deviations over a prefix of one arm. */
    private static final class RunningMoments {
        private final Metric metric;
        long n;
        double mean;
        private double squares;

        RunningMoments(Metric metric) {
            this.metric = metric;
        }

        void advanceTo(double[] values, int end) {
            for (int i = (int) n; i < end; i++) {
                n++;
                double d = values[i] - mean;
                mean += d / n;
                squares += d * (values[i] - mean);
            }
        }

        double unitVariance() {
            if (metric == Metric.PROPORTION) {
                return mean * (1 - mean);
            }
            return n < 2 ? 0 : squares / (n - 1);
        }

        double varianceOfMean() {
            return n == 0 ? 0 : unitVariance() / n;
        }
    }
}
