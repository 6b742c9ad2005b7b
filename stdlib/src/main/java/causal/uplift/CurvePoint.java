package causal.uplift;

/**
 * One point of a Qini or uplift curve: after targeting the {@code targeted} rows of highest predicted effect, the
 * curve's {@code value} (in outcome units times rows). Curves start at {@code (0, 0)}.
 */
public record CurvePoint(int targeted, double value) {
}
