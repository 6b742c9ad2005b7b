package causal.panel;

/**
 * Arithmetic on influence functions in did's scale (one value per unit, SE = √(Σψ²)/n): weighted sums of ATT(g,t)
 * influence functions and the term for weights that are themselves estimated cohort shares, as
 * {@code did:::get_agg_inf_func} and {@code did:::wif}.
 */
final class InfluenceFunctions {
    private InfluenceFunctions() {
    }

    /** Σₖ weights[k] · psi[keep[k]]. */
    static double[] weighted(double[][] psi, int[] keep, double[] weights) {
        double[] out = new double[psi[keep[0]].length];
        for (int k = 0; k < keep.length; k++) {
            double w = weights[k];
            double[] column = psi[keep[k]];
            for (int i = 0; i < out.length; i++) {
                out[i] += w * column[i];
            }
        }
        return out;
    }

    /**
     * Adds Σₖ wifₖ · attₖ, the effect of estimating the weights pₖ/Σp, pₖ the share of units in the k-th part's
     * cohort: wifₖ(i) = (1{Gᵢ = gₖ} − pₖ)/S − Σⱼ(1{Gᵢ = gⱼ} − pⱼ) · pₖ/S², S = Σp. Per unit this is
     * (Aᵢ − P)/S − (Cᵢ − S) P/S² with Aᵢ the sum of att over the parts of unit i's cohort, Cᵢ their count and
     * P = Σ pₖ attₖ. Modified: out.
     *
     * @param unitCohort per unit, the cohort index, −1 for units outside every cohort
     * @param cohort     per part, its cohort index
     */
    static void addWeightEstimation(double[] out, int[] unitCohort, int[] cohort, double[] share, double[] att,
            int cohorts) {
        double s = 0;
        double p = 0;
        double[] attSum = new double[cohorts];
        int[] count = new int[cohorts];
        for (int k = 0; k < cohort.length; k++) {
            s += share[k];
            p += share[k] * att[k];
            attSum[cohort[k]] += att[k];
            count[cohort[k]]++;
        }
        for (int i = 0; i < out.length; i++) {
            int g = unitCohort[i];
            double a = g < 0 ? 0 : attSum[g];
            double c = g < 0 ? 0 : count[g];
            out[i] += (a - p) / s - (c - s) * p / (s * s);
        }
    }

    /** √(Σψ²)/n, did's {@code sqrt(mean(psi^2)/n)}; NaN when ψ is identically 0 (a cell fixed at 0). */
    static double standardError(double[] psi) {
        double sum = 0;
        for (double v : psi) {
            sum += v * v;
        }
        return sum == 0 ? Double.NaN : Math.sqrt(sum) / psi.length;
    }
}
