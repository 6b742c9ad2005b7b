package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Nearest-neighbour matching on a logistic propensity score, selecting the same matched set as R's
 * {@code MatchIt::matchit(method = "nearest", distance = "glm", std.caliper = FALSE)} (4.5.5). The effect is the
 * coefficient of the weighted regression {@code y ~ t} on the matched sample with MatchIt's matching weights (for
 * 1:1 without replacement, the mean of the pair differences); its standard error is cluster-robust by matched set,
 * {@code lmtest::coeftest(lm(y ~ t, data = md, weights = weights), vcov = sandwich::vcovCL, cluster = ~subclass)},
 * or HC3 with replacement (no unique sets), as MatchIt's "Estimating effects" vignette recommends. Student t with
 * {@code m - 2} degrees of freedom, m the matched rows. For ATC the controls are matched to treated rows. The
 * result's {@code n} counts the rows the propensity score was fitted on; the matched counts are in its statistics.
 * Rows with equal scores are told apart by row order, as in MatchIt, so reordering such rows can change the match.
 */
public final class PropensityScoreMatching implements Estimator {
    private static final Set<String> ORDERS = Set.of("largest", "smallest", "random");

    public static final EstimatorSpec SPEC = new EstimatorSpec("psm", "Propensity score matching",
            "nearest-neighbour matching on a logistic propensity score, then the difference in means of the matched sample",
            Set.of(Estimand.ATT, Estimand.ATC), true,
            List.of(new OptionSpec("caliper", "number", "none",
                            "largest allowed difference in propensity score (raw probability scale)"),
                    new OptionSpec("replace", "boolean", "false", "whether a control may be matched more than once"),
                    new OptionSpec("ratio", "integer", "1", "controls matched to each treated row"),
                    new OptionSpec("order", "order", "largest",
                            "which treated rows choose first: largest, smallest or random propensity score "
                                    + "(default largest for ATT, smallest for ATC, as MatchIt)"),
                    new OptionSpec("seed", "integer", "1",
                            "seed of the random order (Causal's random source; it does not reproduce R's sample())"),
                    new OptionSpec("se", "word", "regression without replacement, abadie_imbens with",
                            "regression: the matched regression's robust error (CR1 by matched set, HC3 with "
                                    + "replacement), as MatchIt's vignette; abadie_imbens: Abadie and Imbens (2006), "
                                    + "as R's Matching")),
            values -> new PropensityScoreMatching(Options.from(values)));

    /** The configuration; an empty {@code order} means MatchIt's default for the estimand. */
    public record Options(OptionalDouble caliper, boolean replace, int ratio, Optional<String> order, long seed,
                          boolean abadieImbens) {
        public static final Options DEFAULTS = new Options(OptionalDouble.empty(), false, 1, Optional.empty(), 1,
                false);

        public Options {
            caliper.ifPresent(c -> Checks.positive(c, "caliper"));
            Checks.atLeast(ratio, 1, "ratio");
            order.ifPresent(o -> {
                if (!ORDERS.contains(o)) {
                    throw new OptionException("order", "order must be largest, smallest or random, not " + o);
                }
            });
        }

        public Options withCaliper(double c) {
            return new Options(OptionalDouble.of(c), replace, ratio, order, seed, abadieImbens);
        }

        static Options from(Map<String, OptionValue> values) {
            OptionReader r = new OptionReader("psm", values);
            Optional<String> order = r.has("order") ? Optional.of(r.word("order", "largest", ORDERS)) : Optional.empty();
            boolean replace = r.bool("replace", false);
            String se = r.word("se", replace ? "abadie_imbens" : "regression", Set.of("regression", "abadie_imbens"));
            return new Options(r.number("caliper"), replace, r.integer("ratio", 1), order, r.integer("seed", 1),
                    se.equals("abadie_imbens"));
        }
    }

    private final Options options;

    public PropensityScoreMatching(Options options) {
        this.options = options;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "psm");
        double[] t = effect.binaryTreatment();
        double[] y = effect.outcome();
        DesignMatrix covariates = effect.covariateDesign();
        double[] e = PropensityScore.fit(covariates, t);
        double focalValue = query.estimand() == Estimand.ATC ? 0.0 : 1.0;
        boolean[] focal = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            focal[i] = t[i] == focalValue;
        }
        int[] order = visitingOrder(e, focal, query.estimand());
        int[] matches = NearestNeighbourMatching.match(e, focal, order, options.ratio(), options.replace(),
                options.caliper());
        MatchedSample sample = MatchedSample.of(order, matches, options.ratio(), t.length);
        if (sample.matchedFocal() == 0) {
            throw new EstimationException("no " + group(focalValue) + " row has a match within the caliper "
                    + options.caliper().orElse(Double.NaN) + "; widen the caliper");
        }
        if (!options.replace() && !options.abadieImbens() && sample.matchedFocal() < 2) {
            throw new EstimationException("only one " + group(focalValue) + " row was matched; a standard error "
                    + "clustered by matched pair needs at least two pairs");
        }
        double[] inference = effect(sample, t, y);
        WaldInterval ci;
        if (options.abadieImbens()) {
            inference[1] = AbadieImbensVariance.standardError(order, matches, options.ratio(), y);
            ci = WaldInterval.normal(inference[0], inference[1], Estimate.CONFIDENCE_LEVEL);
        } else {
            ci = WaldInterval.studentT(inference[0], inference[1], sample.size() - 2,
                    Estimate.CONFIDENCE_LEVEL);
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "psm", inference[0], inference[1],
                ci.low(), ci.high(), ci.pValue(), t.length, statistics(sample, t, e, focalValue, !options.abadieImbens()),
                Optional.of(Balance.of(covariates, t, sample.weights(), query.estimand())),
                notes(sample, order.length, focalValue));
    }

    private int[] visitingOrder(double[] e, boolean[] focal, Estimand estimand) {
        int count = 0;
        for (boolean f : focal) {
            count += f ? 1 : 0;
        }
        int[] rows = new int[count];
        for (int i = 0, k = 0; i < focal.length; i++) {
            if (focal[i]) {
                rows[k++] = i;
            }
        }
        String order = options.order().orElse(estimand == Estimand.ATC ? "smallest" : "largest");
        return switch (order) {
            case "largest" -> StableOrder.descending(rows, e);
            case "smallest" -> StableOrder.ascending(rows, e);
            default -> {
                new RandomSource(options.seed()).shuffle(rows);
                yield rows;
            }
        };
    }


    /** Estimate and standard error of {@code lm(y ~ t, weights)} on the matched rows. */
    private double[] effect(MatchedSample sample, double[] t, double[] y) {
        int[] rows = sample.rows();
        int m = rows.length;
        double[] ones = new double[m];
        double[] tm = new double[m];
        double[] ym = new double[m];
        double[] wm = new double[m];
        for (int k = 0; k < m; k++) {
            ones[k] = 1.0;
            tm[k] = t[rows[k]];
            ym[k] = y[rows[k]];
            wm[k] = sample.weights()[rows[k]];
        }
        DesignMatrix design = DesignMatrix.ofColumns(List.of(DesignMatrix.INTERCEPT, "treatment"),
                new double[][] {ones, tm});
        LinearFit fit = EffectData.fitting("matched regression", () -> LinearRegression.fit(design, ym, wm));
        double[] v = options.replace()
                ? SandwichCovariance.heteroskedastic(fit, design, ym, wm, CovarianceType.HC3)
                : SandwichCovariance.clustered(fit, design, ym, wm, sample.subclassOfRows(), sample.matchedFocal());
        return new double[] {fit.coefficient(1), Math.sqrt(v[3])};
    }

    private static Map<String, Double> statistics(MatchedSample sample, double[] t, double[] e, double focalValue,
                                                  boolean regressionErrors) {
        int treated = 0;
        int controls = 0;
        for (int row : sample.rows()) {
            if (t[row] == 1.0) {
                treated++;
            } else {
                controls++;
            }
        }
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("matched_treated", (double) treated);
        statistics.put("matched_controls", (double) controls);
        statistics.put(focalValue == 1.0 ? "unmatched_treated" : "unmatched_controls",
                (double) sample.unmatchedFocal());
        statistics.put("propensity_min", PropensityScore.min(e));
        statistics.put("propensity_max", PropensityScore.max(e));
        if (regressionErrors) {
            // The matched regression's residual degrees of freedom: the CI and p-value use t with these, as coeftest does.
            statistics.put("df_residual", (double) (sample.size() - 2));
        }
        return statistics;
    }

    private static List<String> notes(MatchedSample sample, int focalCount, double focalValue) {
        List<String> notes = new ArrayList<>();
        if (sample.unmatchedFocal() > 0) {
            notes.add(sample.unmatchedFocal() + " of " + focalCount + " " + group(focalValue)
                    + " rows found no match and were dropped: the estimate is for the matched " + group(focalValue)
                    + " rows only");
        }
        return notes;
    }

    private static String group(double focalValue) {
        return focalValue == 1.0 ? "treated" : "control";
    }
}
