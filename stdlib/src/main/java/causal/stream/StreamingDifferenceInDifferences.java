package causal.stream;

import causal.data.DataLocation;
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
 * The 2 x 2 difference in differences from the four cells' moments ({@link GroupMoments} by treated x post):
 * {@code δ = (ȳ11 - ȳ10) - (ȳ01 - ȳ00)}, the interaction coefficient of {@code lm(y ~ treated * post)}. That
 * regression is saturated in the cells, so its fitted values are the cell means and its covariances follow from
 * the cells alone (a reparametrization of one dummy per cell, under which sandwich covariances are equivariant):
 * with {@code M2_c = Σ_{i in c} (y_i - ȳ_c)²},
 * <ul>
 * <li>HC0: {@code Σ_c M2_c / n_c²}; HC1: that times {@code n / (n - 4)}; HC3: {@code Σ_c M2_c / (n_c - 1)²}
 * (leverage {@code 1 / n_c});
 * <li>classical: {@code (Σ_c M2_c) / (n - 4) · Σ_c 1 / n_c};
 * <li>CR1 by a cluster column: {@code G / (G - 1) · (n - 1) / (n - 4) · Σ_g (Σ_{i in g} ± (y_i - ȳ_c) / n_c)²}, a
 * second pass once the cell means are known.
 * </ul>
 * These equal {@code sandwich::vcovHC} / {@code vcovCL} of the lm fit exactly (up to rounding), so one pass gives
 * the estimate and all but the clustered error. Intervals use t with {@code n - 4} degrees of freedom, as
 * {@code lmtest::coeftest} does for the lm fit. With common timing in a balanced panel, δ is also the
 * two-way fixed-effects coefficient ({@code twfe}), whose unit-clustered standard error differs: that is
 * {@link StreamingTwoWayFixedEffects}.
 */
public final class StreamingDifferenceInDifferences {
    /** The estimator's name in results. */
    public static final String NAME = "did_2x2";
    /** The cells in the order of the sums: (treated, post) = (0,0), (0,1), (1,0), (1,1); their signs in δ. */
    private static final double[][] CELLS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[] SIGNS = {1, -1, -1, 1};
    private static final String[] NAMES = {"control_pre_mean", "control_post_mean", "treated_pre_mean",
            "treated_post_mean"};

    private StreamingDifferenceInDifferences() {
    }

    /**
     * One pass for the cells (two for cluster-robust errors).
     *
     * @throws StreamException when the design is not a difference-in-differences design, a flag is not 0/1, a cell
     *                         is empty, or a column is missing or categorical
     */
    public static StreamedEstimate estimate(BatchSource source, EffectQuery query, StandardErrors se,
                                            StreamOptions options) {
        Design.DifferenceInDifferences design = design(query);
        SourceColumns.numeric(source, query.treatment(), "treatment");
        SourceColumns.numeric(source, design.post(), "post flag");
        SourceColumns.numeric(source, query.outcome(), "outcome");
        Optional<String> cluster = se.clusterColumn();
        cluster.ifPresent(c -> SourceColumns.present(source, c, "cluster column"));
        List<String> keys = List.of(query.treatment(), design.post());
        GroupMoments moments = StreamPass.run(source,
                () -> new GroupMoments(keys, query.outcome(), cluster.map(List::of).orElse(List.of())), options);
        if (cluster.isEmpty()) {
            return new StreamedEstimate(finish(moments, query, se, source.name()), moments.rows(),
                    moments.droppedRows(), 1);
        }
        GroupMoments.Cell[] cells = cells(moments, query, source.name());
        InteractionScores scores = StreamPass.run(source, () -> new InteractionScores(keys, query.outcome(),
                cluster.get(), cells), options);
        long n = moments.rows();
        long g = scores.sums.count();
        if (g < 2) {
            throw new StreamException("cluster-robust standard errors need at least 2 clusters, and "
                    + cluster.get() + " has " + g);
        }
        double meat = 0;
        for (int s = 0; s < g; s++) {
            meat += scores.sums.sums[s] * scores.sums.sums[s];
        }
        double variance = (double) g / (g - 1) * (n - 1.0) / (n - 4.0) * meat;
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("clusters", (double) g);
        Estimate estimate = result(query, cells, Math.sqrt(variance), n, statistics);
        return new StreamedEstimate(estimate, n, moments.droppedRows(), 2);
    }

    /**
     * The estimate from the four cells' moments keyed by (treated, post) (summed here or by another engine), with
     * classical, HC0, HC1 or HC3 standard errors.
     */
    public static Estimate finish(GroupMoments moments, EffectQuery query, StandardErrors se, String source) {
        GroupMoments.Cell[] cells = cells(moments, query, source);
        long n = moments.rows();
        double variance = 0;
        switch (se.kind()) {
            case CLASSICAL -> {
                double rss = 0;
                double inverseCounts = 0;
                for (GroupMoments.Cell c : cells) {
                    rss += c.sumOfSquares();
                    inverseCounts += 1.0 / c.n();
                }
                variance = rss / (n - 4) * inverseCounts;
            }
            case HC0, HC1 -> {
                for (GroupMoments.Cell c : cells) {
                    variance += c.sumOfSquares() / ((double) c.n() * c.n());
                }
                variance *= se.kind() == StandardErrors.Kind.HC1 ? (double) n / (n - 4) : 1.0;
            }
            case HC3 -> {
                for (GroupMoments.Cell c : cells) {
                    if (c.n() < 2) {
                        throw new StreamException("hc3 needs at least 2 rows in each treated x post cell");
                    }
                    variance += c.sumOfSquares() / ((c.n() - 1.0) * (c.n() - 1.0));
                }
            }
            case CLUSTER -> throw new StreamException("cluster-robust errors need a second pass: use estimate");
        }
        return result(query, cells, Math.sqrt(variance), n, new LinkedHashMap<>());
    }

    private static Estimate result(EffectQuery query, GroupMoments.Cell[] cells, double se, long n,
                                   Map<String, Double> statistics) {
        double value = 0;
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < 4; c++) {
            value += SIGNS[c] * cells[c].mean();
            out.put(NAMES[c], cells[c].mean());
        }
        out.putAll(statistics);
        out.put("df_residual", (double) (n - 4));
        WaldInterval wald = WaldInterval.studentT(value, se, n - 4, Estimate.CONFIDENCE_LEVEL);
        List<String> notes = new ArrayList<>();
        notes.add("the 2 x 2 difference in differences of the four group means, lm(y ~ treated * post)");
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), NAME, value, se, wald.low(),
                wald.high(), wald.pValue(), Counts.capped(n), out, Optional.empty(), notes);
    }

    private static Design.DifferenceInDifferences design(EffectQuery query) {
        if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
            throw new StreamException(NAME + " estimates from a difference-in-differences design");
        }
        return design;
    }

    /** The four cells in {@link #CELLS} order, after checking the flags are 0/1 and every cell has a row. */
    private static GroupMoments.Cell[] cells(GroupMoments moments, EffectQuery query, String source) {
        List<String> flags = moments.keyColumns();
        for (GroupMoments.Cell c : moments.cells()) {
            for (int j = 0; j < 2; j++) {
                double v = c.key().get(j);
                if (v != 0.0 && v != 1.0) {
                    throw new StreamException("the " + (j == 0 ? "treatment" : "post") + " flag " + flags.get(j)
                            + " must be 0/1 or true/false, but it is " + v, DataLocation.column(source,
                            flags.get(j)));
                }
            }
        }
        GroupMoments.Cell[] cells = new GroupMoments.Cell[4];
        for (int c = 0; c < 4; c++) {
            int at = c;
            cells[c] = moments.cell(CELLS[c]).orElseThrow(() -> new StreamException("no row has " + flags.get(0)
                    + " = " + (int) CELLS[at][0] + " and " + flags.get(1) + " = " + (int) CELLS[at][1]
                    + "; the 2 x 2 comparison needs rows in all four groups", DataLocation.file(source)));
        }
        if (moments.rows() <= 4) {
            throw new StreamException("the 2 x 2 regression needs more than 4 rows, and there are " + moments.rows());
        }
        return cells;
    }

    /** Per cluster, the interaction's score sum {@code Σ ± (y_i - ȳ_c) / n_c} given the cells' means. */
    private static final class InteractionScores implements Accumulator<InteractionScores> {
        private final List<String> flags;
        private final String outcome;
        private final String cluster;
        private final GroupMoments.Cell[] cells;
        final ClusterSums sums = new ClusterSums(1);

        InteractionScores(List<String> flags, String outcome, String cluster, GroupMoments.Cell[] cells) {
            this.flags = flags;
            this.outcome = outcome;
            this.cluster = cluster;
            this.cells = cells;
        }

        @Override
        public List<String> columns() {
            return List.of(flags.get(0), flags.get(1), outcome, cluster);
        }

        @Override
        public void add(RowBatch batch) {
            double[] d = batch.column(batch.index(flags.get(0)));
            double[] post = batch.column(batch.index(flags.get(1)));
            double[] y = batch.column(batch.index(outcome));
            double[] g = batch.column(batch.index(cluster));
            for (int i = batch.start(); i < batch.start() + batch.rows(); i++) {
                if (Double.isNaN(d[i]) || Double.isNaN(post[i]) || Double.isNaN(y[i]) || Double.isNaN(g[i])) {
                    continue;
                }
                int c = 2 * (int) d[i] + (int) post[i];
                int at = sums.offset(g[i]);
                sums.sums[at] += SIGNS[c] * (y[i] - cells[c].mean()) / cells[c].n();
            }
        }

        @Override
        public void merge(InteractionScores later) {
            sums.merge(later.sums);
        }
    }
}
