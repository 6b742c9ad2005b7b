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
            entry("cuped", ExperimentComparison.CUPED),
            entry("msprt", ExperimentComparison.MSPRT),
            entry("twfe", DifferenceInDifferencesEstimator.TWFE),
            entry("event_study", DifferenceInDifferencesEstimator.EVENT_STUDY),
            entry("tsls", TwoStageLeastSquares.SPEC),
            entry("stratify", PropensityStratification.SPEC),
            entry("wald", WaldEstimator.SPEC));

    /** Estimators that read the same keyword differently through the front door. */
    private static final Map<String, EstimatorSpec> FRONTDOOR = Map.of("ols", FrontdoorAdjustment.SPEC);

    private Estimators() {
    }

    public static Optional<EstimatorSpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** The estimator {@code keyword} names for an effect identified by {@code kind}. */
    public static Optional<EstimatorSpec> find(String keyword, Design.Kind kind) {
        if (kind == Design.Kind.FRONTDOOR && FRONTDOOR.containsKey(keyword)) {
            return Optional.of(FRONTDOOR.get(keyword));
        }
        return find(keyword);
    }

    /** The estimators for {@code kind}, sorted by keyword. */
    public static List<EstimatorSpec> forDesign(Design.Kind kind) {
        if (kind == Design.Kind.FRONTDOOR) {
            return FRONTDOOR.keySet().stream().sorted().map(FRONTDOOR::get).toList();
        }
        return all().stream().filter(e -> e.design() == kind).toList();
    }

    /** Every estimator of the registry by keyword, sorted (front-door variants are reached through find). */
    public static List<EstimatorSpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }
}
