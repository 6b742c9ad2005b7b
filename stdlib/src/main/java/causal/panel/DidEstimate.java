package causal.panel;

import java.util.List;
import java.util.Optional;

/**
 * A two-way fixed-effects difference-in-differences estimate: the coefficient of treated × post with unit and period
 * fixed effects ({@code fixest::feols(y ~ treated:post | unit + time)}), the regression behind it, the 2×2 of means
 * for comparison (empty when a cell of treated × post has no rows, as when post is 1 only for treated
 * units) and when units adopted treatment.
 */
public record DidEstimate(Coefficient att, FixedEffectsFit fit, Optional<TwoByTwo> twoByTwo, Adoption adoption,
        List<String> notes) {
    public DidEstimate {
        notes = List.copyOf(notes);
    }
}
