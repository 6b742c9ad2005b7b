package causal.estimate;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of estimators by script keyword: one explicit table, read by the checker, the LSP and the runtime. */
public final class Estimators {
    private static final Map<String, EstimatorSpec> BY_KEYWORD = Map.ofEntries(
            entry("ols", RegressionAdjustment.SPEC),
            entry("ipw", InverseProbabilityWeighting.SPEC),
            entry("psm", PropensityScoreMatching.SPEC),
            entry("aipw", AugmentedInverseProbabilityWeighting.SPEC),
            entry("difference", ExperimentComparison.DIFFERENCE),
            entry("ztest", ExperimentComparison.ZTEST),
            entry("ttest", ExperimentComparison.TTEST),
            entry("welch", ExperimentComparison.WELCH),
            entry("bayes", ExperimentComparison.BAYES),
            entry("twfe", DifferenceInDifferencesEstimator.TWFE));

    private Estimators() {
    }

    public static Optional<EstimatorSpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** Every estimator, sorted by keyword. */
    public static List<EstimatorSpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }
}
