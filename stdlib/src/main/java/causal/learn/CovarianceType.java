package causal.learn;

/** The heteroskedasticity-consistent covariances of {@code sandwich::vcovHC}. */
public enum CovarianceType {
    /** White's estimator, no small-sample correction. */
    HC0,
    /** HC0 times {@code n / (n - p)}: Stata's {@code robust}, sandwich's default for lm. */
    HC1,
    /** Each squared residual divided by {@code (1 - h_ii)^2}: the jackknife-like MacKinnon-White estimator. */
    HC3
}
