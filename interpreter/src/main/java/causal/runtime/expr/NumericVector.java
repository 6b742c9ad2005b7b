package causal.runtime.expr;

import java.util.Arrays;

/**
 * The values of a numeric expression over one chunk of rows, NaN where missing. A vector belongs to the one node
 * that receives it (expression trees share no subtrees), so that node may write its result over it.
 */
final class NumericVector {
    final double[] values;

    NumericVector(double[] values) {
        this.values = values;
    }

    static NumericVector filled(double value, int length) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return new NumericVector(values);
    }

    int length() {
        return values.length;
    }
}
