package causal.rdd;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of an RD plot (Calonico, Cattaneo and Titiunik 2015, JASA 110(512), as rdrobust's {@code rdplot}): the
 * mean of y in evenly spaced bins on each side of the cutoff, and a global polynomial fitted by least squares to each
 * side, evaluated on an even grid. Bins without rows are left out. rdplot chooses the number of bins from the data
 * ({@code binselect = "esmv"}); here it is an option.
 *
 * @param curveOrder the order actually fitted: the option, lowered on a side with too few distinct values of x
 */
public record BinnedScatter(String outcome, double cutoff, List<Bin> left, List<Bin> right,
        List<CurvePoint> leftCurve, List<CurvePoint> rightCurve, int curveOrder) {

    /**
     * @param bins        bins on each side
     * @param curveOrder  order of the polynomial fitted to each side (rdplot's default p = 4)
     * @param curvePoints points of each side's curve
     */
    public record Options(int bins, int curveOrder, int curvePoints) {
        public static final Options DEFAULTS = new Options(20, 4, 100);

        /** @throws RegressionDiscontinuityException naming the option that is out of range */
        public Options {
            if (bins < 1 || curveOrder < 0 || curveOrder > 10 || curvePoints < 2) {
                throw new RegressionDiscontinuityException("a binned scatter needs at least 1 bin, a curve order "
                        + "from 0 to 10 and at least 2 curve points, not " + bins + ", " + curveOrder + " and "
                        + curvePoints);
            }
        }
    }

    /** One bin: its interval of x, its rows, and the means of x and y over them. */
    public record Bin(double low, double high, int count, double meanX, double meanY) {
    }

    /** A point of a fitted curve. */
    public record CurvePoint(double x, double y) {
    }

    public BinnedScatter {
        left = List.copyOf(left);
        right = List.copyOf(right);
        leftCurve = List.copyOf(leftCurve);
        rightCurve = List.copyOf(rightCurve);
    }

    static BinnedScatter of(String outcome, Side left, Side right, double cutoff, Options options) {
        int order = Math.min(options.curveOrder(), Math.min(left.distinct(), right.distinct()) - 1);
        return new BinnedScatter(outcome, cutoff, bins(left, cutoff, options.bins()), bins(right, cutoff,
                options.bins()), curve(left, cutoff, order, options.curvePoints()),
                curve(right, cutoff, order, options.curvePoints()), order);
    }

    /** Bins of equal width from the cutoff to the farthest row; the bin of a row at the far end is the last. */
    private static List<Bin> bins(Side side, double cutoff, int count) {
        double range = side.range();
        double width = range / count;
        int[] rows = new int[count];
        double[] sumU = new double[count];
        double[] sumY = new double[count];
        double[] y = side.columns[0];
        for (int i = 0; i < side.size(); i++) {
            int k = Math.min((int) (Math.abs(side.u[i]) / width), count - 1);
            rows[k]++;
            sumU[k] += side.u[i];
            sumY[k] += y[i];
        }
        boolean leftSide = side.u[0] < 0;
        List<Bin> bins = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            // Left of the cutoff the bins run from the far end towards the cutoff.
            int k = leftSide ? count - 1 - j : j;
            if (rows[k] == 0) {
                continue;
            }
            double near = k * width;
            double far = k == count - 1 ? range : (k + 1) * width;
            double low = leftSide ? cutoff - far : cutoff + near;
            double high = leftSide ? cutoff - near : cutoff + far;
            bins.add(new Bin(low, high, rows[k], cutoff + sumU[k] / rows[k], sumY[k] / rows[k]));
        }
        return bins;
    }

    private static List<CurvePoint> curve(Side side, double cutoff, int order, int points) {
        double range = side.range();
        LocalFit fit = LocalFit.of(side, Kernel.UNIFORM, order, range);
        double sign = side.u[0] < 0 ? -1 : 1;
        List<CurvePoint> curve = new ArrayList<>(points);
        for (int j = 0; j < points; j++) {
            // From the far end to the cutoff on the left, from the cutoff outwards on the right.
            double distance = range * (sign < 0 ? points - 1 - j : j) / (points - 1);
            double u = sign * distance;
            curve.add(new CurvePoint(cutoff + u, fit.predict(0, u)));
        }
        return curve;
    }
}
