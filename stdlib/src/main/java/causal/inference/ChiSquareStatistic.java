package causal.inference;

/** Inference for a statistic that is chi-square under the null: its upper-tail p-value. */
public final class ChiSquareStatistic {
    private ChiSquareStatistic() {
    }

    /**
     * {@code P(χ²_df ≥ statistic) = Q(df/2, statistic/2)}: R's {@code pchisq(statistic, df, lower.tail = FALSE)},
     * accurate far into the tail (where {@code 1 − pchisq(…)} would round to 0). NaN for NaN or {@code df ≤ 0}.
     */
    public static double pValue(double statistic, double degreesOfFreedom) {
        if (Double.isNaN(statistic) || !(degreesOfFreedom > 0)) {
            return Double.NaN;
        }
        return statistic <= 0 ? 1 : SpecialFunctions.regularizedGammaQ(degreesOfFreedom / 2, statistic / 2);
    }
}
