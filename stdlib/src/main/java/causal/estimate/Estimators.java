package causal.estimate;

import static java.util.Map.entry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The registry of estimators by script keyword: one explicit table, read by the checker, the LSP and the runtime. */
public final class Estimators {
    private static final Map<String, EstimatorSpec> BY_KEYWORD = withUpliftLearners(Map.ofEntries(
            entry("ols", RegressionAdjustment.SPEC),
            entry("ipw", InverseProbabilityWeighting.SPEC),
            entry("local_linear", DiscontinuityEstimator.SPEC),
            entry("segmented", SegmentedRegressionEstimator.SPEC),
            entry("psm", PropensityScoreMatching.SPEC),
            entry("aipw", AugmentedInverseProbabilityWeighting.SPEC),
            entry("difference", ExperimentComparison.DIFFERENCE),
            entry("dml", DoubleMachineLearning.SPEC),
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
            entry("wald", WaldEstimator.SPEC),
            entry("callaway_santanna", StaggeredDifferenceInDifferences.CALLAWAY_SANTANNA)));

    /** Keywords read differently for one kind of design: ols through the front door, twfe on a panel. */
    private static final Map<Design.Kind, Map<String, EstimatorSpec>> BY_DESIGN = Map.of(
            Design.Kind.FRONTDOOR, Map.of("ols", FrontdoorAdjustment.SPEC),
            Design.Kind.PANEL, Map.of("twfe", PanelRegression.SPEC));

    private Estimators() {
    }

    /** The estimators above and the uplift learners (slearner … causal_forest), whose registry is their own. */
    private static Map<String, EstimatorSpec> withUpliftLearners(Map<String, EstimatorSpec> estimators) {
        Map<String, EstimatorSpec> all = new java.util.HashMap<>(estimators);
        all.putAll(UpliftEstimator.specs());
        return Map.copyOf(all);
    }

    public static Optional<EstimatorSpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** The estimator {@code keyword} names for an effect identified by {@code kind}. */
    public static Optional<EstimatorSpec> find(String keyword, Design.Kind kind) {
        EstimatorSpec special = BY_DESIGN.getOrDefault(kind, Map.of()).get(keyword);
        return special != null ? Optional.of(special) : find(keyword);
    }

    /** The estimators for {@code kind}, sorted by keyword. */
    public static List<EstimatorSpec> forDesign(Design.Kind kind) {
        Map<String, EstimatorSpec> special = BY_DESIGN.getOrDefault(kind, Map.of());
        return Stream.concat(special.values().stream(), all().stream().filter(e -> e.design() == kind))
                .sorted(Comparator.comparing(EstimatorSpec::keyword)).toList();
    }

    /** Every estimator of the registry by keyword, sorted (the variants for one kind of design are reached through find). */
    public static List<EstimatorSpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }
}
