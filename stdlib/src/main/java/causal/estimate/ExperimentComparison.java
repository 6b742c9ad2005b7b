package causal.estimate;

import causal.data.Column;
import causal.data.DataLocation;
import causal.data.Table;
import causal.design.ArmComparison;
import causal.design.BayesianComparison;
import causal.design.DesignException;
import causal.design.SampleRatioMismatch;
import causal.design.TwoArmTests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    enum Method { DIFFERENCE, ZTEST, TTEST, WELCH, BAYES }

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

    private final Method method;
    private final String keyword;
    private final double priorA;
    private final double priorB;

    private ExperimentComparison(Method method, String keyword, double priorA, double priorB) {
        this.method = method;
        this.keyword = keyword;
        this.priorA = priorA;
        this.priorB = priorB;
    }

    private static EstimatorSpec spec(String keyword, String title, String description, List<OptionSpec> options,
            Method method) {
        return new EstimatorSpec(keyword, title, description, Set.of(Estimand.ATE), false, options,
                values -> create(keyword, method, values), Design.Kind.EXPERIMENT);
    }

    private static ExperimentComparison create(String keyword, Method method, Map<String, OptionValue> values) {
        double a = 1.0;
        double b = 1.0;
        OptionValue prior = values.get("prior");
        if (prior != null) {
            if (!(prior instanceof OptionValue.Call c && c.function().equals("beta") && c.args().size() == 2
                    && c.args().get(0) instanceof OptionValue.Number pa && c.args().get(1) instanceof OptionValue.Number pb
                    && pa.value() > 0 && pb.value() > 0)) {
                throw new OptionException("prior", "prior is beta(a, b) with two positive numbers, as in beta(1, 1); "
                        + "not " + prior.text());
            }
            a = pa.value();
            b = pb.value();
        }
        return new ExperimentComparison(method, keyword, a, b);
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
        List<String> levels = levels(arm);
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
        double[][] arms = split(arm, y, control);
        ArmComparison c;
        try {
            c = switch (method) {
                case DIFFERENCE -> TwoArmTests.difference(arms[0], arms[1], 0.05);
                case ZTEST -> TwoArmTests.ztest(arms[0], arms[1], 0.05);
                case TTEST -> TwoArmTests.ttest(arms[0], arms[1], 0.05);
                case WELCH -> TwoArmTests.welch(arms[0], arms[1], 0.05);
                case BAYES -> binary(y) ? BayesianComparison.conversion(arms[0], arms[1], priorA, priorB, 0.05)
                        : BayesianComparison.continuous(arms[0], arms[1], 0.05);
            };
        } catch (DesignException e) {
            throw new EstimationException(keyword + ": " + e.getMessage(),
                    DataLocation.column(data.source(), query.outcome()));
        }
        double srm = SampleRatioMismatch.pValue(arms[0].length, arms[1].length, design.plannedControlShare());
        Map<String, Double> statistics = new LinkedHashMap<>(c.statistics());
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm " + quote(treated) + " compared with control " + quote(control));
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(String.format(java.util.Locale.ROOT, "sample ratio mismatch: %d control and %d treatment rows "
                    + "against a planned %.0f%% control (p = %.2g); the assignment may be broken, so do not trust "
                    + "this comparison until it is explained", arms[0].length, arms[1].length,
                    100 * design.plannedControlShare(), srm));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, c.difference(),
                c.stdError(), c.ciLow(), c.ciHigh(), c.pValue(), data.rowCount(), statistics, Optional.empty(), notes);
    }

    /** Distinct values of the arm as text, in order of first appearance. */
    private static List<String> levels(Column arm) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < arm.size(); i++) {
            seen.add(arm.text(i));
            if (seen.size() > 50) {
                break;
            }
        }
        return new ArrayList<>(seen);
    }

    private static double[][] split(Column arm, double[] y, String control) {
        int controls = 0;
        boolean[] isControl = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            isControl[i] = arm.text(i).equals(control);
            controls += isControl[i] ? 1 : 0;
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
