package causal.runtime.nodes;

import causal.estimate.Estimate;
import causal.experiment.MultipleTesting;
import causal.output.Result;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code correct by bh | bonferroni | holm}: the p-values of several metrics adjusted together, as R's
 * {@code p.adjust}. Each estimate keeps its own p-value and gains {@code p_adjusted} and a note.
 */
final class MultipleOutcomes {
    private MultipleOutcomes() {
    }

    static List<Result.EstimateResult> adjust(List<Result.EstimateResult> results, String method) {
        double[] p = new double[results.size()];
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (Double.isFinite(results.get(i).estimate().pValue())) {
                tested.add(i);
            }
        }
        double[] raw = tested.stream().mapToDouble(i -> results.get(i).estimate().pValue()).toArray();
        double[] adjusted = raw.length == 0 ? raw : switch (method) {
            case "bonferroni" -> MultipleTesting.bonferroni(raw);
            case "holm" -> MultipleTesting.holm(raw);
            default -> MultipleTesting.benjaminiHochberg(raw);
        };
        java.util.Arrays.fill(p, Double.NaN);
        for (int k = 0; k < tested.size(); k++) {
            p[tested.get(k)] = adjusted[k];
        }
        List<Result.EstimateResult> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result.EstimateResult r = results.get(i);
            Estimate e = r.estimate();
            Map<String, Double> statistics = new LinkedHashMap<>(e.statistics());
            statistics.put("p_adjusted", p[i]);
            List<String> notes = new ArrayList<>(e.notes());
            if (Double.isFinite(p[i])) {
                notes.add(Printf.format("p-value adjusted by %s across %d outcomes: %.4f", method,
                        tested.size(), p[i]));
            }
            Estimate adjustedEstimate = new Estimate(e.estimand(), e.treatment(), e.outcome(), e.estimator(),
                    e.value(), e.stdError(), e.ciLow(), e.ciHigh(), e.pValue(), e.n(), statistics, e.balance(), notes);
            out.add(new Result.EstimateResult(r.line(), r.plan(), adjustedEstimate, r.dropped(), r.rows(), r.query()));
        }
        return out;
    }
}
