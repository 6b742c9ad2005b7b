package causal.uplift;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metrics {@code evaluate tau metrics …} takes, by script keyword, as computed by {@link UpliftEvaluation}.
 * The normalised two are scikit-uplift's (version 0.5) and need a 0/1 outcome; the areas take any outcome.
 */
public enum UpliftMetric {
    QINI("qini", "the Qini coefficient: the area between the Qini curve and the random line over that of the perfect "
            + "Qini curve, as scikit-uplift's qini_auc_score (0/1 outcome)"),
    AUUC("auuc", "the area under the uplift curve above the random line over that of the perfect uplift curve, as "
            + "scikit-uplift's uplift_auc_score (0/1 outcome)"),
    QINI_AREA("qini_area", "the area between the Qini curve and the random line, unnormalised (any outcome)"),
    AUUC_AREA("auuc_area", "the area between the uplift curve and the random line, unnormalised (any outcome)");

    private final String keyword;
    private final String description;

    UpliftMetric(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    public String keyword() {
        return keyword;
    }

    public String description() {
        return description;
    }

    public static Optional<UpliftMetric> find(String keyword) {
        return Arrays.stream(values()).filter(m -> m.keyword.equals(keyword)).findFirst();
    }
}
