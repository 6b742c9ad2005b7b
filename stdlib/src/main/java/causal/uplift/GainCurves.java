package causal.uplift;

import java.util.ArrayList;
import java.util.List;

/**
 * The Qini and uplift curves of a ranking, as scikit-uplift 0.5's {@code qini_curve} and {@code uplift_curve}.
 * Rows are taken in decreasing order of the score; a point is placed after each run of equal scores (tied rows enter
 * together) and the curve starts at {@code (0, 0)}. After the top {@code k} rows, with {@code N_T, N_C} the treated
 * and control rows among them and {@code Y_T, Y_C} their outcome sums:
 * <pre>
 *   qini(k)   = Y_T - Y_C · N_T / N_C                      (Radcliffe 2007; Y_T when N_C = 0)
 *   uplift(k) = (Y_T / N_T - Y_C / N_C) · k                (a mean over an empty arm counts as 0)
 * </pre>
 */
record GainCurves(List<CurvePoint> qini, List<CurvePoint> uplift) {

    /** The curves of ranking the rows by {@code score}. Not modified: score, treatment, outcome. */
    static GainCurves of(double[] score, double[] treatment, double[] outcome) {
        int[] order = RowOrder.descending(score);
        List<CurvePoint> qini = new ArrayList<>();
        List<CurvePoint> uplift = new ArrayList<>();
        qini.add(new CurvePoint(0, 0));
        uplift.add(new CurvePoint(0, 0));
        int treated = 0;
        double treatedSum = 0;
        double controlSum = 0;
        for (int k = 0; k < order.length; k++) {
            int row = order[k];
            if (treatment[row] == 1) {
                treated++;
                treatedSum += outcome[row];
            } else {
                controlSum += outcome[row];
            }
            if (k + 1 < order.length && score[order[k + 1]] == score[row]) {
                continue;
            }
            int targeted = k + 1;
            int control = targeted - treated;
            double controlScale = control == 0 ? 0 : (double) treated / control;
            qini.add(new CurvePoint(targeted, treatedSum - controlSum * controlScale));
            double treatedMean = treated == 0 ? 0 : treatedSum / treated;
            double controlMean = control == 0 ? 0 : controlSum / control;
            uplift.add(new CurvePoint(targeted, (treatedMean - controlMean) * targeted));
        }
        return new GainCurves(List.copyOf(qini), List.copyOf(uplift));
    }

    /** The trapezoidal area under a curve, as scikit-learn's {@code auc}. */
    static double area(List<CurvePoint> curve) {
        double area = 0;
        for (int k = 1; k < curve.size(); k++) {
            CurvePoint a = curve.get(k - 1);
            CurvePoint b = curve.get(k);
            area += (b.targeted() - a.targeted()) * (a.value() + b.value()) / 2;
        }
        return area;
    }

    /** The area under the straight line from {@code (0, 0)} to the curve's last point: random targeting. */
    static double randomArea(List<CurvePoint> curve) {
        CurvePoint last = curve.get(curve.size() - 1);
        return last.targeted() * last.value() / 2;
    }

    /** The area between the curve and random targeting, scikit-uplift's numerator. */
    static double areaAboveRandom(List<CurvePoint> curve) {
        return area(curve) - randomArea(curve);
    }
}
