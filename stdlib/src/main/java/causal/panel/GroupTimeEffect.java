package causal.panel;

/**
 * One ATT(g,t) of {@link CallawaySantAnna}: the cohort first treated in period {@code cohort}, in period
 * {@code period}, compared with {@code basePeriod}; {@code eventTime} = period − cohort. The interval is
 * estimate ± critical value × standard error, the critical value pointwise or of a uniform band (see
 * {@link GroupTimeEffects#uniformBand()}). Under a universal base period the cell at the base period is 0 with no
 * standard error (NaN), as did reports it.
 *
 * @param treatedUnits units in the cohort
 * @param controlUnits units in the control group of this cell
 */
public record GroupTimeEffect(int cohort, int period, int eventTime, int basePeriod, boolean postTreatment,
        int treatedUnits, int controlUnits, double estimate, double stdError, double low, double high,
        double pValue) {
}
