package causal.experiment;

/**
 * The mixture likelihood ratio of Johari, Pekelis and Walsh ("Always valid inference: continuous monitoring of A/B
 * tests", Operations Research 70(3), 2022; arXiv 1512.04922, 2015): for a difference estimate θ̂ with variance V and
 * a normal mixing distribution N(θ₀, τ²) over the alternative,
 * Λ = √(V/(V + τ²))·exp(τ²(θ̂ − θ₀)² / (2V(V + τ²))). Rejecting when Λ ≥ 1/α keeps the type I error at α however
 * often one looks (Ville's inequality); inverting the test gives the confidence sequence
 * θ̂ ± √(V(V + τ²)/τ²·(2·ln(1/α) + ln((V + τ²)/V))).
 */
final class MixtureLikelihoodRatio {
    /** The default mixing sd, in units of the metric's per-unit sd: effects of about a tenth of a sd. */
    static final double DEFAULT_MIXING_SD_IN_SDS = 0.1;

    private MixtureLikelihoodRatio() {
    }

    /** Λ for H₀: θ = 0. */
    static double of(double estimate, double variance, double mixingVariance) {
        double total = variance + mixingVariance;
        return Math.sqrt(variance / total)
                * Math.exp(mixingVariance * estimate * estimate / (2 * variance * total));
    }

    static double halfWidth(double variance, double mixingVariance, double alpha) {
        double total = variance + mixingVariance;
        return Math.sqrt(variance * total / mixingVariance * (2 * Math.log(1 / alpha) + Math.log(total / variance)));
    }
}
