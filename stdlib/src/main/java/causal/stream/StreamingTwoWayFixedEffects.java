package causal.stream;

import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.StandardErrors;
import causal.inference.WaldInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code twfe} ({@code causal.estimate.DifferenceInDifferencesEstimator}, {@code fixest::feols(y ~ treated:post |
 * unit + time)}) over a {@link BatchSource}, for the panels where it is a function of sums: balanced (every unit
 * once in every period) with one treatment date (the treated flag constant within a unit, post constant within a
 * period). There the within-transformed regressor is {@code x̃ = (T_i − τ̄)(P_t − p̄)}, so the coefficient is the
 * difference between treated and control units of the mean change {@code Δ_i = ȳ_i,post − ȳ_i,pre} (the 2 x 2 of
 * the four means), and
 * <ul>
 * <li>clustered by unit (the default): {@code c (SS₁/N₁² + SS₀/N₀²)} over the units' Δ, with fixest's
 * {@code c = G/(G − 1) · (n − 1)/(n − K)}, {@code K = 1 + periods} (unit effects nested in the clusters); t with
 * G − 1 df;
 * <li>HC1: {@code n/(n − N − T) · Σ e²x̃² / (Σx̃²)²}; classical: {@code Σe²/(n − N − T) / Σx̃²}, with the two-way
 * residuals {@code e} ({@link PanelResiduals}); t with {@code n − N − T} df;
 * </ul>
 * {@code Σx̃² = (N₀N₁/N)(T₀T₁/T)}. The passes: the periods ({@link PanelPeriods}), the units ({@link PanelUnits}:
 * memory grows with them, a few words each), and for HC1 and classical errors the residuals. Any other panel
 * (unbalanced, staggered, a treated flag that changes within a unit, flags other than 0/1) gives no estimate: the
 * caller fits it in memory, where the fixed-effects regression handles it.
 */
public final class StreamingTwoWayFixedEffects {
    /** The estimator's name in results, as in memory. */
    public static final String NAME = "twfe";

    private StreamingTwoWayFixedEffects() {
    }

    /**
     * The estimate with errors {@code se}: clustered by the design's unit, HC1 or classical. Rows missing any
     * column of the query (controls included) or of {@code alsoComplete} (say, the columns a computed post flag was
     * made of) are dropped, as in memory.
     *
     * @return empty when the panel is not balanced with one treatment date, or too small for the fit
     * @throws StreamException when the design is not a difference in differences, {@code se} is another kind, or a
     *                         column is missing or categorical where a number is needed
     */
    public static Optional<StreamedEstimate> estimate(BatchSource source, EffectQuery query, StandardErrors se,
                                                      List<String> alsoComplete, StreamOptions options) {
        if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
            throw new StreamException(NAME + " estimates from a difference-in-differences design");
        }
        boolean clustered = se.kind() == StandardErrors.Kind.CLUSTER
                && se.clusterColumn().orElseThrow().equals(design.unit());
        if (!clustered && se.kind() != StandardErrors.Kind.HC1 && se.kind() != StandardErrors.Kind.CLASSICAL) {
            throw new StreamException("streamed " + NAME + " takes standard errors clustered by the unit "
                    + design.unit() + ", hc1 or classical; not " + se.text());
        }
        PanelColumns spec = columns(source, query, design, alsoComplete);
        PanelPeriods periods = StreamPass.run(source, () -> new PanelPeriods(spec), options);
        int postPeriods = postPeriods(periods);
        if (!periods.commonTiming() || postPeriods == 0 || postPeriods == periods.periods()) {
            return Optional.empty();
        }
        PanelUnits units = StreamPass.run(source, () -> new PanelUnits(spec, periods), options);
        if (!units.balanced()) {
            return Optional.empty();
        }
        Panel panel = new Panel(periods, units, postPeriods);
        if (panel.changes.units[0] == 0 || panel.changes.units[1] == 0 || panel.residualDf() <= 0) {
            return Optional.empty();
        }
        Errors errors = clustered ? panel.clusteredByUnit(design.unit())
                : panel.fromResiduals(StreamPass.run(source, () -> new PanelResiduals(spec, periods, units,
                panel.effect(), panel.treatedShare(), panel.postShare(), grandMean(periods)), options), se);
        return Optional.of(panel.result(query, errors));
    }

    /** The panel's columns, after checking the source has each, numbers where numbers are needed. */
    private static PanelColumns columns(BatchSource source, EffectQuery query, Design.DifferenceInDifferences design,
                                        List<String> alsoComplete) {
        SourceColumns.numeric(source, query.treatment(), "treatment");
        SourceColumns.numeric(source, design.post(), "post flag");
        SourceColumns.numeric(source, query.outcome(), "outcome");
        SourceColumns.present(source, design.unit(), "unit");
        SourceColumns.present(source, design.time(), "time");
        List<String> complete = new ArrayList<>(query.covariates());
        complete.addAll(alsoComplete);
        for (String c : complete) {
            SourceColumns.present(source, c, "control");
        }
        return new PanelColumns(query.treatment(), design.post(), query.outcome(), design.unit(), design.time(),
                complete);
    }

    private static int postPeriods(PanelPeriods periods) {
        int count = 0;
        for (int p = 0; p < periods.periods(); p++) {
            count += periods.post[p];
        }
        return count;
    }

    /** The mean of all rows of a balanced panel: the mean of the periods' means. */
    private static double grandMean(PanelPeriods periods) {
        double mean = 0;
        for (int p = 0; p < periods.periods(); p++) {
            mean += periods.means[p] / periods.periods();
        }
        return mean;
    }

    /** A coefficient's variance, the t distribution's degrees of freedom, the errors in words, the passes made. */
    private record Errors(double variance, double df, String words, int passes, boolean clustered) {
    }

    /** A balanced panel with one treatment date, summed: what the fit and its errors are made of. */
    private static final class Panel {
        private final PanelPeriods periods;
        private final UnitChanges changes;
        private final int units;
        private final int times;
        private final int postPeriods;
        private final long rows;

        Panel(PanelPeriods periods, PanelUnits units, int postPeriods) {
            this.periods = periods;
            this.units = units.units();
            this.times = periods.periods();
            this.postPeriods = postPeriods;
            this.rows = (long) this.units * times;
            this.changes = UnitChanges.of(units, postPeriods, times - postPeriods);
        }

        /** n − N − T: the residual degrees of freedom of y ~ D + unit + period. */
        long residualDf() {
            return rows - units - times;
        }

        /** The difference between treated and control units of the mean change post − pre. */
        double effect() {
            return changes.means[1] - changes.means[0];
        }

        double treatedShare() {
            return (double) changes.units[1] / units;
        }

        double postShare() {
            return (double) postPeriods / times;
        }

        /** fixest's CR1 by unit: {@code G/(G − 1) · (n − 1)/(n − 1 − T) · (SS₁/N₁² + SS₀/N₀²)}, t with G − 1 df. */
        Errors clusteredByUnit(String unit) {
            double spread = changes.squares[1] / ((double) changes.units[1] * changes.units[1])
                    + changes.squares[0] / ((double) changes.units[0] * changes.units[0]);
            double variance = (double) units / (units - 1) * (rows - 1.0) / (rows - (times + 1.0)) * spread;
            return new Errors(variance, units - 1, "clustered by " + unit, 2, true);
        }

        /** HC1 {@code n/(n − N − T) · Σe²x̃² / (Σx̃²)²} or classical {@code Σe²/(n − N − T) / Σx̃²}. */
        Errors fromResiduals(PanelResiduals residuals, StandardErrors se) {
            double within = (double) changes.units[0] * changes.units[1] / units * postPeriods
                    * (times - postPeriods) / times;
            long df = residualDf();
            return se.kind() == StandardErrors.Kind.HC1
                    ? new Errors(rows / (double) df * residuals.weightedSquares / (within * within), df,
                    "heteroskedasticity-robust (HC1)", 3, false)
                    : new Errors(residuals.squares / df / within, df, "classical (iid)", 3, false);
        }

        /** The estimate with the in-memory estimator's statistics (in its order) and note. */
        StreamedEstimate result(EffectQuery query, Errors errors) {
            Map<String, Double> statistics = new LinkedHashMap<>();
            statistics.put("units", (double) units);
            statistics.put("periods", (double) times);
            if (errors.clustered()) {
                statistics.put("clusters", (double) units);
            }
            double[] m = periods.cellMeans;
            statistics.put("two_by_two", (m[3] - m[2]) - (m[1] - m[0]));
            statistics.put("df_residual", errors.df());
            double stdError = Math.sqrt(errors.variance());
            WaldInterval wald = WaldInterval.studentT(effect(), stdError, errors.df(), Estimate.CONFIDENCE_LEVEL);
            Estimate estimate = new Estimate(query.estimand(), query.treatment(), query.outcome(), NAME, effect(),
                    stdError, wald.low(), wald.high(), wald.pValue(), Counts.capped(rows), statistics,
                    Optional.empty(), List.of("standard errors " + errors.words()));
            return new StreamedEstimate(estimate, rows, periods.dropped, errors.passes());
        }
    }

    /** The units' mean changes Δ by treated flag: units, mean and Σ(Δ − mean)², two passes over the units. */
    private static final class UnitChanges {
        final long[] units;
        final double[] means;
        final double[] squares;

        private UnitChanges(long[] units, double[] means, double[] squares) {
            this.units = units;
            this.means = means;
            this.squares = squares;
        }

        static UnitChanges of(PanelUnits panel, int postPeriods, int prePeriods) {
            int g = panel.units();
            double[] delta = new double[g];
            long[] n = new long[2];
            double[] sum = new double[2];
            for (int u = 0; u < g; u++) {
                delta[u] = panel.postSums[u] / postPeriods - panel.preSums[u] / prePeriods;
                n[panel.treated[u]]++;
                sum[panel.treated[u]] += delta[u];
            }
            double[] mean = {n[0] > 0 ? sum[0] / n[0] : 0, n[1] > 0 ? sum[1] / n[1] : 0};
            double[] deviations = new double[2];
            double[] squared = new double[2];
            for (int u = 0; u < g; u++) {
                double d = delta[u] - mean[panel.treated[u]];
                deviations[panel.treated[u]] += d;
                squared[panel.treated[u]] += d * d;
            }
            double[] squares = new double[2];
            for (int k = 0; k < 2; k++) {
                squares[k] = n[k] > 0 ? Math.max(squared[k] - deviations[k] * deviations[k] / n[k], 0.0) : 0.0;
            }
            return new UnitChanges(n, mean, squares);
        }
    }
}
