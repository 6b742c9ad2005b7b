package causal.bandit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The off-policy estimators by script keyword ({@code evaluate P offline on logs(…) using replay, ips, snips, dr}):
 * this enum is their registry. With {@code w_i = π(a_i|x_i) / p_i}, the target's probability of the logged arm over
 * the logging policy's:
 */
public enum OffPolicyEstimator {
    /** {@code Σ π(a_i|x_i) r_i / Σ π(a_i|x_i)}: Li et al. (2011)'s replay, for logs collected uniformly at random. */
    REPLAY("replay", "replay (Li et al. 2011): the mean reward of rows where the target would play the logged arm"),
    /** {@code (1/n) Σ w_i r_i}. */
    IPS("ips", "inverse propensity scoring: the mean of w·r"),
    /** {@code Σ w_i r_i / Σ w_i}. */
    SNIPS("snips", "self-normalized IPS: Σ w·r / Σ w"),
    /** {@code (1/n) Σ [Σ_a π(a|x_i) q(x_i, a) + w_i (r_i − q(x_i, a_i))]}, q a per-arm reward model. */
    DR("dr", "doubly robust: the reward model's value plus IPS of its residuals");

    private final String keyword;
    private final String description;

    OffPolicyEstimator(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    public String keyword() {
        return keyword;
    }

    public String description() {
        return description;
    }

    public static Optional<OffPolicyEstimator> find(String keyword) {
        return Arrays.stream(values()).filter(e -> e.keyword.equals(keyword)).findFirst();
    }

    /**
     * The estimators named by {@code keywords}, in that order.
     *
     * @throws BanditException for an unknown keyword
     */
    public static List<OffPolicyEstimator> of(List<String> keywords) {
        return keywords.stream().map(k -> find(k).orElseThrow(() -> new BanditException("there is no off-policy "
                + "estimator " + k + "; the estimators are replay, ips, snips, dr"))).toList();
    }
}
