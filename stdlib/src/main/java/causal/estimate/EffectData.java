package causal.estimate;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.DataLocation;
import causal.data.Table;
import causal.learn.CollinearColumnsException;
import causal.learn.DesignMatrix;
import causal.learn.PerfectSeparationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The columns of one estimate as primitive arrays and design matrices, with the checks every estimator shares: a
 * numeric outcome, a numeric (or 0/1) treatment, both groups present, and library failures reworded for users.
 */
final class EffectData {
    private final Table table;
    private final EffectQuery query;
    private final String estimator;

    EffectData(Table table, EffectQuery query, String estimator) {
        this.table = table;
        this.query = query;
        this.estimator = estimator;
        for (String name : query.columns()) {
            if (!table.has(name)) {
                throw new EstimationException("there is no column " + name + " in " + table.source(),
                        DataLocation.file(table.source()));
            }
        }
        if (table.rowCount() == 0) {
            throw new EstimationException("no rows are left to estimate from", DataLocation.file(table.source()));
        }
    }

    int rows() {
        return table.rowCount();
    }

    EffectQuery query() {
        return query;
    }

    /** The outcome's values (booleans as 0/1). */
    double[] outcome() {
        return numeric(query.outcome(), "outcome");
    }

    /** Checks that the treatment is numeric or boolean; any number is allowed, e.g. a dose. */
    void requireNumericTreatment() {
        requireNotCategorical(query.treatment(), "treatment");
    }

    /**
     * The treatment as 0/1 with at least one row of each.
     *
     * @throws TreatmentNotBinaryException at the first value that is not 0, 1, true or false
     */
    double[] binaryTreatment() {
        String name = query.treatment();
        Column column = table.column(name);
        if (column instanceof CategoricalColumn categorical) {
            throw notBinary(0, categorical.level(0));
        }
        double[] t = new double[table.rowCount()];
        int treated = 0;
        for (int i = 0; i < t.length; i++) {
            double v = column.numeric(i);
            if (v != 0.0 && v != 1.0) {
                throw notBinary(i, column.text(i));
            }
            t[i] = v;
            treated += (int) v;
        }
        if (treated == 0 || treated == t.length) {
            throw new EstimationException("every row has " + name + " = " + (treated == 0 ? "0" : "1") + ": " + estimator
                    + " needs both treated and control rows", DataLocation.column(table.source(), name));
        }
        return t;
    }

    /** An intercept, then the covariates of the query, expanded. */
    DesignMatrix covariateDesign() {
        return DesignMatrix.of(table, query.covariates());
    }

    /** An intercept, the treatment, then the covariates: R's {@code y ~ t + x1 + …}. */
    DesignMatrix designWithTreatment() {
        List<String> terms = new ArrayList<>();
        terms.add(query.treatment());
        terms.addAll(query.covariates());
        return DesignMatrix.of(table, terms);
    }

    /** Runs a fit, rewording collinearity and separation for the user; {@code model} names the model in messages. */
    static <T> T fitting(String model, Supplier<T> fit) {
        try {
            return fit.get();
        } catch (CollinearColumnsException e) {
            throw new SingularDesignException("the " + model + " cannot be fitted: " + e.getMessage(), e.columns());
        } catch (PerfectSeparationException e) {
            throw new EstimationException("no overlap between treated and control rows: " + e.getMessage());
        }
    }

    private void requireNotCategorical(String name, String role) {
        if (table.column(name) instanceof CategoricalColumn) {
            throw new EstimationException("the " + role + " " + name + " is categorical; " + estimator
                    + " needs a numeric or true/false " + role, DataLocation.column(table.source(), name));
        }
    }

    /** A numeric or true/false column as numbers (true = 1); {@code role} names it in errors. */
    double[] numeric(String name, String role) {
        requireNotCategorical(name, role);
        Column column = table.column(name);
        double[] out = new double[table.rowCount()];
        if (column instanceof BooleanColumn flag) {
            for (int i = 0; i < out.length; i++) {
                out[i] = flag.get(i) ? 1.0 : 0.0;
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = column.numeric(i);
            }
        }
        return out;
    }

    private TreatmentNotBinaryException notBinary(int row, String value) {
        String name = query.treatment();
        return new TreatmentNotBinaryException(estimator + " needs a binary treatment (0/1 or true/false) but "
                + name + " is " + value + " in row " + (row + 1), DataLocation.cell(table.source(), row + 1, name), name);
    }
}
