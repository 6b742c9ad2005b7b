package causal.stream;

import java.util.List;

/**
 * The third pass of {@link StreamingTwoWayFixedEffects}, for heteroskedasticity-robust and classical errors: each
 * row's residual of the two-way fixed-effects fit of a balanced panel,
 * {@code e = y − ȳ_unit − ȳ_period + ȳ − δ x̃} with the within-transformed regressor
 * {@code x̃ = (treated_unit − τ̄)(post_period − p̄)} ({@code τ̄} the share of treated units, {@code p̄} of post
 * periods), summed as {@code Σ e²} and {@code Σ e² x̃²}. The units and periods of the earlier passes are read,
 * never modified.
 */
final class PanelResiduals implements Accumulator<PanelResiduals> {
    private final PanelColumns spec;
    private final PanelPeriods periods;
    private final PanelUnits units;
    private final double effect;
    private final double treatedShare;
    private final double postShare;
    private final double grandMean;
    double squares;
    double weightedSquares;

    PanelResiduals(PanelColumns spec, PanelPeriods periods, PanelUnits units, double effect, double treatedShare,
                   double postShare, double grandMean) {
        this.spec = spec;
        this.periods = periods;
        this.units = units;
        this.effect = effect;
        this.treatedShare = treatedShare;
        this.postShare = postShare;
        this.grandMean = grandMean;
    }

    @Override
    public List<String> columns() {
        return spec.columns();
    }

    @Override
    public void add(RowBatch batch) {
        int[] read = spec.indices(batch);
        double[] y = batch.column(read[2]);
        double[] unit = batch.column(read[3]);
        double[] time = batch.column(read[4]);
        int t = periods.periods();
        for (int i = batch.start(); i < batch.start() + batch.rows(); i++) {
            if (!Rows.complete(batch, read, i)) {
                continue;
            }
            int u = units.index.find(unit[i]);
            int p = periods.index.find(time[i]);
            double unitMean = (units.postSums[u] + units.preSums[u]) / t;
            double x = (units.treated[u] - treatedShare) * (periods.post[p] - postShare);
            double e = y[i] - unitMean - periods.means[p] + grandMean - effect * x;
            squares += e * e;
            weightedSquares += e * e * x * x;
        }
    }

    @Override
    public void merge(PanelResiduals later) {
        squares += later.squares;
        weightedSquares += later.weightedSquares;
    }
}
