package causal.rdd;

import java.util.List;

/**
 * The estimated jump of each covariate at the cutoff, one sharp RD estimate per covariate in the order given. With
 * no manipulation, covariates determined before treatment are continuous at the cutoff, so their robust intervals
 * should cover zero (Lee and Lemieux 2010, J. Econ. Lit. 48(2); Cattaneo, Idrobo and Titiunik 2020, "A Practical
 * Introduction to Regression Discontinuity Designs").
 */
public record CovariateBalance(String running, double cutoff, List<DiscontinuityEstimate> covariates) {
    public CovariateBalance {
        covariates = List.copyOf(covariates);
    }

    /** The covariates whose robust p-value is below {@code 1 - level}, in the order given. */
    public List<DiscontinuityEstimate> imbalanced(double level) {
        return covariates.stream().filter(e -> e.robust().pValue() < 1 - level).toList();
    }
}
