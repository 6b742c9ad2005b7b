package causal.estimate;

import causal.experiment.SampleRatioMismatch;
import causal.inference.WaldInterval;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The estimate of a cluster-randomized experiment from its summary, in memory, streamed or on a distributed engine
 * alike: the difference in means with the CR1 error {@code √(G/(G − 1) · (n − 1)/(n − 2) · meat)}, t with G − 1
 * degrees of freedom, the design effect (the CR1 meat over the iid one), the sample-ratio check over clusters, and
 * the notes that say so.
 */
public final class ClusterRandomizedComparison {
    private ClusterRandomizedComparison() {
    }

    /**
     * @param meat            Σ over clusters of the squared cluster scores
     * @param iid             the same sum over rows, as if rows were randomized
     * @param controlClusters how many of the {@code clusters} are in the control arm
     */
    public static Estimate of(EffectQuery query, String keyword, String controlLevel, String treatedLevel,
                              double controlMean, double treatmentMean, long rows, int clusters,
                              int controlClusters, double meat, double iid) {
        Design.Experiment design = (Design.Experiment) query.design();
        double factor = (double) clusters / (clusters - 1) * (rows - 1.0) / (rows - 2.0);
        double se = Math.sqrt(factor * meat);
        double difference = treatmentMean - controlMean;
        WaldInterval inference = WaldInterval.studentT(difference, se, clusters - 1, Estimate.CONFIDENCE_LEVEL);
        double srm = SampleRatioMismatch.check(controlClusters, clusters - controlClusters,
                design.plannedControlShare()).pValue();
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("control_mean", controlMean);
        statistics.put("treatment_mean", treatmentMean);
        statistics.put("clusters", (double) clusters);
        statistics.put("design_effect", meat / iid);
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm \"" + treatedLevel + "\" compared with control \"" + controlLevel + "\"; " + clusters
                + " clusters of " + design.cluster().orElseThrow() + " randomized, cluster-robust (CR1) standard "
                + "error with " + (clusters - 1) + " degrees of freedom");
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(Printf.format("sample ratio mismatch: %d control and %d treatment "
                    + "clusters against a planned %.0f%% control (p = %.2g)", controlClusters,
                    clusters - controlClusters, 100 * design.plannedControlShare(), srm));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, difference, se,
                inference.low(), inference.high(), inference.pValue(), (int) Math.min(rows, Integer.MAX_VALUE),
                statistics, Optional.empty(), notes);
    }
}
