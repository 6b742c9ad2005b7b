package causal.panel;

import org.ejml.data.DMatrixRMaj;

import java.util.List;

/**
 * The slopes' columns of a fixed-effects regression, with their names. No intercept: the fixed effects take its
 * place. The arrays are read, never modified.
 */
public final class Regressors {
    private final List<String> names;
    private final double[][] columns;

    private Regressors(List<String> names, double[][] columns) {
        this.names = List.copyOf(names);
        this.columns = columns;
    }

    /** One array per regressor, all of the same length. Not modified, not copied: columns. */
    public static Regressors of(List<String> names, double[][] columns) {
        if (names.size() != columns.length) {
            throw new PanelException("there are " + names.size() + " regressor names for " + columns.length
                    + " columns");
        }
        if (columns.length == 0) {
            throw new PanelException("a fixed-effects regression needs at least one regressor");
        }
        for (int j = 1; j < columns.length; j++) {
            if (columns[j].length != columns[0].length) {
                throw new PanelException(names.get(j) + " has " + columns[j].length + " rows, but "
                        + names.get(0) + " has " + columns[0].length);
            }
        }
        return new Regressors(names, columns);
    }

    /** One regressor. */
    public static Regressors of(String name, double[] column) {
        return of(List.of(name), new double[][] {column});
    }

    /** The columns of an EJML matrix, one row per observation (copied into columns). Not modified: matrix. */
    public static Regressors of(List<String> names, DMatrixRMaj matrix) {
        int n = matrix.numRows;
        int k = matrix.numCols;
        double[][] columns = new double[k][n];
        double[] data = matrix.data;
        for (int i = 0; i < n; i++) {
            int base = i * k;
            for (int j = 0; j < k; j++) {
                columns[j][i] = data[base + j];
            }
        }
        return of(names, columns);
    }

    public List<String> names() {
        return names;
    }

    public int count() {
        return columns.length;
    }

    public int rows() {
        return columns[0].length;
    }

    double[] column(int j) {
        return columns[j];
    }
}
