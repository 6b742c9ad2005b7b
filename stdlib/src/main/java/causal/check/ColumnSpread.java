package causal.check;

import causal.data.Column;
import causal.data.ColumnType;
import causal.estimate.EstimationException;

/** The sample standard deviation of a numeric or true/false column, over its values that are not missing. */
final class ColumnSpread {
    private ColumnSpread() {
    }

    /**
     * R's {@code sd(x, na.rm = TRUE)}: NaN with fewer than two values. {@code user} names what needs it in the error
     * for a categorical column.
     */
    static double standardDeviation(Column column, String user) {
        if (column.type() == ColumnType.CATEGORICAL) {
            throw new EstimationException("the outcome " + column.name() + " is categorical; " + user
                    + " needs a numeric or true/false outcome");
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                sum += column.numeric(i);
                n++;
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                double d = column.numeric(i) - mean;
                squares += d * d;
            }
        }
        return n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
    }
}
