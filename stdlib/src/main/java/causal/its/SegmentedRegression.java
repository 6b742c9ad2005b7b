package causal.its;

import java.util.List;

/**
 * A fitted interrupted time series {@code y = b0 + b1 t + b2 post + b3 (t - t0) post + covariates + e}: the level
 * before the intervention at {@code t = 0} (b0), the pre-intervention trend (b1), the change in level at
 * {@code t0} (b2) and the change in slope after it (b3), with Newey-West standard errors.
 *
 * @param levelSlopeCovariance the HAC covariance of the level and slope changes, for {@link #effectAt}
 * @param lags                 the Bartlett kernel's lags
 * @param rowsBefore           periods before {@code t0}
 * @param rowsAfter            periods at or after {@code t0}
 */
public record SegmentedRegression(String outcome, String time, double interventionTime, Coefficient intercept,
        Coefficient preTrend, Coefficient levelChange, Coefficient slopeChange, List<Coefficient> covariates,
        double levelSlopeCovariance, int n, int rowsBefore, int rowsAfter, int lags, boolean smallSampleCorrection,
        double confidenceLevel, List<String> notes) {

    public SegmentedRegression {
        covariates = List.copyOf(covariates);
        notes = List.copyOf(notes);
    }

    /**
     * The effect of the intervention at time t, {@code b2 + b3 (t - t0)}: the gap between the fitted series and the
     * continued pre-intervention trend, with its HAC standard error.
     */
    public Coefficient effectAt(double t) {
        double since = t - interventionTime;
        double estimate = levelChange.estimate() + slopeChange.estimate() * since;
        double variance = levelChange.stdError() * levelChange.stdError()
                + since * since * slopeChange.stdError() * slopeChange.stdError()
                + 2 * since * levelSlopeCovariance;
        return Coefficient.normal("effect at " + t, estimate, Math.sqrt(variance), confidenceLevel);
    }
}
