package causal.experiment;

import java.util.LinkedHashMap;

/**
 * CUPED (Deng, Xu, Kohavi and Walker 2013, "Improving the sensitivity of online controlled experiments by
 * utilizing pre-experiment data", WSDM): with a covariate x measured before assignment, θ = cov(y, x)/var(x) on
 * both arms pooled, each unit's y' = y − θ·(x − x̄) with x̄ the pooled mean, then the {@link DifferenceInMeans} of
 * y'. Because x precedes treatment the adjustment leaves the expected difference unchanged and shrinks its variance.
 * Statistics add {@code theta}, {@code unadjusted_difference}, {@code unadjusted_std_error} and
 * {@code variance_reduction} = 1 − SE²(adjusted)/SE²(unadjusted), which is 1 − var(y')/var(y) when the arms share
 * their size and spread (≈ corr(y, x)² in large samples).
 */
public final class Cuped {
    private Cuped() {
    }

    /**
     * {@code controlCovariate[i]} belongs to {@code control[i]}, likewise for treatment. Not modified: any argument.
     */
    public static ArmComparison compare(double[] control, double[] controlCovariate, double[] treatment,
                                        double[] treatmentCovariate, double alpha) {
        Checks.arm(control, 2, "control");
        Checks.arm(treatment, 2, "treatment");
        Checks.arm(controlCovariate, 2, "control covariate");
        Checks.arm(treatmentCovariate, 2, "treatment covariate");
        if (controlCovariate.length != control.length || treatmentCovariate.length != treatment.length) {
            throw new ExperimentException("the covariate needs one value per unit: control has " + control.length
                    + " units and " + controlCovariate.length + " covariate values, treatment " + treatment.length
                    + " and " + treatmentCovariate.length);
        }
        int n = control.length + treatment.length;
        double meanY = (sum(control) + sum(treatment)) / n;
        double meanX = (sum(controlCovariate) + sum(treatmentCovariate)) / n;
        double crossProducts = crossProducts(control, controlCovariate, meanY, meanX)
                + crossProducts(treatment, treatmentCovariate, meanY, meanX);
        double squares = crossProducts(controlCovariate, controlCovariate, meanX, meanX)
                + crossProducts(treatmentCovariate, treatmentCovariate, meanX, meanX);
        double theta = theta(crossProducts, squares);
        return result(DifferenceInMeans.compare(control, treatment, alpha),
                DifferenceInMeans.compare(adjust(control, controlCovariate, theta, meanX),
                        adjust(treatment, treatmentCovariate, theta, meanX), alpha), theta);
    }

    /**
     * One arm's moments: its rows, the means of the outcome y and the covariate x, and about those means
     * {@code Σ(y − ȳ)²}, {@code Σ(x − x̄)²} and {@code Σ(y − ȳ)(x − x̄)}: what a pass over data too large to hold
     * keeps per arm.
     */
    public record ArmMoments(long n, double meanY, double squaresY, double meanX, double squaresX, double cross) {
        ArmSummary summary(String arm) {
            if (n < 2) {
                throw new ExperimentException("the " + arm + " arm needs at least 2 rows, not " + n);
            }
            return new ArmSummary(n, meanY, squaresY / (n - 1));
        }

        /** The adjusted outcome y' = y − θ(x − x̄): mean ȳ − θ(x̄_arm − x̄), squares S_yy − 2θ S_xy + θ² S_xx. */
        ArmSummary adjusted(double theta, double pooledMeanX) {
            double squares = squaresY - 2 * theta * cross + theta * theta * squaresX;
            return new ArmSummary(n, meanY - theta * (meanX - pooledMeanX), Math.max(squares, 0.0) / (n - 1));
        }
    }

    /**
     * {@link #compare(double[], double[], double[], double[], double)} from the arms' moments (equal to rounding):
     * θ over both arms pooled, their moments merged by Chan, Golub and LeVeque's formulas, then the difference in
     * means of y' and of y.
     */
    public static ArmComparison compare(ArmMoments control, ArmMoments treated, double alpha) {
        ArmSummary plainControl = control.summary("control");
        ArmSummary plainTreated = treated.summary("treatment");
        double n0 = control.n();
        double share = treated.n() / (n0 + treated.n());
        double dx = treated.meanX() - control.meanX();
        double dy = treated.meanY() - control.meanY();
        double meanX = control.meanX() + dx * share;
        double between = n0 * share;
        double squares = control.squaresX() + treated.squaresX() + dx * dx * between;
        double crossProducts = control.cross() + treated.cross() + dx * dy * between;
        double theta = theta(crossProducts, squares);
        return result(DifferenceInMeans.compare(plainControl, plainTreated, alpha),
                DifferenceInMeans.compare(control.adjusted(theta, meanX), treated.adjusted(theta, meanX), alpha),
                theta);
    }

    /**
     * θ from the pooled {@code Σ(y − ȳ)(x − x̄)} and {@code Σ(x − x̄)²}: in memory from the rows, streamed from the
     * arms' moments.
     */
    public static double theta(double crossProducts, double squares) {
        if (!(squares > 0)) {
            throw new ExperimentException("the covariate has the same value for every unit, so it cannot reduce "
                    + "variance");
        }
        return crossProducts / squares;
    }

    /** The comparison of the adjusted outcome, with the statistics that say what the adjustment did. */
    public static ArmComparison result(ArmComparison unadjusted, ArmComparison adjusted, double theta) {
        LinkedHashMap<String, Double> statistics = new LinkedHashMap<>(adjusted.statistics());
        statistics.put("theta", theta);
        statistics.put("unadjusted_difference", unadjusted.difference());
        statistics.put("unadjusted_std_error", unadjusted.stdError());
        double ratio = adjusted.stdError() / unadjusted.stdError();
        statistics.put("variance_reduction", 1 - ratio * ratio);
        return new ArmComparison(adjusted.difference(), adjusted.stdError(), adjusted.ciLow(),
                adjusted.ciHigh(), adjusted.pValue(), adjusted.confidence(), statistics);
    }

    private static double[] adjust(double[] y, double[] x, double theta, double meanX) {
        double[] adjusted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            adjusted[i] = y[i] - theta * (x[i] - meanX);
        }
        return adjusted;
    }

    private static double crossProducts(double[] a, double[] b, double meanA, double meanB) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
