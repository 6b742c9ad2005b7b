package causal.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * Parts of the language that parse today but whose engines arrive with later work. The checker refuses them with
 * a clear "not available yet" error — they are never skipped silently and never faked.
 */
final class LaterFeatures {
    private LaterFeatures() {
    }

    private static final String IDENTIFICATION = "identification beyond backdoor (issue 4)";
    private static final String ESTIMATION = "estimation depth (issue 5)";
    private static final String DESIGNS = "experiments, difference-in-differences, panels and RDD (issue 6)";
    private static final String PERSONALIZATION = "recommenders, bandits and uplift (issue 7)";
    private static final String SCALE = "Parquet, SQL and distributed engines (issue 9)";

    private static final Map<String, String> ESTIMATORS = Map.of();

    /** The later work that brings estimator {@code keyword}, if it is one we know of. */
    static Optional<String> estimator(String keyword) {
        return Optional.ofNullable(ESTIMATORS.get(keyword));
    }

    static String message(String what, String work) {
        return what + " is not available yet: it comes with " + work;
    }

    static final String IDENTIFY_WORK = IDENTIFICATION;
    static final String ESTIMATION_WORK = ESTIMATION;
    static final String DESIGN_WORK = DESIGNS;
    static final String PERSONALIZATION_WORK = PERSONALIZATION;
    static final String SCALE_WORK = SCALE;
    static final String PLOTS_WORK = "plots (issues 4 and 5)";
    static final String EDITOR_WORK = "the REPL and language server (issue 8)";
}
