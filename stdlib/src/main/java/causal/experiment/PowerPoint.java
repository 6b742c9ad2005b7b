package causal.experiment;

/** One point of a power curve: the power at {@code control} control units to detect an effect of {@code mde}. */
public record PowerPoint(double control, double mde, double power) {
}
