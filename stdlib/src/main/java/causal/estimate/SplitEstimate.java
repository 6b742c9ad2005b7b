package causal.estimate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What double machine learning gives on one sample split: the effect and its standard error from the score, for
 * {@code CATE by m} the slope of the effect in each modifier with its standard error, and the diagnostics of the
 * nuisance fits (JSON names, in print order).
 */
record SplitEstimate(double value, double stdError, List<Double> modification, List<Double> modificationStdError,
        Map<String, Double> diagnostics) {

    SplitEstimate {
        modification = List.copyOf(modification);
        modificationStdError = List.copyOf(modificationStdError);
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    }

    /** An average effect, without modifiers. */
    SplitEstimate(double value, double stdError, Map<String, Double> diagnostics) {
        this(value, stdError, List.of(), List.of(), diagnostics);
    }
}
