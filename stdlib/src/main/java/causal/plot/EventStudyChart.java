package causal.plot;

import causal.inference.ZStatistic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An event-study plot, as {@code plot event_study of e} draws it: the effect estimated for each period relative to
 * treatment with its 95% confidence interval (estimate ± 1.959964 standard errors, the normal quantile R's
 * {@code qnorm(0.975)} gives), a line at zero, and the reference period, normalised to zero, marked apart.
 */
public final class EventStudyChart extends ChartPicture {
    /** The effect estimated for one period relative to treatment (negative: before), with its standard error. */
    public record PeriodEffect(int period, double estimate, double stdError) {}

    private static final String CHART = "event-study plot";

    private EventStudyChart(XYChart chart) {
        super(chart);
    }

    /**
     * The plot of {@code effects} with {@code referencePeriod} (usually −1) marked; an effect listed for the
     * reference period is drawn as the reference mark, and if none is listed the mark is drawn at zero. Not
     * modified: the list.
     *
     * @throws PlotException if there are no effects besides the reference, a period repeats, or a number is not
     *     finite or a standard error negative
     */
    public static EventStudyChart of(List<PeriodEffect> effects, int referencePeriod) {
        List<PeriodEffect> estimated = check(effects, referencePeriod);
        XYChart chart = ChartStyle.xyChart(WIDTH, HEIGHT, "period relative to treatment", "effect");
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        double first = Math.min(estimated.get(0).period(), referencePeriod) - 0.5;
        double last = Math.max(estimated.get(estimated.size() - 1).period(), referencePeriod) + 0.5;
        chart.getStyler().setXAxisMin(first);
        chart.getStyler().setXAxisMax(last);
        ChartStyle.referenceLine(chart, "zero", new Point(first, 0), new Point(last, 0), ChartStyle.SOLID);
        double[] period = estimated.stream().mapToDouble(PeriodEffect::period).toArray();
        double[] estimate = estimated.stream().mapToDouble(PeriodEffect::estimate).toArray();
        double[] halfWidth = estimated.stream().mapToDouble(e -> ZStatistic.CRITICAL_95 * e.stdError()).toArray();
        XYSeries series = chart.addSeries("estimate with 95% CI", period, estimate, halfWidth);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(ChartStyle.BLUE);
        series.setLineColor(ChartStyle.BLUE);
        double referenceValue = referenceEstimate(effects, referencePeriod);
        ChartStyle.points(chart, "reference period (" + referencePeriod + ")", new double[] {referencePeriod},
                new double[] {referenceValue}, ChartStyle.ORANGE).setMarker(SeriesMarkers.DIAMOND);
        return new EventStudyChart(chart);
    }

    private static double referenceEstimate(List<PeriodEffect> effects, int referencePeriod) {
        for (PeriodEffect effect : effects) {
            if (effect.period() == referencePeriod) {
                return effect.estimate();
            }
        }
        return 0.0;
    }

    /** The effects other than the reference, sorted by period, after checking all of them. */
    private static List<PeriodEffect> check(List<PeriodEffect> effects, int referencePeriod) {
        Set<Integer> seen = new HashSet<>();
        List<PeriodEffect> estimated = new ArrayList<>();
        for (PeriodEffect effect : effects) {
            String period = "period " + effect.period();
            PlotInput.require(seen.add(effect.period()), CHART, period + " is listed twice");
            PlotInput.requireFinite(effect.estimate(), CHART, "the estimate of " + period);
            PlotInput.requireFinite(effect.stdError(), CHART, "the standard error of " + period);
            PlotInput.require(effect.stdError() >= 0, CHART, "the standard error of " + period + " is negative");
            if (effect.period() != referencePeriod) {
                estimated.add(effect);
            }
        }
        PlotInput.require(!estimated.isEmpty(), CHART, "there are no estimates besides the reference period");
        estimated.sort(Comparator.comparingInt(PeriodEffect::period));
        return estimated;
    }
}
