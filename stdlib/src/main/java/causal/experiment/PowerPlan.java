package causal.experiment;

/**
 * What an experiment is planned to detect and how: the effect, the significance level {@code alpha}, the
 * alternative, the allocation ratio (treatment units per control unit), cluster randomization, and R's {@code strict}
 * flag (count the rejections in the wrong tail towards power, two-sided only). {@link #of(Effect)} gives R's
 * defaults: alpha 0.05, two-sided, equal arms, units randomized, not strict.
 */
public record PowerPlan(Effect effect, double alpha, Alternative alternative, double allocationRatio,
                        ClusterDesign cluster, boolean strict) {
    public PowerPlan {
        if (effect == null) {
            throw new ExperimentException("a power plan needs an effect to detect");
        }
        Checks.openUnit(alpha, "alpha");
        if (alternative == null) {
            throw new ExperimentException("a power plan needs an alternative, two-sided or one-sided");
        }
        Checks.positive(allocationRatio, "the allocation ratio");
        if (cluster == null) {
            throw new ExperimentException("a power plan needs a cluster design (ClusterDesign.NONE for units)");
        }
    }

    public static PowerPlan of(Effect effect) {
        return new PowerPlan(effect, 0.05, Alternative.TWO_SIDED, 1, ClusterDesign.NONE, false);
    }

    public PowerPlan withAlpha(double level) {
        return new PowerPlan(effect, level, alternative, allocationRatio, cluster, strict);
    }

    public PowerPlan withAlternative(Alternative sides) {
        return new PowerPlan(effect, alpha, sides, allocationRatio, cluster, strict);
    }

    public PowerPlan withAllocationRatio(double treatmentPerControl) {
        return new PowerPlan(effect, alpha, alternative, treatmentPerControl, cluster, strict);
    }

    public PowerPlan withCluster(ClusterDesign design) {
        return new PowerPlan(effect, alpha, alternative, allocationRatio, design, strict);
    }

    public PowerPlan withStrict(boolean countOtherTail) {
        return new PowerPlan(effect, alpha, alternative, allocationRatio, cluster, countOtherTail);
    }

    public PowerPlan withEffect(Effect other) {
        return new PowerPlan(other, alpha, alternative, allocationRatio, cluster, strict);
    }
}
