package causal.panel;

import causal.inference.ZStatistic;
import causal.random.RandomSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The four averages of {@code did::aggte} over the ATT(g,t) cells, each with its influence function. Cohort
 * weights are pₖ = (units in the cell's cohort)/n over the cells averaged, and every weighted average adds the
 * influence of estimating them ({@link InfluenceFunctions#addWeightEstimation}); plain means over event times,
 * periods or a cohort's cells have fixed weights and add nothing.
 */
final class EffectAggregation {
    /** One average and its influence function. */
    private record Part(int key, double estimate, double[] psi) {}

    private final List<GroupTimeEffects.Cell> cells;
    private final CohortSample sample;
    private final CallawaySantAnna.Options options;
    private final double[][] psi;
    /** Per cell: its cohort's index and share of units. */
    private final int[] cohort;
    private final double[] share;

    EffectAggregation(List<GroupTimeEffects.Cell> cells, CohortSample sample, CallawaySantAnna.Options options) {
        this.cells = cells;
        this.sample = sample;
        this.options = options;
        this.psi = new double[cells.size()][];
        this.cohort = new int[cells.size()];
        this.share = new double[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            psi[k] = cells.get(k).psi;
            cohort[k] = Arrays.binarySearch(sample.cohorts(), cells.get(k).cohort);
            share[k] = sample.cohortUnits()[cohort[k]] / (double) sample.units();
        }
    }

    AggregateEffects aggregate(Aggregation type) {
        if (cells.stream().noneMatch(c -> c.post)) {
            throw new PanelException("no cohort is observed after its treatment starts, so there is no "
                    + "post-treatment effect to average");
        }
        return switch (type) {
            case SIMPLE -> finish(type, weightedByShare(0, k -> cells.get(k).post), List.of());
            case DYNAMIC -> dynamic();
            case GROUP -> group();
            case CALENDAR -> calendar();
        };
    }

    private AggregateEffects dynamic() {
        int[] eventTimes = cells.stream().mapToInt(c -> c.period - c.cohort).distinct().sorted().toArray();
        List<Part> parts = new ArrayList<>();
        for (int e : eventTimes) {
            parts.add(weightedByShare(e, k -> cells.get(k).period - cells.get(k).cohort == e));
        }
        return finish(Aggregation.DYNAMIC, mean(parts.stream().filter(p -> p.key() >= 0).toList()), parts);
    }

    private AggregateEffects group() {
        List<Part> parts = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int g = 0; g < sample.cohorts().length; g++) {
            int index = g;
            int[] keep = select(k -> cohort[k] == index && cells.get(k).post);
            if (keep.length > 0) {
                parts.add(mean(Arrays.stream(keep).mapToObj(k -> new Part(0, cells.get(k).att, psi[k])).toList(),
                        sample.cohorts()[g]));
                groups.add(g);
            }
        }
        int[] partCohort = groups.stream().mapToInt(Integer::intValue).toArray();
        double[] partShare = new double[parts.size()];
        double total = 0;
        for (int j = 0; j < parts.size(); j++) {
            partShare[j] = sample.cohortUnits()[partCohort[j]] / (double) sample.units();
            total += partShare[j];
        }
        double estimate = 0;
        double[] weights = new double[parts.size()];
        double[] att = new double[parts.size()];
        for (int j = 0; j < parts.size(); j++) {
            weights[j] = partShare[j] / total;
            att[j] = parts.get(j).estimate();
            estimate += weights[j] * att[j];
        }
        double[] overall = InfluenceFunctions.weighted(parts.stream().map(Part::psi).toArray(double[][]::new),
                indices(parts.size()), weights);
        InfluenceFunctions.addWeightEstimation(overall, sample.unitGroup(), partCohort, partShare, att,
                sample.cohorts().length);
        return finish(Aggregation.GROUP, new Part(0, estimate, overall), parts);
    }

    private AggregateEffects calendar() {
        List<Part> parts = new ArrayList<>();
        for (int t : sample.periods()) {
            IntPredicate at = k -> cells.get(k).post && cells.get(k).period == t;
            if (select(at).length > 0) {
                parts.add(weightedByShare(t, at));
            }
        }
        return finish(Aggregation.CALENDAR, mean(parts), parts);
    }

    /** The cells chosen, averaged with weights pₖ/Σp, and the influence of estimating the weights. */
    private Part weightedByShare(int key, IntPredicate chosen) {
        int[] keep = select(chosen);
        double total = 0;
        for (int k : keep) {
            total += share[k];
        }
        double[] weights = new double[keep.length];
        double[] keptShare = new double[keep.length];
        double[] keptAtt = new double[keep.length];
        int[] keptCohort = new int[keep.length];
        double estimate = 0;
        for (int j = 0; j < keep.length; j++) {
            int k = keep[j];
            weights[j] = share[k] / total;
            keptShare[j] = share[k];
            keptAtt[j] = cells.get(k).att;
            keptCohort[j] = cohort[k];
            estimate += weights[j] * keptAtt[j];
        }
        double[] influence = InfluenceFunctions.weighted(psi, keep, weights);
        InfluenceFunctions.addWeightEstimation(influence, sample.unitGroup(), keptCohort, keptShare, keptAtt,
                sample.cohorts().length);
        return new Part(key, estimate, influence);
    }

    private static Part mean(List<Part> parts) {
        return mean(parts, 0);
    }

    /** The plain mean of the parts' estimates and influence functions, under {@code key}. */
    private static Part mean(List<Part> parts, int key) {
        double[] weights = new double[parts.size()];
        Arrays.fill(weights, 1.0 / parts.size());
        double estimate = 0;
        for (Part p : parts) {
            estimate += p.estimate() / parts.size();
        }
        double[] influence = InfluenceFunctions.weighted(parts.stream().map(Part::psi).toArray(double[][]::new),
                indices(parts.size()), weights);
        return new Part(key, estimate, influence);
    }

    private AggregateEffects finish(Aggregation type, Part overall, List<Part> parts) {
        double pointwise = ZStatistic.critical(options.confidenceLevel());
        boolean band = options.bandDraws() > 0 && !parts.isEmpty();
        double critical = band ? MultiplierBootstrap.criticalValue(parts.stream().map(Part::psi).toList(),
                options.confidenceLevel(), options.bandDraws(),
                new RandomSource(options.seed()).stream(1 + type.ordinal())) : pointwise;
        List<AggregateEffects.Effect> out = parts.stream().map(p -> effect(p, critical)).toList();
        return new AggregateEffects(type, effect(overall, pointwise), out, critical, band,
                options.confidenceLevel());
    }

    private static AggregateEffects.Effect effect(Part p, double critical) {
        double se = InfluenceFunctions.standardError(p.psi());
        return new AggregateEffects.Effect(p.key(), p.estimate(), se, p.estimate() - critical * se,
                p.estimate() + critical * se, ZStatistic.pValue(p.estimate() / se));
    }

    private int[] select(IntPredicate chosen) {
        return IntStream.range(0, cells.size()).filter(chosen).toArray();
    }

    private static int[] indices(int count) {
        return IntStream.range(0, count).toArray();
    }
}
