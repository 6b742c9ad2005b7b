package causal.plot;

/** Checks of the numbers a chart is given, each failing with a {@link PlotException} that names the chart. */
final class PlotInput {
    private PlotInput() {}

    static void require(boolean condition, String chart, String problem) {
        if (!condition) {
            throw new PlotException("cannot draw the " + chart + ": " + problem);
        }
    }

    static void requireFinite(double value, String chart, String what) {
        require(Double.isFinite(value), chart, what + " is " + value + ", not a finite number");
    }
}
