package causal.bandit;

/**
 * Where a simulation's policies play: arms with known reward distributions ({@link BernoulliArms}), or a log of
 * uniformly random play replayed to them ({@link LoggedReplay}).
 */
public sealed interface BanditEnvironment permits BernoulliArms, LoggedReplay {

    int arms();

    /** As a script writes it, e.g. {@code bernoulli_arms(0.1, 0.13)}. */
    String label();
}
