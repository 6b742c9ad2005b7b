package causal.check;

import causal.data.Column;
import causal.data.ColumnType;
import causal.data.Table;
import causal.estimate.EstimationException;
import causal.estimate.SingularDesignException;
import causal.learn.CollinearColumnsException;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import java.util.ArrayList;
import java.util.List;

/**
 * An OLS fit with classical standard errors, R's {@code summary(lm(y ~ x1 + …))}: the Cinelli–Hazlett formulas are
 * exact for these t-statistics, whatever standard errors the estimate itself reported.
 */
final class ClassicalRegression {
    private final DesignMatrix design;
    private final LinearFit fit;
    private final double[] covariance;

    private ClassicalRegression(DesignMatrix design, LinearFit fit, double[] covariance) {
        this.design = design;
        this.fit = fit;
        this.covariance = covariance;
    }

    /** Fits {@code outcome} on an intercept and {@code terms} of {@code data}. Not modified: data. */
    static ClassicalRegression fit(Table data, String outcome, List<String> terms) {
        List<String> used = new ArrayList<>(terms);
        used.add(outcome);
        for (String name : used) {
            if (!data.has(name)) {
                throw new EstimationException("there is no column " + name + " in " + data.source());
            }
        }
        Table complete = data.filter(data.completeRows(used));
        double[] y = values(complete.column(outcome));
        DesignMatrix design = DesignMatrix.of(complete, terms);
        try {
            LinearFit fit = LinearRegression.fit(design, y, null);
            if (fit.residualDegreesOfFreedom() < 2) {
                throw new EstimationException("the regression of " + outcome + " needs more rows than coefficients: "
                        + fit.observations() + " rows, " + fit.parameters() + " coefficients");
            }
            return new ClassicalRegression(design, fit, SandwichCovariance.classical(fit, design, y, null));
        } catch (CollinearColumnsException e) {
            throw new SingularDesignException("the regression of " + outcome + " cannot be fitted: " + e.getMessage(),
                    e.columns());
        }
    }

    // An in-memory table's rows, hence n - p, fit in an int.
    int residualDegreesOfFreedom() {
        return Math.toIntExact(fit.residualDegreesOfFreedom());
    }

    /** The coefficient of the design column {@code name}, which must be a numeric or true/false term. */
    double coefficient(String name) {
        return fit.coefficient(index(name));
    }

    /** Its classical standard error. */
    double stdError(String name) {
        int j = index(name);
        return Math.sqrt(covariance[j * fit.parameters() + j]);
    }

    /** Its t-statistic. */
    double t(String name) {
        return coefficient(name) / stdError(name);
    }

    private int index(String name) {
        int j = design.indexOf(name);
        if (j < 0) {
            throw new EstimationException(name + " is categorical; the sensitivity analysis needs a numeric or "
                    + "true/false column");
        }
        return j;
    }

    private static double[] values(Column column) {
        if (column.type() == ColumnType.CATEGORICAL) {
            throw new EstimationException(column.name() + " is categorical; the regression needs a numeric or "
                    + "true/false column");
        }
        double[] out = new double[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column.numeric(i);
        }
        return out;
    }
}
