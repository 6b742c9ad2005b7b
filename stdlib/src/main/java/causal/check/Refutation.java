package causal.check;

import java.util.Objects;

/**
 * The result of a refuter, as DoWhy's {@code CausalRefutation}: the original effect, the mean effect over the
 * refuter's {@code runs} runs ({@code newEffect}), and the p-value of the refuter's significance test with the test
 * used. {@code stdDeviation} (R's {@code sd}, divisor runs - 1) and {@code low}/{@code high} (the 2.5% and 97.5%
 * quantiles, R's type 7) describe the spread of the runs. {@code interpretation} says in words what the numbers mean.
 */
public record Refutation(String refuter, double originalEffect, double newEffect, double pValue,
        SignificanceTest test, int runs, double stdDeviation, double low, double high, String interpretation) {

    /** DoWhy's default significance level: a p-value at or below it fails the refuter's test. */
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    public Refutation {
        Objects.requireNonNull(refuter, "refuter");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /** Whether the p-value is at or below {@link #SIGNIFICANCE_LEVEL}, DoWhy's {@code is_statistically_significant}. */
    public boolean significant() {
        return pValue <= SIGNIFICANCE_LEVEL;
    }

    /** A refutation of {@code effects}, the runs' effects, whose p-value tests {@code tested} against them. */
    static Refutation of(String refuter, double originalEffect, double tested, double[] effects,
            Interpretation interpretation) {
        return of(refuter, originalEffect, tested, effects, SignificanceTest.forRuns(effects.length), interpretation);
    }

    static Refutation of(String refuter, double originalEffect, double tested, double[] effects,
            SignificanceTest test, Interpretation interpretation) {
        RunSummary summary = RunSummary.of(effects);
        double p = test.pValue(tested, effects);
        return new Refutation(refuter, originalEffect, summary.mean(), p, test, effects.length,
                summary.stdDeviation(), summary.low(), summary.high(), interpretation.words(originalEffect, summary, p));
    }

    /** How a refuter puts its result in words. */
    interface Interpretation {
        String words(double originalEffect, RunSummary runs, double pValue);
    }
}
