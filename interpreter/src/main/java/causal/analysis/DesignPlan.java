package causal.analysis;

import java.util.OptionalLong;

/** What a statement about an experiment design asks: its sample size ({@code power}) or an A/A simulation. */
public sealed interface DesignPlan {
    DesignInfo.Experiment design();

    /** {@code power D}. */
    record Power(DesignInfo.Experiment design) implements DesignPlan {}

    /**
     * {@code simulate aa D n N runs R [seed S]}: R A/A experiments of N units per arm at the design's baseline,
     * looked at {@code looks} times each; no seed means the run's {@code --seed}.
     */
    record AaSimulation(DesignInfo.Experiment design, long perArm, int runs, int looks, OptionalLong seed)
            implements DesignPlan {
        /** How many equally spaced looks each simulated experiment gets. */
        public static final int LOOKS = 20;
    }
}
