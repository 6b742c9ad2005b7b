package causal.experiment;

/**
 * The units an experiment needs: {@code exactControl} is the root of power(n) = target (what R's
 * {@code power.prop.test} and {@code power.t.test} print as n), times the design effect; the arms are it rounded up,
 * the treatment arm scaled by the allocation ratio first. Clusters are units over the mean cluster size, rounded up.
 */
public record SampleSize(double exactControl, long control, long treatment, double designEffect,
                         long controlClusters, long treatmentClusters, double targetPower, double achievedPower) {

    public long total() {
        return control + treatment;
    }
}
