package causal.spark;

import causal.engine.EngineEstimate;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.ExperimentComparison;
import causal.estimate.InverseProbabilityWeighting;
import causal.estimate.OptionException;
import causal.options.OptionValue;
import causal.estimate.StandardErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The estimators {@code engine spark} runs, by script keyword, with the options they take there; every other
 * estimator (and these with other options) runs in memory. The one table the interpreter asks.
 */
public final class SparkEstimators {
    /** Keyword → the options it takes on this engine (a subset of the in-memory estimator's). */
    public static final Map<String, Set<String>> OPTIONS = Map.of(
            "ols", Set.of("se"),
            "ipw", Set.of("normalized", "stabilized", "trim", "se"),
            "difference", Set.of(), "welch", Set.of(), "ttest", Set.of(), "ztest", Set.of(),
            "bayes", Set.of("prior"), "cuped", Set.of("covariate"),
            "twfe", Set.of("se"),
            "two_by_two", Set.of());

    private SparkEstimators() {
    }

    /** True when {@code keyword} with these options runs on Spark. */
    public static boolean supports(String keyword, Map<String, OptionValue> options) {
        Set<String> taken = OPTIONS.get(keyword);
        return taken != null && taken.containsAll(options.keySet()) && !(options.get("se") instanceof OptionValue.Call c
                && c.function().equals("bootstrap"));
    }

    /**
     * The estimate by {@code keyword} on {@code data}.
     *
     * @throws SparkEngineException for a keyword or option this engine does not run, a bad option value, or data
     *     the estimator cannot use
     */
    public static EngineEstimate estimate(String keyword, Map<String, OptionValue> options, Dataset<Row> data,
            EffectQuery query) {
        if (!supports(keyword, options)) {
            throw new causal.engine.EngineDeclinedException(keyword + (OPTIONS.containsKey(keyword) ? " with options "
                    + String.join(", ", options.keySet()) : "") + " does not run on engine spark; it runs in memory");
        }
        if (!query.modifiers().isEmpty() && !keyword.equals("ols")) {
            throw new causal.engine.EngineDeclinedException(keyword + " with effect modifiers (by …) runs in memory");
        }
        return switch (keyword) {
            case "ols" -> SparkRegression.estimate(data, query, standardErrors(options.get("se")));
            case "ipw" -> SparkInverseProbabilityWeighting.estimate(data, query, weighting(options));
            case "twfe" -> SparkDifferenceInDifferences.twoWayFixedEffects(data, query,
                    twfeErrors(options.get("se"), query));
            case "two_by_two" -> SparkDifferenceInDifferences.twoByTwo(data, query);
            case "bayes", "cuped" -> {
                ExperimentComparison comparison = comparison(keyword, options);
                yield SparkExperiment.estimate(data, query, keyword, comparison.prior(), comparison.covariate());
            }
            default -> SparkExperiment.estimate(data, query, keyword);
        };
    }

    /** bayes's or cuped's options, read as the in-memory estimator reads them. */
    private static ExperimentComparison comparison(String keyword, Map<String, OptionValue> options) {
        try {
            return (ExperimentComparison) (keyword.equals("bayes") ? ExperimentComparison.BAYES
                    : ExperimentComparison.CUPED).create(options);
        } catch (OptionException e) {
            throw new SparkEngineException(e.getMessage(), e);
        }
    }

    private static StandardErrors standardErrors(OptionValue value) {
        if (value == null) {
            return StandardErrors.HC1;
        }
        if (value instanceof OptionValue.Call call && call.function().equals("cluster") && call.args().size() == 1) {
            OptionValue arg = call.args().get(0);
            if (arg instanceof OptionValue.Word word) {
                return StandardErrors.clusteredBy(word.word());
            }
            if (arg instanceof OptionValue.Text text) {
                return StandardErrors.clusteredBy(text.value());
            }
        }
        if (value instanceof OptionValue.Word word) {
            for (StandardErrors.Kind kind : List.of(StandardErrors.Kind.CLASSICAL, StandardErrors.Kind.HC0,
                    StandardErrors.Kind.HC1, StandardErrors.Kind.HC3)) {
                if (word.word().equals(kind.name().toLowerCase(java.util.Locale.ROOT))) {
                    return new StandardErrors(kind, Optional.empty());
                }
            }
        }
        throw new SparkEngineException("se is classical, hc0, hc1, hc3 or cluster(column), not " + value.text());
    }

    private static InverseProbabilityWeighting.Options weighting(Map<String, OptionValue> options) {
        InverseProbabilityWeighting.Options defaults = InverseProbabilityWeighting.Options.DEFAULTS;
        boolean normalized = flag(options, "normalized", defaults.normalized());
        boolean stabilized = flag(options, "stabilized", defaults.stabilized());
        double trim = defaults.trim();
        if (options.containsKey("trim")) {
            if (!(options.get("trim") instanceof OptionValue.Number number) || !(number.value() >= 0
                    && number.value() < 0.5)) {
                throw new SparkEngineException("trim is a number from 0 up to 0.5, not " + options.get("trim").text());
            }
            trim = number.value();
        }
        OptionValue se = options.get("se");
        if (se != null && !(se instanceof OptionValue.Word w && (w.word().equals("m_estimation")
                || w.word().equals("hc0")))) {
            throw new SparkEngineException("se is m_estimation or hc0, not " + se.text());
        }
        return new InverseProbabilityWeighting.Options(normalized, stabilized, trim,
                se == null || ((OptionValue.Word) se).word().equals("m_estimation"));
    }

    private static boolean flag(Map<String, OptionValue> options, String name, boolean otherwise) {
        OptionValue value = options.get(name);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof OptionValue.Bool bool) {
            return bool.value();
        }
        throw new SparkEngineException(name + " is true or false, not " + value.text());
    }

    /** twfe's errors: empty for clustered by the unit (the default), else HC1 or classical; others run in memory. */
    private static Optional<StandardErrors.Kind> twfeErrors(OptionValue se, EffectQuery query) {
        if (se == null) {
            return Optional.empty();
        }
        String unit = query.design() instanceof Design.DifferenceInDifferences d ? d.unit() : "";
        StandardErrors parsed = standardErrors(se);
        if (parsed.clusterColumn().equals(Optional.of(unit))) {
            return Optional.empty();
        }
        if (parsed.kind() == StandardErrors.Kind.HC1 || parsed.kind() == StandardErrors.Kind.CLASSICAL) {
            return Optional.of(parsed.kind());
        }
        throw new causal.engine.EngineDeclinedException("twfe on engine spark clusters by the unit (se = cluster("
                + unit + ")) or takes hc1 or classical; se = " + se.text() + " runs in memory");
    }
}
