package causal.random;

/**
 * Reads and checks the parameter columns of {@link Distribution#sample}: a column has one value (a constant) or one
 * per row. Checks run once over each column before any draw, so a bad value fails before anything is drawn.
 */
final class ParameterColumns {
    private ParameterColumns() {
    }

    /** Column {@code k} of {@code params}, checked to hold 1 or {@code rows} values. Not modified. */
    static double[] column(Distribution d, double[][] params, int k, int rows) {
        int expected = d instanceof Categorical ? params.length : d.parameterCount();
        if (params.length != expected) {
            throw new IllegalArgumentException(d.signature() + " takes " + expected + " parameter columns, not "
                    + params.length);
        }
        double[] column = params[k];
        if (column.length != 1 && column.length != rows) {
            throw new IllegalArgumentException(d.name() + ": parameter " + parameterName(d, k) + " has "
                    + column.length + " values for " + rows + " rows");
        }
        return column;
    }

    /** 0 for a constant column, 1 for a column per row: the index of row i is {@code i * step}. */
    static int step(double[] column) {
        return column.length == 1 ? 0 : 1;
    }

    static void requireFinite(Distribution d, String name, double[] column) {
        for (int i = 0; i < column.length; i++) {
            if (!Double.isFinite(column[i])) {
                throw invalid(d, name, column[i], i, "a finite number");
            }
        }
    }

    static void requireAtLeast(Distribution d, String name, double[] column, double min) {
        for (int i = 0; i < column.length; i++) {
            if (!(column[i] >= min) || column[i] == Double.POSITIVE_INFINITY) {
                throw invalid(d, name, column[i], i, "at least " + format(min));
            }
        }
    }

    static void requirePositive(Distribution d, String name, double[] column) {
        for (int i = 0; i < column.length; i++) {
            if (!(column[i] > 0) || column[i] == Double.POSITIVE_INFINITY) {
                throw invalid(d, name, column[i], i, "positive");
            }
        }
    }

    static void requireProbability(Distribution d, String name, double[] column) {
        for (int i = 0; i < column.length; i++) {
            if (!(column[i] >= 0 && column[i] <= 1)) {
                throw invalid(d, name, column[i], i, "between 0 and 1");
            }
        }
    }

    static IllegalArgumentException invalid(Distribution d, String name, double value, int row, String rule) {
        return new IllegalArgumentException(d.name() + ": " + name + " must be " + rule + " but is " + format(value)
                + " at row " + row);
    }

    /** Whole numbers without a decimal point, as a user wrote them: {@code -1}, not {@code -1.0}. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String parameterName(Distribution d, int k) {
        return d instanceof Categorical ? "p" + (k + 1) : d.parameterNames().get(k);
    }
}
