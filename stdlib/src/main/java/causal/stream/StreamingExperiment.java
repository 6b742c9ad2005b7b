package causal.stream;

import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.estimate.ClusterRandomizedComparison;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.RatioMetricComparison;
import causal.estimate.Estimate;
import causal.experiment.ArmComparison;
import causal.experiment.ArmSummary;
import causal.experiment.BayesianConversion;
import causal.experiment.BayesianNormal;
import causal.experiment.BetaPrior;
import causal.experiment.Cuped;
import causal.experiment.DifferenceInMeans;
import causal.experiment.ExperimentException;
import causal.experiment.NormalPrior;
import causal.experiment.SampleRatioMismatch;
import causal.experiment.TwoProportionZTest;
import causal.experiment.TwoSampleTTest;
import causal.text.Printf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A randomized experiment's comparison of two arms from per-arm moments summed in one pass ({@link ArmMoments}):
 * counts, means and variances are all the mean tests need, conversions all the proportion tests need, and CUPED
 * needs the covariate's moments and its co-moment with the outcome besides. The numbers, statistics, notes and
 * errors are those of {@code causal.estimate.ExperimentComparison}, which compares the same summaries in memory
 * with {@code causal.experiment}. The arm column may be text, numbers or true/false; a level is matched with the
 * design's control as its text (as a CSV shows it). Cluster-randomized designs, ratio metrics and the sequential
 * test need the rows and are not streamed.
 */
public final class StreamingExperiment {
    private static final double ALPHA = 0.05;

    /** The comparisons a stream supports, by their script keywords. */
    public enum Comparison {
        /** Unpooled standard error, normal interval. */
        DIFFERENCE("difference"),
        /** Welch's t test. */
        WELCH("welch"),
        /** Student's t test with the pooled variance. */
        TTEST("ttest"),
        /** Two-proportion z test of a 0/1 outcome: conversions per arm. */
        ZTEST("ztest"),
        /** Beta-binomial posteriors of a 0/1 outcome, a normal posterior of any other. */
        BAYES("bayes"),
        /** The difference in means adjusted by a pre-period covariate (Deng et al. 2013). */
        CUPED("cuped");

        private final String keyword;

        Comparison(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        /** The comparison a script calls {@code keyword}, if a stream supports it. */
        public static Optional<Comparison> of(String keyword) {
            return Arrays.stream(values()).filter(c -> c.keyword.equals(keyword)).findFirst();
        }
    }

    /**
     * What two comparisons need beyond the arms: bayes's beta prior of each arm's conversion rate, and cuped's
     * pre-period covariate (a column).
     */
    public record Options(BetaPrior prior, Optional<String> covariate) {
        public static final Options DEFAULTS = new Options(BetaPrior.UNIFORM, Optional.empty());

        public Options {
            if (prior == null) {
                throw new StreamException("a Bayesian comparison needs a beta prior, e.g. beta(1, 1)");
            }
        }

        public Options withPrior(BetaPrior p) {
            return new Options(p, covariate);
        }

        public Options withCovariate(String column) {
            return new Options(prior, Optional.of(column));
        }
    }

    private StreamingExperiment() {
    }

    /** {@link #estimate(BatchSource, EffectQuery, Comparison, Options, StreamOptions)} with the default options. */
    public static StreamedEstimate estimate(BatchSource source, EffectQuery query, Comparison comparison,
                                            StreamOptions options) {
        return estimate(source, query, comparison, Options.DEFAULTS, options);
    }

    /**
     * Reads the outcome by arm in one pass and compares the arms. Rows missing the arm, the outcome, the covariate or
     * any of the query's covariates (which an experiment does not adjust for) are dropped, as in memory.
     *
     * @throws StreamException when the design is not a plain experiment, a column is missing or not numeric where a
     *                         number is needed, or the arm does not have exactly the control and one other level
     */
    public static StreamedEstimate estimate(BatchSource source, EffectQuery query, Comparison comparison,
                                            Options experiment, StreamOptions options) {
        design(query, comparison);
        SourceColumns.present(source, query.treatment(), "treatment");
        SourceColumns.numeric(source, query.outcome(), "outcome");
        Optional<String> covariate = Optional.empty();
        if (comparison == Comparison.CUPED) {
            covariate = Optional.of(experiment.covariate().orElseThrow(() -> new StreamException("cuped needs "
                    + "covariate = COLUMN, a column measured before assignment")));
            SourceColumns.numeric(source, covariate.get(), "covariate");
        }
        for (String c : query.covariates()) {
            SourceColumns.present(source, c, "control");
        }
        Optional<String> x = covariate;
        ArmMoments moments = StreamPass.run(source, () -> new ArmMoments(query.treatment(), query.outcome(), x,
                query.covariates()), options);
        if (moments.rows() == 0) {
            throw new StreamException("no rows are left to estimate from: every row of " + source.name()
                    + " misses a value in " + String.join(", ", moments.columns()), DataLocation.file(source.name()));
        }
        ColumnType armType = source.schema().field(query.treatment()).flatMap(f -> f.type())
                .orElse(ColumnType.NUMERIC);
        Estimate estimate = finish(moments, armType, query, comparison, experiment, source.name());
        return new StreamedEstimate(estimate, moments.rows(), moments.dropped, 1);
    }

    /**
     * A cluster-randomized experiment ({@code experiment(…, cluster = c)}) compared as
     * {@code causal.estimate.ExperimentComparison} compares it in memory: the difference in means with the
     * cluster-robust (CR1) error of {@code lm(y ~ arm)} clustered by c, t with G − 1 degrees of freedom, the
     * design effect (the CR1 meat over the iid one) and the sample-ratio check over clusters. One pass keeps each
     * cluster's arm, rows, mean and {@code Σ(y − ȳ_c)²}; the arms' moments merge from them, and a cluster's score is
     * {@code ±n_c (ȳ_c − ȳ_arm) / n_arm}. Memory grows with the clusters (a few words each), not the rows.
     *
     * @return empty when the comparison treats rows as independent (bayes, cuped), a cluster has rows in both arms,
     *         or there are fewer than 2 clusters: the in-memory comparison then reads the rows and says why
     * @throws StreamException as {@link #estimate}
     */
    public static Optional<StreamedEstimate> clustered(BatchSource source, EffectQuery query, Comparison comparison,
                                                       StreamOptions options) {
        if (!(query.design() instanceof Design.Experiment design) || design.cluster().isEmpty()
                || design.per().isPresent() || comparison == Comparison.BAYES || comparison == Comparison.CUPED) {
            return Optional.empty();
        }
        String cluster = design.cluster().get();
        SourceColumns.present(source, query.treatment(), "treatment");
        SourceColumns.numeric(source, query.outcome(), "outcome");
        SourceColumns.present(source, cluster, "cluster");
        ClusterArms clusters = StreamPass.run(source, () -> new ClusterArms(query.treatment(), query.outcome(),
                cluster, query.covariates()), options);
        int g = clusters.count();
        if (clusters.mixed || g < 2) {
            return Optional.empty();
        }
        // The arms' keys, numbered by first appearance as ArmMoments numbers them.
        List<Double> keys = new ArrayList<>();
        for (int k = 0; k < g && keys.size() < ArmMoments.MAX_ARMS; k++) {
            if (!keys.contains(clusters.arm(k))) {
                keys.add(clusters.arm(k));
            }
        }
        ColumnType armType = source.schema().field(query.treatment()).flatMap(f -> f.type())
                .orElse(ColumnType.NUMERIC);
        List<String> levels = new ArrayList<>();
        for (double key : keys) {
            levels.add(text(key, armType, clusters.levels));
        }
        int control = controlArm(levels, design, query, comparison.keyword(), source.name());
        List<ClusterSummary> summaries = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            summaries.add(new ClusterSummary(keys.indexOf(clusters.arm(k)) == control ? 0 : 1, clusters.rows(k),
                    clusters.mean(k), clusters.squares(k)));
        }
        Estimate estimate = clusterRobust(query, comparison.keyword(), levels.get(control), levels.get(1 - control),
                summaries);
        return Optional.of(new StreamedEstimate(estimate, summaries.stream().mapToLong(ClusterSummary::rows).sum(),
                clusters.dropped, 1));
    }

    /**
     * One cluster of a cluster-randomized experiment: its arm (0 the control, 1 the treatment), its rows, its
     * outcome's mean and {@code Σ(y − ȳ_c)²}.
     */
    public record ClusterSummary(int arm, long rows, double mean, double squares) {
    }

    /**
     * A cluster-randomized experiment's comparison from its clusters (in the order they were first seen), as
     * {@code causal.estimate.ExperimentComparison} makes it from the rows: the arms' moments merge from the
     * clusters' (Chan, Golub and LeVeque), each cluster's score is {@code ±n_c (ȳ_c − ȳ_arm) / n_arm}, and
     * {@link ClusterRandomizedComparison} makes the estimate. Also what a distributed engine finishes its
     * aggregation by cluster with.
     */
    public static Estimate clusterRobust(EffectQuery query, String keyword, String controlLevel, String treatedLevel,
                                         List<ClusterSummary> clusters) {
        long[] rows = new long[2];
        double[] means = new double[2];
        double[] squares = new double[2];
        for (ClusterSummary c : clusters) {
            int a = c.arm();
            long na = rows[a];
            long total = na + c.rows();
            double delta = c.mean() - means[a];
            means[a] += delta * c.rows() / total;
            squares[a] += c.squares() + delta * delta * ((double) na * c.rows() / total);
            rows[a] = total;
        }
        double meat = 0;
        int controlClusters = 0;
        for (ClusterSummary c : clusters) {
            controlClusters += c.arm() == 0 ? 1 : 0;
            double score = (c.arm() == 0 ? -1 : 1) * c.rows() * (c.mean() - means[c.arm()]) / rows[c.arm()];
            meat += score * score;
        }
        double iid = squares[0] / ((double) rows[0] * rows[0]) + squares[1] / ((double) rows[1] * rows[1]);
        return ClusterRandomizedComparison.of(query, keyword, controlLevel, treatedLevel, means[0], means[1],
                rows[0] + rows[1], clusters.size(), controlClusters, meat, iid);
    }

    /**
     * A ratio metric ({@code experiment(…, per = d)}) compared as {@code causal.estimate.ExperimentComparison}
     * compares it in memory: per arm the ratio of sums {@code r = Σy / Σd} over units (rows) and its delta-method
     * variance {@code (S_yy − 2r S_yd + r² S_dd) / (n − 1) / (n d̄²)}, from one pass of {@link ArmMoments} with the
     * denominator as its covariate; the difference of the ratios with a normal interval.
     *
     * @return empty when the comparison is not {@code difference}, or an arm has fewer than 2 units or no total of
     *         d: the in-memory comparison then reads the rows and says why
     * @throws StreamException as {@link #estimate}
     */
    public static Optional<StreamedEstimate> ratio(BatchSource source, EffectQuery query, Comparison comparison,
                                                   StreamOptions options) {
        if (!(query.design() instanceof Design.Experiment design) || design.per().isEmpty()
                || design.cluster().isPresent() || comparison != Comparison.DIFFERENCE) {
            return Optional.empty();
        }
        String per = design.per().get();
        SourceColumns.present(source, query.treatment(), "treatment");
        SourceColumns.numeric(source, query.outcome(), "outcome");
        SourceColumns.numeric(source, per, "denominator");
        ArmMoments m = StreamPass.run(source, () -> new ArmMoments(query.treatment(), query.outcome(),
                Optional.of(per), query.covariates()), options);
        if (m.rows() == 0) {
            return Optional.empty();
        }
        ColumnType armType = source.schema().field(query.treatment()).flatMap(f -> f.type())
                .orElse(ColumnType.NUMERIC);
        List<String> levels = new ArrayList<>();
        for (int a = 0; a < m.arms(); a++) {
            levels.add(text(m.key(a), armType, m.levels));
        }
        int control = controlArm(levels, design, query, comparison.keyword(), source.name());
        int treated = 1 - control;
        Cuped.ArmMoments controls = cupedArm(m, control);
        Cuped.ArmMoments treatments = cupedArm(m, treated);
        if (RatioMetricComparison.unusableArm(controls, treatments).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new StreamedEstimate(RatioMetricComparison.of(query, comparison.keyword(),
                levels.get(control), levels.get(treated), controls, treatments), controls.n() + treatments.n(),
                m.dropped, 1));
    }

    private static Estimate finish(ArmMoments moments, ColumnType armType, EffectQuery query, Comparison comparison,
                                   Options experiment, String source) {
        Design.Experiment design = design(query, comparison);
        String keyword = comparison.keyword();
        List<String> levels = new ArrayList<>();
        for (int a = 0; a < moments.arms(); a++) {
            levels.add(text(moments.key(a), armType, moments.levels));
        }
        int control = controlArm(levels, design, query, keyword, source);
        int treated = 1 - control;
        ArmComparison c;
        try {
            c = compare(moments, control, treated, comparison, experiment);
        } catch (ExperimentException e) {
            throw new StreamException(keyword + ": " + e.getMessage(), DataLocation.column(source, query.outcome()));
        }
        long controlN = moments.counts[control];
        long treatedN = moments.counts[treated];
        double srm = SampleRatioMismatch.check(controlN, treatedN, design.plannedControlShare()).pValue();
        Map<String, Double> statistics = new LinkedHashMap<>(c.statistics());
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm " + quote(levels.get(treated)) + " compared with control " + quote(levels.get(control)));
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(Printf.format("sample ratio mismatch: %d control and %d treatment rows "
                    + "against a planned %.0f%% control (p = %.2g); the assignment may be broken, so do not trust "
                    + "this comparison until it is explained", controlN, treatedN,
                    100 * design.plannedControlShare(), srm));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, c.difference(),
                c.stdError(), c.ciLow(), c.ciHigh(), c.pValue(), Counts.capped(controlN + treatedN), statistics,
                Optional.empty(), notes);
    }

    /** The control's arm, refusing a control level that never occurs or other than two arms, as in memory. */
    private static int controlArm(List<String> levels, Design.Experiment design, EffectQuery query, String keyword,
                                  String source) {
        int control = levels.indexOf(design.control());
        List<String> quoted = levels.stream().map(StreamingExperiment::quote).toList();
        if (control < 0) {
            throw new StreamException("the control arm " + quote(design.control()) + " does not occur in "
                    + query.treatment() + "; its values: " + String.join(", ", quoted),
                    DataLocation.column(source, query.treatment()));
        }
        if (levels.size() != 2) {
            throw new StreamException(keyword + " compares two arms, and " + query.treatment() + " has "
                    + levels.size() + (levels.size() == 1 ? " (only the control arm)" : ": "
                    + String.join(", ", quoted)), DataLocation.column(source, query.treatment()));
        }
        return control;
    }

    private static ArmComparison compare(ArmMoments m, int control, int treated, Comparison comparison,
                                         Options experiment) {
        return switch (comparison) {
            case DIFFERENCE -> DifferenceInMeans.compare(summary(m, control, "control"),
                    summary(m, treated, "treatment"), ALPHA);
            case WELCH -> TwoSampleTTest.welch(summary(m, control, "control"), summary(m, treated, "treatment"),
                    ALPHA);
            case TTEST -> TwoSampleTTest.student(summary(m, control, "control"), summary(m, treated, "treatment"),
                    ALPHA);
            case ZTEST -> {
                requireConversions(m, control, "control");
                requireConversions(m, treated, "treatment");
                yield TwoProportionZTest.compare(m.ones[control], m.counts[control], m.ones[treated],
                        m.counts[treated], ALPHA);
            }
            case BAYES -> m.otherRow[control] == 0 && m.otherRow[treated] == 0
                    ? BayesianConversion.compare(m.ones[control], m.counts[control], m.ones[treated],
                            m.counts[treated], experiment.prior(), ALPHA)
                    : BayesianNormal.compare(summary(m, control, "control"), summary(m, treated, "treatment"),
                            NormalPrior.FLAT, ALPHA);
            case CUPED -> cuped(m, control, treated);
        };
    }

    /** As {@code ArmSummary.of} would summarize the arm's rows, refusing one row as it does. */
    private static ArmSummary summary(ArmMoments m, int a, String arm) {
        long n = m.counts[a];
        if (n < 2) {
            throw new ExperimentException("the " + arm + " arm needs at least 2 rows, not " + n);
        }
        return new ArmSummary(n, m.meanY[a], m.squaresY[a] / (n - 1));
    }

    /** A conversion metric holds 0 and 1 only: the first other value, named as the in-memory test names it. */
    private static void requireConversions(ArmMoments m, int a, String arm) {
        if (m.otherRow[a] > 0) {
            throw new ExperimentException("the " + arm + " arm has " + m.otherValue[a] + " at row " + m.otherRow[a]
                    + "; a conversion metric holds only 0 and 1");
        }
    }

    /** {@code causal.experiment.Cuped} from the arms' moments. */
    private static ArmComparison cuped(ArmMoments m, int control, int treated) {
        return Cuped.compare(cupedArm(m, control), cupedArm(m, treated), ALPHA);
    }

    private static Cuped.ArmMoments cupedArm(ArmMoments m, int a) {
        return new Cuped.ArmMoments(m.counts[a], m.meanY[a], m.squaresY[a], m.meanX[a], m.squaresX[a], m.cross[a]);
    }

    private static Design.Experiment design(EffectQuery query, Comparison comparison) {
        if (!(query.design() instanceof Design.Experiment design)) {
            throw new StreamException(comparison.keyword() + " estimates from an experiment design");
        }
        if (design.cluster().isPresent() || design.per().isPresent()) {
            throw new StreamException("streaming " + comparison.keyword() + " compares rows; a cluster-randomized "
                    + "design or a ratio metric needs the data in memory");
        }
        return design;
    }

    /** A level as the in-memory table shows it: its text, true/false, or a number without a needless ".0". */
    private static String text(double key, ColumnType type, List<String> levels) {
        return switch (type) {
            case CATEGORICAL -> {
                if (key >= levels.size()) {
                    throw new StreamException("the data gave no text for level " + (int) key + " of the arm column");
                }
                yield levels.get((int) key);
            }
            case BOOLEAN -> key == 1.0 ? "true" : "false";
            case NUMERIC -> key == Math.rint(key) && Math.abs(key) < 1e15 ? Long.toString((long) key)
                    : Double.toString(key);
        };
    }

    private static String quote(String level) {
        return "\"" + level + "\"";
    }
}
