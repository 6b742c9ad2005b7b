package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.percent;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.OptionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The OLS estimate adjusted for an unobserved confounder of each strength on a grid, Cinelli and Hazlett's (2020)
 * bias formula ({@link OmittedVariableBias#adjustedEstimate}) evaluated at every pair of the confounder's partial R²
 * with the treatment ({@code onTreatment}, R²_{D~Z|X}) and with the outcome ({@code onOutcome}, R²_{Y~Z|D,X}): the
 * numbers behind sensemakr's {@code ovb_contour_plot}. {@code cells} run over {@code onTreatment} first, then
 * {@code onOutcome} within it.
 */
public record ConfounderGrid(double estimate, double stdError, int dof, List<Double> onTreatment,
        List<Double> onOutcome, List<Cell> cells, String interpretation) {

    /** The points a range such as {@code 0.0..0.5} is evaluated at when none are given: steps of a tenth. */
    public static final int DEFAULT_POINTS = 11;

    /** One confounder strength and the estimate and t-statistic it would leave. */
    public record Cell(double onTreatment, double onOutcome, double adjustedEstimate, double adjustedT) {
    }

    public ConfounderGrid {
        onTreatment = List.copyOf(onTreatment);
        onOutcome = List.copyOf(onOutcome);
        cells = List.copyOf(cells);
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /** The cell at {@code onTreatment.get(i)}, {@code onOutcome.get(j)}. */
    public Cell cell(int i, int j) {
        return cells.get(i * onOutcome.size() + j);
    }

    /** {@code points} evenly spaced values from {@code from} to {@code to}, both included. */
    public static List<Double> range(double from, double to, int points) {
        if (points < 2 || !(from <= to)) {
            throw new OptionException("range", "a range needs a start not above its end and at least 2 points, not "
                    + from + ".." + to + " with " + points);
        }
        List<Double> values = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            values.add(i == points - 1 ? to : from + (to - from) * i / (points - 1));
        }
        return values;
    }

    /**
     * The grid for an estimate with classical standard error {@code se} and {@code dof} residual degrees of freedom.
     * Partial R²s with the treatment must lie in [0, 1), with the outcome in [0, 1].
     */
    public static ConfounderGrid of(double estimate, double se, int dof, List<Double> onTreatment,
            List<Double> onOutcome) {
        if (onTreatment.isEmpty() || onOutcome.isEmpty()) {
            throw new OptionException("on_treatment", "the grid needs at least one strength on each axis");
        }
        onTreatment.forEach(r -> RefuterChecks.partialR2(r, "on_treatment", false));
        onOutcome.forEach(r -> RefuterChecks.partialR2(r, "on_outcome", true));
        List<Cell> cells = new ArrayList<>(onTreatment.size() * onOutcome.size());
        for (double r2dz : onTreatment) {
            for (double r2yz : onOutcome) {
                double adjusted = OmittedVariableBias.adjustedEstimate(estimate, se, dof, r2dz, r2yz);
                double adjustedSe = OmittedVariableBias.adjustedStdError(se, dof, r2dz, r2yz);
                cells.add(new Cell(r2dz, r2yz, adjusted, adjusted / adjustedSe));
            }
        }
        return new ConfounderGrid(estimate, se, dof, onTreatment, onOutcome, cells,
                interpret(estimate, onTreatment, onOutcome, cells));
    }

    /**
     * The grid for the OLS estimate of {@code query} on {@code data}, refitted with classical standard errors as
     * sensemakr does. Not modified: data.
     */
    public static ConfounderGrid of(Table data, EffectQuery query, List<Double> onTreatment, List<Double> onOutcome) {
        List<String> terms = new ArrayList<>();
        terms.add(query.treatment());
        terms.addAll(query.covariates());
        ClassicalRegression fit = ClassicalRegression.fit(data, query.outcome(), terms);
        return of(fit.coefficient(query.treatment()), fit.stdError(query.treatment()), fit.residualDegreesOfFreedom(),
                onTreatment, onOutcome);
    }

    private static String interpret(double estimate, List<Double> onTreatment, List<Double> onOutcome,
            List<Cell> cells) {
        Cell weakest = null;
        int flipped = 0;
        for (Cell c : cells) {
            if (estimate == 0 || Math.signum(c.adjustedEstimate()) != Math.signum(estimate)) {
                flipped++;
                if (weakest == null || strength(c) < strength(weakest)) {
                    weakest = c;
                }
            }
        }
        if (weakest == null) {
            return "the estimate keeps its sign for every confounder on the grid, up to " + percent(max(onTreatment))
                    + " of the treatment's and " + percent(max(onOutcome)) + " of the outcome's residual variance";
        }
        return "the estimate reaches 0 or changes sign in " + flipped + " of " + cells.size()
                + " cells; the weakest such confounder explains " + percent(weakest.onTreatment())
                + " of the treatment's and " + percent(weakest.onOutcome())
                + " of the outcome's residual variance and leaves " + number(weakest.adjustedEstimate());
    }

    /** How much bias a cell's confounder brings, up to the factor se sqrt(dof) common to every cell. */
    private static double strength(Cell c) {
        return c.onOutcome() * c.onTreatment() / (1 - c.onTreatment());
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
