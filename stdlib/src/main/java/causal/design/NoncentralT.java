package causal.design;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The noncentral t distribution's CDF, which Commons Math lacks: with T = (Z + δ) / sqrt(V / ν), Z standard normal
 * and V chi-square with ν degrees of freedom, P(T ≤ t) = E[Φ(t·sqrt(V/ν) − δ)], integrated over V by Gauss-Legendre
 * quadrature after the substitution V = s² (finite integrand even for ν = 1). Agrees with R's {@code pt(q, df, ncp)}
 * to about 1e-10.
 */
final class NoncentralT {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private NoncentralT() {
    }

    static double cdf(double t, double df, double ncp) {
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, df);
        double lowS = Math.sqrt(chi.inverseCumulativeProbability(1e-14));
        double highS = Math.sqrt(chi.inverseCumulativeProbability(1.0 - 1e-14));
        double logNorm = -(df / 2.0) * Math.log(2.0) - Gamma.logGamma(df / 2.0);
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-13, 1e-15);
        return integrator.integrate(10_000, s -> {
            double v = s * s;
            // density of V at v, times dv/ds = 2s
            double density = Math.exp(logNorm + (df / 2.0 - 1.0) * Math.log(v) - v / 2.0) * 2.0 * s;
            return density * STANDARD_NORMAL.cumulativeProbability(t * Math.sqrt(v / df) - ncp);
        }, lowS, highS);
    }
}
