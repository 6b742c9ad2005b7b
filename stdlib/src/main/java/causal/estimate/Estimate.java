package causal.estimate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An estimated effect with its inference and the estimator's diagnostics. {@code statistics} keys are the JSON
 * names (snake_case), in the order they should be printed.
 */
public record Estimate(Estimand estimand, String treatment, String outcome, String estimator, double value,
        double stdError, double ciLow, double ciHigh, double pValue, int n, Map<String, Double> statistics,
        Optional<BalanceTable> balance, List<String> notes) {
    /** The level of every estimate's interval {@code [ciLow, ciHigh]}. */
    public static final double CONFIDENCE_LEVEL = 0.95;

    public Estimate {
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
        notes = List.copyOf(notes);
    }
}
