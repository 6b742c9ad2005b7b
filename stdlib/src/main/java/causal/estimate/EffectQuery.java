package causal.estimate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What to estimate: the effect of {@code treatment} on {@code outcome} over {@code estimand}, adjusting for the
 * identified set {@code adjustment} (sorted) plus the precision covariates {@code controls}. Estimators use both as
 * covariates; an empty union is the naive contrast. {@code design} says how the data came about (observational
 * unless a design is declared) and names the design's own columns.
 */
public record EffectQuery(Estimand estimand, String treatment, String outcome, List<String> adjustment,
        List<String> controls, Design design, List<String> modifiers) {

    public EffectQuery {
        adjustment = List.copyOf(adjustment);
        controls = List.copyOf(controls);
        Objects.requireNonNull(design, "design");
        modifiers = List.copyOf(modifiers);
    }

    /** A query without effect modifiers. */
    public EffectQuery(Estimand estimand, String treatment, String outcome, List<String> adjustment,
            List<String> controls, Design design) {
        this(estimand, treatment, outcome, adjustment, controls, design, List.of());
    }

    /** An observational query. */
    public EffectQuery(Estimand estimand, String treatment, String outcome, List<String> adjustment,
            List<String> controls) {
        this(estimand, treatment, outcome, adjustment, controls, Design.observational());
    }

    /** The adjustment set, the controls, then the effect modifiers, each once, in that order. */
    public List<String> covariates() {
        LinkedHashSet<String> all = new LinkedHashSet<>(adjustment);
        all.addAll(controls);
        all.addAll(modifiers);
        return new ArrayList<>(all);
    }

    /** Every column the estimate reads: treatment, outcome, covariates and the design's columns. */
    public List<String> columns() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(treatment);
        all.add(outcome);
        all.addAll(covariates());
        if (design instanceof Design.Experiment e) {
            e.cluster().ifPresent(all::add);
        } else if (design instanceof Design.Instruments iv) {
            all.addAll(iv.instruments());
        } else if (design instanceof Design.Frontdoor f) {
            all.addAll(f.mediators());
        } else if (design instanceof Design.DifferenceInDifferences d) {
            all.add(d.unit());
            all.add(d.time());
            all.add(d.post());
        }
        return new ArrayList<>(all);
    }
}
