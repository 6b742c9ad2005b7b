package causal.bandit;

import causal.random.RandomSource;
import java.util.List;

/**
 * A policy as a script declares it ({@code policy ts = thompson(prior = beta(1, 1))}): its settings, immutable, and a
 * way to start a fresh {@link Policy} once the number of arms and context features is known. A simulation starts one
 * per policy and run, so every run learns from scratch.
 */
public sealed interface PolicyTemplate
        permits RandomPolicy.Options, EpsilonGreedy.Options, Ucb1.Options, ThompsonSampling.Options, LinUcb.Options {

    /** The script keyword, e.g. {@code egreedy}. */
    String keyword();

    /** The policy as a script writes it with every option shown, e.g. {@code egreedy(epsilon = 0.1)}. */
    String label();

    /** The context columns the policy reads, in order; empty for a context-free policy. */
    default List<String> features() {
        return List.of();
    }

    /**
     * A fresh policy over {@code arms} arms reading {@code featureCount} context values, drawing from {@code rng}
     * (which it keeps and modifies).
     *
     * @throws BanditException for fewer than 2 arms, or a feature count the policy cannot read
     */
    Policy start(int arms, int featureCount, RandomSource rng);

    /**
     * A fresh policy over the log's arms, updated with every row of {@code log} in order, reading its
     * {@link #features()} from the log's context: a policy warm-started on logged data (for example a training part
     * of a log, before off-policy evaluation on the rest). Modified: rng (kept by the policy). Not modified: log.
     *
     * @throws BanditException when the log's context lacks a feature the policy reads, or a reward is out of the
     *     policy's range
     */
    default Policy trainOn(BanditLog log, RandomSource rng) {
        FeatureProjection features = FeatureProjection.of(this, log, "the log");
        Policy policy = start(log.arms(), features.featureCount(), rng);
        for (int i = 0; i < log.rows(); i++) {
            policy.update(log.action(i), log.reward(i), features.context(log, i));
        }
        return policy;
    }
}
