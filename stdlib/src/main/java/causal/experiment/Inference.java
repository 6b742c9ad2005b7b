package causal.experiment;

import java.util.LinkedHashMap;

/** What the comparisons share: the statistics every one reports. */
final class Inference {
    private Inference() {
    }

    /** A comparison with a symmetric interval estimate ± critical·se. */
    static ArmComparison symmetric(double difference, double se, double critical, double pValue,
                                   double alpha, LinkedHashMap<String, Double> statistics) {
        return new ArmComparison(difference, se, difference - critical * se, difference + critical * se,
                pValue, 1 - alpha, statistics);
    }

    /** control_mean, treatment_mean, relative_lift (omitted when the control mean is 0), control_n, treatment_n. */
    static LinkedHashMap<String, Double> armStatistics(String meanWord, double controlMean, double treatmentMean,
                                                      long controlN, long treatmentN) {
        LinkedHashMap<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("control_" + meanWord, controlMean);
        statistics.put("treatment_" + meanWord, treatmentMean);
        if (controlMean != 0) {
            statistics.put("relative_lift", (treatmentMean - controlMean) / Math.abs(controlMean));
        }
        statistics.put("control_n", (double) controlN);
        statistics.put("treatment_n", (double) treatmentN);
        return statistics;
    }

    static LinkedHashMap<String, Double> armStatistics(ArmSummary control, ArmSummary treatment) {
        LinkedHashMap<String, Double> statistics = armStatistics("mean", control.mean(), treatment.mean(),
                control.n(), treatment.n());
        statistics.put("control_sd", Math.sqrt(control.variance()));
        statistics.put("treatment_sd", Math.sqrt(treatment.variance()));
        return statistics;
    }

    static void requireVariance(double standardError) {
        if (!(standardError > 0)) {
            throw new ExperimentException("both arms have zero variance, so the difference has no standard error");
        }
    }
}
