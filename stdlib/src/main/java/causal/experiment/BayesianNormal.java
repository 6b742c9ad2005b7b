package causal.experiment;

import causal.inference.ZStatistic;
import java.util.LinkedHashMap;

/**
 * Normal-normal comparison of a continuous metric: the difference in means d̂ with variance se² = s₁²/n₁ + s₂²/n₂
 * is the likelihood of the true difference D, the prior N(μ₀, τ²) is on D, and the posterior is normal with
 * precision 1/se² + 1/τ² and mean (d̂/se² + μ₀/τ²)/precision (the conjugate update, Gelman et al., "Bayesian Data
 * Analysis", 3rd ed., §2.5; with a flat prior the posterior is N(d̂, se²), as in GrowthBook's engine). Reports
 * P(D > 0) = Φ(m/s), the expected losses E[max(−D, 0)] = s·φ(m/s) − m·Φ(−m/s) (choosing treatment) and
 * E[max(D, 0)] = s·φ(m/s) + m·Φ(m/s) (choosing control), and the interval m ± z_{1−α/2}·s; the p-value is NaN.
 */
public final class BayesianNormal {
    private BayesianNormal() {
    }

    public static ArmComparison compare(double[] control, double[] treatment, NormalPrior prior, double alpha) {
        return compare(ArmSummary.of(control, "control"), ArmSummary.of(treatment, "treatment"), prior, alpha);
    }

    public static ArmComparison compare(ArmSummary control, ArmSummary treatment, NormalPrior prior, double alpha) {
        Checks.openUnit(alpha, "alpha");
        if (prior == null) {
            throw new ExperimentException("a Bayesian comparison needs a normal prior (NormalPrior.FLAT for none)");
        }
        double observed = treatment.mean() - control.mean();
        double likelihoodVariance = control.varianceOfMean() + treatment.varianceOfMean();
        Inference.requireVariance(likelihoodVariance);
        double priorPrecision = 1 / (prior.sd() * prior.sd());
        double precision = 1 / likelihoodVariance + priorPrecision;
        double mean = (observed / likelihoodVariance + prior.mean() * priorPrecision) / precision;
        double sd = Math.sqrt(1 / precision);
        double z = mean / sd;
        double density = ZStatistic.density(z);
        LinkedHashMap<String, Double> statistics = Inference.armStatistics(control, treatment);
        statistics.put("prob_better", ZStatistic.cumulative(z));
        statistics.put("expected_loss",
                sd * density - mean * ZStatistic.cumulative(-z));
        statistics.put("expected_loss_control",
                sd * density + mean * ZStatistic.cumulative(z));
        return Inference.symmetric(mean, sd, ZStatistic.criticalForAlpha(alpha), Double.NaN, alpha,
                statistics);
    }
}
