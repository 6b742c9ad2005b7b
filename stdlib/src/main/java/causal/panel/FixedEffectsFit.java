package causal.panel;

import java.util.List;

/**
 * The result of {@link FixedEffectsRegression}: the slopes with their inference, and what was absorbed and how the
 * standard errors were corrected, so a report can say exactly which published computation it matches.
 *
 * @param absorbedLevels            the rank of the fixed effects' dummies (see {@link SmallSampleCorrection})
 * @param residualDegreesOfFreedom  n − slopes − absorbedLevels: {@code df.residual} of {@code lm} with dummies
 * @param withinRSquared            1 − RSS / Σ ỹ², ỹ the outcome with the fixed effects removed (fixest's
 *                                  {@code wr2})
 * @param parametersK               the K of the factor (n − 1)/(n − K) that was applied
 * @param clusters                  the smallest number of clusters, 0 when not clustered
 * @param tDegreesOfFreedom         clusters − 1 when clustered, else the residual degrees of freedom
 * @param iterations                the most sweeps any column needed
 * @param notes                     warnings in words (no convergence, a negative variance)
 */
public record FixedEffectsFit(String outcome, List<Coefficient> coefficients, CoefficientCovariance covariance,
        int observations, List<String> fixedEffects, int absorbedLevels, int residualDegreesOfFreedom,
        double residualSumOfSquares, double withinRSquared, String standardErrors, SmallSampleCorrection correction,
        int parametersK, int clusters, int tDegreesOfFreedom, int iterations, boolean converged, List<String> notes) {
    public FixedEffectsFit {
        coefficients = List.copyOf(coefficients);
        fixedEffects = List.copyOf(fixedEffects);
        notes = List.copyOf(notes);
    }

    public Coefficient coefficient(String name) {
        for (Coefficient c : coefficients) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new PanelException("there is no coefficient called " + name + "; the fit has "
                + coefficients.stream().map(Coefficient::name).toList());
    }
}
