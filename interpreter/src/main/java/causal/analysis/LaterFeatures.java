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

    private static final String PERSONALIZATION = "recommenders, bandits and uplift (issue 7)";

    private static final Map<String, String> ESTIMATORS = Map.of();

    /** The later work that brings estimator {@code keyword}, if it is one we know of. */
    static Optional<String> estimator(String keyword) {
        return Optional.ofNullable(ESTIMATORS.get(keyword));
    }

    static String message(String what, String work) {
        return what + " is not available yet: it comes with " + work;
    }

    static final String PERSONALIZATION_WORK = PERSONALIZATION;
}
