package causal.estimate;

import causal.data.Column;
import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.experiment.ArmComparison;
import causal.experiment.BayesianConversion;
import causal.experiment.BayesianNormal;
import causal.experiment.BetaPrior;
import causal.experiment.Cuped;
import causal.experiment.DifferenceInMeans;
import causal.experiment.ExperimentException;
import causal.experiment.MixtureSequentialTest;
import causal.experiment.NormalPrior;
import causal.experiment.SampleRatioCheck;
import causal.experiment.SampleRatioMismatch;
import causal.experiment.TwoProportionZTest;
import causal.experiment.TwoSampleTTest;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The estimators of a randomized experiment: the treatment column is the arm, compared with the design's control
 * level. Every result carries the sample-ratio-mismatch p-value against the planned split and a note when it is
 * under 0.001. The arm may be text, a number or true/false; it must have exactly two levels.
 */
public final class ExperimentComparison implements Estimator {
    /** The comparisons, each agreeing with the R function named in its description. */
    enum Method { DIFFERENCE, ZTEST, TTEST, WELCH, BAYES, CUPED, MSPRT }

    public static final EstimatorSpec DIFFERENCE = spec("difference", "Difference in means",
            "treatment mean minus control mean, unpooled standard error, normal confidence interval", List.of(),
            Method.DIFFERENCE);
    public static final EstimatorSpec ZTEST = spec("ztest", "Two-proportion z test",
            "difference of conversion rates (a 0/1 metric); the test uses the pooled standard error as "
                    + "prop.test(correct = FALSE), the interval the unpooled one", List.of(), Method.ZTEST);
    public static final EstimatorSpec TTEST = spec("ttest", "Student's t test",
            "difference in means with the pooled variance, as t.test(var.equal = TRUE)", List.of(), Method.TTEST);
    public static final EstimatorSpec WELCH = spec("welch", "Welch's t test",
            "difference in means with unequal variances and Welch-Satterthwaite df, as t.test()", List.of(),
            Method.WELCH);
    public static final EstimatorSpec BAYES = spec("bayes", "Bayesian A/B comparison",
            "for a 0/1 metric, beta posteriors per arm with the exact probability that treatment is better and "
                    + "the expected loss of choosing it; for other metrics a normal model with a flat prior",
            List.of(new OptionSpec("prior", "beta(a, b)", "beta(1, 1)",
                    "the beta prior of each arm's conversion rate (0/1 metrics only)")), Method.BAYES);
    public static final EstimatorSpec CUPED = spec("cuped", "CUPED (variance reduction with a pre-period covariate)",
            "the difference in means of y - theta (x - mean x), theta = cov(y, x) / var(x) on both arms pooled "
                    + "(Deng et al. 2013); reports the variance reduction",
            List.of(new OptionSpec("covariate", "column", "(required)",
                    "a column measured before assignment, such as the metric in the pre-period")), Method.CUPED);
    public static final EstimatorSpec MSPRT = spec("msprt", "Mixture sequential probability ratio test",
            "an always-valid p-value and confidence sequence (Johari, Pekelis and Walsh 2017): valid however often "
                    + "the results are looked at",
            List.of(new OptionSpec("looks", "integer", "100", "how many equally spaced looks the data are read in"),
                    new OptionSpec("mixing_variance", "number", "(0.1 sd)^2",
                            "the variance of the normal mixture over effects")), Method.MSPRT);

    private final Method method;
    private final String keyword;
    private final BetaPrior prior;
    private final String covariate;
    private final MixtureSequentialTest.Options sequential;

    private ExperimentComparison(Method method, String keyword, BetaPrior prior, String covariate,
            MixtureSequentialTest.Options sequential) {
        this.method = method;
        this.keyword = keyword;
        this.prior = prior;
        this.covariate = covariate;
        this.sequential = sequential;
    }

    /** bayes's prior of each arm's conversion rate (beta(1, 1) unless {@code prior = beta(a, b)}). */
    public BetaPrior prior() {
        return prior;
    }

    /** The column an option names, if the estimator reads one (cuped's covariate). */
    public Optional<String> covariate() {
        return Optional.ofNullable(covariate);
    }

    private static EstimatorSpec spec(String keyword, String title, String description, List<OptionSpec> options,
            Method method) {
        return new EstimatorSpec(keyword, title, description, Set.of(Estimand.ATE), false, options,
                values -> create(keyword, method, values), Design.Kind.EXPERIMENT);
    }

    private static ExperimentComparison create(String keyword, Method method, Map<String, OptionValue> values) {
        OptionReader reader = new OptionReader(keyword, values);
        BetaPrior prior = BetaPrior.UNIFORM;
        OptionValue given = values.get("prior");
        if (given != null) {
            if (!(given instanceof OptionValue.Call c && c.function().equals("beta") && c.args().size() == 2
                    && c.args().get(0) instanceof OptionValue.Number pa && c.args().get(1) instanceof OptionValue.Number pb
                    && pa.value() > 0 && pb.value() > 0)) {
                throw new OptionException("prior", "prior is beta(a, b) with two positive numbers, as in beta(1, 1); "
                        + "not " + given.text());
            }
            prior = new BetaPrior(pa.value(), pb.value());
        }
        String covariate = null;
        if (method == Method.CUPED) {
            OptionValue c = values.get("covariate");
            if (!(c instanceof OptionValue.Word w)) {
                throw new OptionException("covariate", "cuped needs covariate = COLUMN, a column measured before "
                        + "assignment");
            }
            covariate = w.word();
        }
        MixtureSequentialTest.Options sequential = MixtureSequentialTest.Options.DEFAULTS;
        if (method == Method.MSPRT) {
            sequential = sequential.withLooks(Checks.atLeast(reader.integer("looks", 100), 1, "looks"));
            if (reader.has("mixing_variance")) {
                sequential = sequential.withMixingVariance(Checks.positive(reader.number("mixing_variance", 1),
                        "mixing_variance"));
            }
        }
        return new ExperimentComparison(method, keyword, prior, covariate, sequential);
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.Experiment design)) {
            throw new EstimationException(keyword + " estimates from an experiment design");
        }
        EffectData effect = new EffectData(data, query, keyword);
        double[] y = effect.outcome();
        Column arm = data.column(query.treatment());
        String control = design.control();
        ArmLevels arms = ArmLevels.of(arm);
        List<String> levels = arms.texts();
        if (!levels.contains(control)) {
            throw new EstimationException("the control arm " + quote(control) + " does not occur in "
                    + query.treatment() + "; its values: " + String.join(", ", levels.stream().map(this::quote)
                    .toList()), DataLocation.column(data.source(), query.treatment()));
        }
        if (levels.size() != 2) {
            throw new EstimationException(keyword + " compares two arms, and " + query.treatment() + " has "
                    + levels.size() + (levels.size() == 1 ? " (only the control arm)" : ": "
                    + String.join(", ", levels.stream().map(this::quote).toList())),
                    DataLocation.column(data.source(), query.treatment()));
        }
        String treated = levels.get(0).equals(control) ? levels.get(1) : levels.get(0);
        if (design.cluster().isPresent()) {
            return clustered(data, query, design, arms.is(control), y, control, treated);
        }
        if (design.per().isPresent()) {
            double[] denominator = effect.numeric(design.per().get(), "denominator");
            return ratio(data, query, design, arms.is(control), y, denominator, control, treated);
        }
        boolean[] isControl = arms.is(control);
        double[][] groups = split(isControl, y);
        boolean binary = binary(y);
        ArmComparison c;
        try {
            c = switch (method) {
                case DIFFERENCE -> DifferenceInMeans.compare(groups[0], groups[1], 0.05);
                case ZTEST -> TwoProportionZTest.compare(groups[0], groups[1], 0.05);
                case TTEST -> TwoSampleTTest.student(groups[0], groups[1], 0.05);
                case WELCH -> TwoSampleTTest.welch(groups[0], groups[1], 0.05);
                case BAYES -> binary ? BayesianConversion.compare(groups[0], groups[1], prior, 0.05)
                        : BayesianNormal.compare(groups[0], groups[1], NormalPrior.FLAT, 0.05);
                case CUPED -> {
                    double[][] pre = split(isControl, effect.numeric(covariate, "covariate"));
                    yield Cuped.compare(groups[0], pre[0], groups[1], pre[1], 0.05);
                }
                case MSPRT -> MixtureSequentialTest.compare(groups[0], groups[1], binary
                        ? MixtureSequentialTest.Metric.PROPORTION : MixtureSequentialTest.Metric.MEAN, sequential);
            };
        } catch (ExperimentException e) {
            throw new EstimationException(keyword + ": " + e.getMessage(),
                    DataLocation.column(data.source(), query.outcome()));
        }
        SampleRatioCheck srmCheck = SampleRatioMismatch.check(groups[0].length, groups[1].length,
                design.plannedControlShare());
        double srm = srmCheck.pValue();
        Map<String, Double> statistics = new LinkedHashMap<>(c.statistics());
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm " + quote(treated) + " compared with control " + quote(control));
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(Printf.format("sample ratio mismatch: %d control and %d treatment rows "
                    + "against a planned %.0f%% control (p = %.2g); the assignment may be broken, so do not trust "
                    + "this comparison until it is explained", groups[0].length, groups[1].length,
                    100 * design.plannedControlShare(), srm));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, c.difference(),
                c.stdError(), c.ciLow(), c.ciHigh(), c.pValue(), data.rowCount(), statistics, Optional.empty(), notes);
    }

    /**
     * A cluster-randomized experiment: the difference in means with the cluster-robust (CR1) standard error of
     * the regression of the outcome on the arm, as R's {@code lm(y ~ arm)} with {@code sandwich::vcovCL(cluster =
     * ~c, type = "HC1")}; t with G − 1 degrees of freedom. The sample-ratio check counts clusters, the unit of
     * randomization.
     */
    private Estimate clustered(Table data, EffectQuery query, Design.Experiment design, boolean[] isControl,
                               double[] y, String control, String treated) {
        if (method != Method.DIFFERENCE && method != Method.ZTEST && method != Method.TTEST
                && method != Method.WELCH) {
            throw new EstimationException(keyword + " treats rows as independent; the design randomizes clusters: "
                    + "use difference, ttest, welch or ztest");
        }
        String clusterColumn = design.cluster().get();
        ClusterIds clusters = ClusterIds.of(data, clusterColumn);
        int n = y.length;
        int[] armOfCluster = new int[clusters.count()];
        java.util.Arrays.fill(armOfCluster, -1);
        double[] sums = new double[2];
        int[] counts = new int[2];
        boolean[] isTreated = new boolean[n];
        for (int i = 0; i < n; i++) {
            int a = isControl[i] ? 0 : 1;
            isTreated[i] = a == 1;
            int g = clusters.ids()[i];
            if (armOfCluster[g] >= 0 && armOfCluster[g] != a) {
                throw new EstimationException("cluster " + data.column(clusterColumn).text(i) + " of "
                        + clusterColumn + " has rows in both arms (row " + (i + 1) + "), but the design randomizes "
                        + "whole clusters", DataLocation.cell(data.source(), i + 1, query.treatment()));
            }
            armOfCluster[g] = a;
            sums[a] += y[i];
            counts[a]++;
        }
        double mean0 = sums[0] / counts[0];
        double mean1 = sums[1] / counts[1];
        double[] score = new double[clusters.count()];
        double iid = 0;
        for (int i = 0; i < n; i++) {
            double e = isTreated[i] ? y[i] - mean1 : y[i] - mean0;
            double w = isTreated[i] ? 1.0 / counts[1] : -1.0 / counts[0];
            score[clusters.ids()[i]] += w * e;
            iid += w * w * e * e;
        }
        int g = clusters.count();
        double meat = 0;
        for (double v : score) {
            meat += v * v;
        }
        int controlClusters = 0;
        for (int a : armOfCluster) {
            controlClusters += a == 0 ? 1 : 0;
        }
        return ClusterRandomizedComparison.of(query, keyword, control, treated, mean0, mean1, n, g, controlClusters,
                meat, iid);
    }

    /**
     * A ratio metric (revenue per session): in each arm R = Σy / Σd over its units (rows), with the delta method's
     * variance (s_yy − 2R s_yd + R² s_dd) / (n d̄²) (Deng, Knoblich and Lu 2018); the difference of the arms' ratios
     * with a normal interval.
     */
    private Estimate ratio(Table data, EffectQuery query, Design.Experiment design, boolean[] isControl,
                           double[] y, double[] d, String control, String treated) {
        if (method != Method.DIFFERENCE) {
            throw new EstimationException("a ratio metric is estimated by difference (the delta method); " + keyword
                    + " compares means of rows");
        }
        Cuped.ArmMoments[] arms = new Cuped.ArmMoments[2];
        for (int a = 0; a < 2; a++) {
            arms[a] = armMoments(y, d, isControl, a == 0);
        }
        RatioMetricComparison.unusableArm(arms[0], arms[1]).ifPresent(arm -> {
            throw new EstimationException("the " + arm + " arm needs at least 2 units and a total of "
                    + design.per().get() + " other than 0", DataLocation.column(data.source(), design.per().get()));
        });
        return RatioMetricComparison.of(query, keyword, control, treated, arms[0], arms[1]);
    }

    /** The moments of y and d over the rows of one arm, about the arm's means. */
    private static Cuped.ArmMoments armMoments(double[] y, double[] d, boolean[] isControl, boolean control) {
        double sy = 0;
        double sd = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (isControl[i] == control) {
                sy += y[i];
                sd += d[i];
                count++;
            }
        }
        double my = sy / count;
        double md = sd / count;
        double syy = 0;
        double sdd = 0;
        double syd = 0;
        for (int i = 0; i < y.length; i++) {
            if (isControl[i] == control) {
                syy += (y[i] - my) * (y[i] - my);
                sdd += (d[i] - md) * (d[i] - md);
                syd += (y[i] - my) * (d[i] - md);
            }
        }
        return new Cuped.ArmMoments(count, my, syy, md, sdd, syd);
    }

    /**
     * The arm of every row as the index of its level, the levels being the arm's texts (how the design names arms)
     * in order of first appearance; reading stops after 51 levels, which is an error anyway. One pass per estimate,
     * over the values of a numeric arm rather than a string per row (18 ms of examples/checkout on cold code).
     */
    private record ArmLevels(List<String> texts, int[] level) {
        private static final int MOST = 51;

        static ArmLevels of(Column arm) {
            int[] level = new int[arm.size()];
            List<String> texts = new ArrayList<>();
            if (arm instanceof NumericColumn numeric && numeric.missingCount() == 0) {
                double[] values = numeric.toArray();
                double[] seen = new double[MOST];
                int last = -1;
                for (int i = 0; i < values.length && texts.size() < MOST; i++) {
                    if (last < 0 || values[i] != seen[last]) {
                        last = numericLevel(values[i], seen, texts, numeric, i);
                    }
                    level[i] = last;
                }
            } else {
                for (int i = 0; i < level.length && texts.size() < MOST; i++) {
                    level[i] = textLevel(arm.text(i), texts);
                }
            }
            return new ArmLevels(List.copyOf(texts), level);
        }

        /** The level of value {@code v} at row {@code row}, added if new; levels with the same text are one. */
        private static int numericLevel(double v, double[] seen, List<String> texts, Column arm, int row) {
            for (int k = 0; k < texts.size(); k++) {
                if (seen[k] == v) {
                    return k;
                }
            }
            int known = texts.size();
            int k = textLevel(arm.text(row), texts);
            if (k == known) {
                seen[k] = v;
            }
            return k;
        }

        /** The level of {@code text}, added if new. */
        private static int textLevel(String text, List<String> texts) {
            int k = texts.indexOf(text);
            if (k < 0) {
                k = texts.size();
                texts.add(text);
            }
            return k;
        }

        /** Whether each row's arm is {@code text}. */
        boolean[] is(String text) {
            int k = texts.indexOf(text);
            boolean[] out = new boolean[level.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = level[i] == k;
            }
            return out;
        }
    }

    private static double[][] split(boolean[] isControl, double[] y) {
        int controls = 0;
        for (boolean c : isControl) {
            controls += c ? 1 : 0;
        }
        double[] c = new double[controls];
        double[] t = new double[y.length - controls];
        int ci = 0;
        int ti = 0;
        for (int i = 0; i < y.length; i++) {
            if (isControl[i]) {
                c[ci++] = y[i];
            } else {
                t[ti++] = y[i];
            }
        }
        return new double[][] {c, t};
    }

    private static boolean binary(double[] y) {
        for (double v : y) {
            if (v != 0.0 && v != 1.0) {
                return false;
            }
        }
        return true;
    }

    private String quote(String level) {
        return "\"" + level + "\"";
    }
}
