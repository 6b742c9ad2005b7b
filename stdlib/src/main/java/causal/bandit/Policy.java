package causal.bandit;

/**
 * A bandit policy while it learns: it chooses one of {@link #arms()} arms, given a context vector when it reads one,
 * and updates on the reward of the arm it chose. Arms are numbered from 0.
 *
 * <p>Context-free policies ignore the context, which may be {@code null}. {@link #probabilities} is the distribution
 * {@link #choose} draws from in the policy's current state (a one-hot vector for a deterministic rule, split evenly
 * over tied arms), so off-policy evaluation can weigh logged actions by it. It draws no random numbers of the
 * policy's stream and does not change the policy.
 *
 * <p>A policy is made by {@link PolicyTemplate#start} with its own {@code RandomSource}: the same seed and the same
 * rewards give the same choices. Not thread-safe.
 */
public interface Policy {

    /** The number of arms. */
    int arms();

    /** True when choices depend on the context; a context-free policy has one distribution for every context. */
    default boolean readsContext() {
        return false;
    }

    /**
     * The arm to play for {@code context} (null or empty for a context-free policy). Modified: the policy's random
     * stream. Not modified: context.
     *
     * @throws BanditException when the context does not have the features the policy was started with
     */
    int choose(double[] context);

    /**
     * Learns from the {@code reward} of {@code arm}, played in {@code context}. Modified: the policy. Not modified:
     * context.
     *
     * @throws BanditException when the arm is not one of the arms, the reward is not finite or outside the range
     *     the policy's model takes (Thompson sampling with a beta prior needs rewards in [0, 1])
     */
    void update(int arm, double reward, double[] context);

    /**
     * The probability of choosing each arm in {@code context}, in the current state: a new array of
     * {@link #arms()} values summing to 1. Not modified: the policy, context.
     */
    double[] probabilities(double[] context);
}
