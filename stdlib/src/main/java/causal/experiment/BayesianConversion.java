package causal.experiment;

import java.util.LinkedHashMap;

/**
 * Beta-binomial comparison of conversion rates: with a beta(a, b) prior, an arm with x conversions out of n has
 * posterior Beta(a + x, b + n − x). Reports the posterior mean of B − A (treatment − control), its posterior sd, the
 * equal-tailed 1 − alpha credible interval, P(B > A) by Miller's exact sum and the expected loss of choosing either
 * arm (see {@link BetaDifference}); the p-value is NaN. Statistics: {@code prob_better},
 * {@code expected_loss} = E[max(A − B, 0)], {@code expected_loss_control} = E[max(B − A, 0)], the
 * posterior rates and shapes. Beta(1, 1), 100/1000 against 120/1000: P(B > A) = 0.9231834, as R's
 * {@code integrate(function(x) dbeta(x, 101, 901) * pbeta(x, 121, 881, lower.tail = FALSE), 0, 1)}.
 */
public final class BayesianConversion {
    private BayesianConversion() {
    }

    public static ArmComparison compare(long controlConversions, long controlUnits, long treatmentConversions,
                                        long treatmentUnits, BetaPrior prior, double alpha) {
        Checks.counts(controlConversions, controlUnits, "control");
        Checks.counts(treatmentConversions, treatmentUnits, "treatment");
        Checks.openUnit(alpha, "alpha");
        if (prior == null) {
            throw new ExperimentException("a Bayesian comparison needs a beta prior, e.g. beta(1, 1)");
        }
        double alphaA = prior.a() + controlConversions;
        double betaA = prior.b() + controlUnits - controlConversions;
        double alphaB = prior.a() + treatmentConversions;
        double betaB = prior.b() + treatmentUnits - treatmentConversions;
        BetaDifference posterior = new BetaDifference(alphaA, betaA, alphaB, betaB);
        LinkedHashMap<String, Double> statistics = Inference.armStatistics("rate", posterior.meanA(),
                posterior.meanB(), controlUnits, treatmentUnits);
        statistics.put("prob_better", posterior.probabilityBGreater());
        statistics.put("expected_loss", posterior.expectedLossOfB());
        statistics.put("expected_loss_control", posterior.expectedLossOfA());
        statistics.put("control_alpha", alphaA);
        statistics.put("control_beta", betaA);
        statistics.put("treatment_alpha", alphaB);
        statistics.put("treatment_beta", betaB);
        return new ArmComparison(posterior.meanB() - posterior.meanA(), Math.sqrt(posterior.variance()),
                posterior.quantile(alpha / 2), posterior.quantile(1 - alpha / 2), Double.NaN, 1 - alpha,
                statistics);
    }

    /** From rows of 0 and 1. Not modified: {@code control}, {@code treatment}. */
    public static ArmComparison compare(double[] control, double[] treatment, BetaPrior prior, double alpha) {
        return compare(TwoProportionZTest.conversions(control, "control"), control.length,
                TwoProportionZTest.conversions(treatment, "treatment"), treatment.length, prior, alpha);
    }
}
