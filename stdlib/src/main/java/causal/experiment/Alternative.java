package causal.experiment;

/** Which departures from no effect a test looks for, as R's {@code alternative = "two.sided" | "one.sided"}. */
public enum Alternative {
    TWO_SIDED(2),
    /** The effect in the direction planned (power) or the treatment above control (tests). */
    ONE_SIDED(1);

    private final int sides;

    Alternative(int sides) {
        this.sides = sides;
    }

    /** 2 or 1: alpha is split over this many tails. */
    public int sides() {
        return sides;
    }
}
