package causal.experiment;

/** A beta(a, b) prior for a conversion rate; {@link #UNIFORM} is beta(1, 1). */
public record BetaPrior(double a, double b) {
    public static final BetaPrior UNIFORM = new BetaPrior(1, 1);

    public BetaPrior {
        Checks.positive(a, "the prior's a");
        Checks.positive(b, "the prior's b");
    }
}
