package causal.experiment;

/**
 * A normal prior N(mean, sd²) for the difference treatment − control of a continuous metric; {@link #FLAT} (an
 * infinite sd) lets the data speak alone.
 */
public record NormalPrior(double mean, double sd) {
    public static final NormalPrior FLAT = new NormalPrior(0, Double.POSITIVE_INFINITY);

    public NormalPrior {
        Checks.finite(mean, "the prior mean");
        if (!(sd > 0)) {
            throw new ExperimentException("the prior sd must be greater than 0, not " + sd);
        }
    }
}
