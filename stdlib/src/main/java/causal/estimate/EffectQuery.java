package causal.estimate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What to estimate: the effect of {@code treatment} on {@code outcome} over {@code estimand}, adjusting for the
 * identified set {@code adjustment} (sorted) plus the precision covariates {@code controls}. Estimators use both as
 * covariates; an empty union is the naive contrast.
 */
public record EffectQuery(Estimand estimand, String treatment, String outcome, List<String> adjustment,
        List<String> controls) {

    public EffectQuery {
        adjustment = List.copyOf(adjustment);
        controls = List.copyOf(controls);
    }

    /** The adjustment set then the controls, each once, in that order. */
    public List<String> covariates() {
        LinkedHashSet<String> all = new LinkedHashSet<>(adjustment);
        all.addAll(controls);
        return new ArrayList<>(all);
    }

    /** Every column the estimate reads: treatment, outcome and covariates. */
    public List<String> columns() {
        List<String> all = new ArrayList<>();
        all.add(treatment);
        all.add(outcome);
        all.addAll(covariates());
        return all;
    }
}
