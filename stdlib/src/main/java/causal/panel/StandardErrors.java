package causal.panel;

import java.util.List;

/**
 * How the coefficients' covariance is estimated, named as fixest's {@code vcov} argument names it: {@code "iid"},
 * {@code "hetero"} (HC1) and {@code ~cluster} (one-way or multi-way, Cameron, Gelbach and Miller 2011). The
 * small-sample factors are those of {@link SmallSampleCorrection}.
 */
public sealed interface StandardErrors {
    /**
     * {@code σ̂² (X̃'X̃)⁻¹}, σ̂² = RSS / (n − K): {@code vcov(lm(...))} with the fixed effects as dummies.
     */
    record Classical() implements StandardErrors {
        @Override
        public String describe() {
            return "classical (iid)";
        }
    }

    /**
     * White's heteroskedasticity-robust estimator with the HC1 factor n/(n − K):
     * {@code sandwich::vcovHC(type = "HC1")}.
     */
    record Heteroskedastic() implements StandardErrors {
        @Override
        public String describe() {
            return "heteroskedasticity-robust (HC1)";
        }
    }

    /**
     * Cluster-robust by one grouping, or by several through inclusion-exclusion: two-way is V₁ + V₂ − V₁∩₂
     * (Cameron, Gelbach and Miller 2011), as {@code sandwich::vcovCL(cluster = ~ a + b)} and fixest.
     */
    record Clustered(List<Factor> by) implements StandardErrors {
        public Clustered {
            by = List.copyOf(by);
            if (by.isEmpty()) {
                throw new PanelException("clustered standard errors need at least one cluster column");
            }
        }

        @Override
        public String describe() {
            return "clustered by " + String.join(" and ", by.stream().map(Factor::name).toList());
        }
    }

    /** What the fit reports, e.g. {@code clustered by state and year}. */
    String describe();

    static StandardErrors classical() {
        return new Classical();
    }

    static StandardErrors heteroskedastic() {
        return new Heteroskedastic();
    }

    static StandardErrors clustered(Factor by) {
        return new Clustered(List.of(by));
    }

    static StandardErrors twoWayClustered(Factor first, Factor second) {
        return new Clustered(List.of(first, second));
    }
}
