package causal.panel;

import causal.learn.SandwichCovariance;

import java.util.List;

/**
 * The covariance of the slopes for each kind of {@link StandardErrors}, with the factors of
 * {@link SmallSampleCorrection} (whose Javadoc gives the formulas; this class follows fixest's {@code vcov.R}).
 */
final class SlopeCovariance {
    /** The matrix, the K of (n − 1)/(n − K) and the smallest number of clusters (0 when not clustered). */
    record Result(double[] matrix, int parametersK, int clusters) {}

    private SlopeCovariance() {
    }

    /**
     * @param absorbed the rank of the fixed effects' dummies
     * @param rss      the residual sum of squares
     */
    static Result estimate(StandardErrors errors, SmallSampleCorrection ssc, Scores scores, double[] bread, int n,
            int k, double rss, int absorbed, List<Factor> fixedEffects) {
        if (errors instanceof StandardErrors.Clustered clustered) {
            return clustered(clustered.by(), ssc, scores, bread, n, k, absorbed, fixedEffects);
        }
        int parametersK = unclusteredK(ssc, k, absorbed);
        double adjust = ssc.adjust() ? (n - 1.0) / (n - parametersK) : 1.0;
        if (errors instanceof StandardErrors.Heteroskedastic) {
            // fixest multiplies HC0 by n/(n - 1) under cluster.adj, so that with adj it is n/(n - K), HC1
            double clusterFactor = ssc.clusterAdjust() ? n / (n - 1.0) : 1.0;
            return new Result(SandwichCovariance.sandwich(bread, scores.heteroskedasticMeat(), k, clusterFactor * adjust),
                    parametersK, 0);
        }
        double sigma2 = rss / (n - 1.0) * adjust;
        double[] out = bread.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= sigma2;
        }
        return new Result(out, parametersK, 0);
    }

    private static int unclusteredK(SmallSampleCorrection ssc, int k, int absorbed) {
        return ssc.fixedEffects() == SmallSampleCorrection.FixedEffectCount.NONE ? k : k + absorbed;
    }

    private static Result clustered(List<Factor> by, SmallSampleCorrection ssc, Scores scores, double[] bread, int n,
            int k, int absorbed, List<Factor> fixedEffects) {
        int smallest = Integer.MAX_VALUE;
        for (Factor cluster : by) {
            if (cluster.size() != n) {
                throw new PanelException("the cluster column " + cluster.name() + " has " + cluster.size()
                        + " rows, but the data have " + n);
            }
            smallest = Math.min(smallest, cluster.levelsPresent());
        }
        if (smallest < 2) {
            throw new PanelException("clustered standard errors need at least two clusters, but "
                    + by.stream().filter(f -> f.levelsPresent() < 2).findFirst().orElseThrow().name()
                    + " has one");
        }
        boolean conventional = ssc.clusterAdjust()
                && ssc.clusterCount() == SmallSampleCorrection.ClusterCount.CONVENTIONAL;
        double[] meat = new double[k * k];
        int m = by.size();
        for (int subset = 1; subset < (1 << m); subset++) {
            Factor term = null;
            for (int j = 0; j < m; j++) {
                if ((subset & (1 << j)) != 0) {
                    term = term == null ? by.get(j) : Intersection.of(term, by.get(j));
                }
            }
            double sign = Integer.bitCount(subset) % 2 == 1 ? 1 : -1;
            int g = term.levelsPresent();
            double factor = conventional ? sign * g / (g - 1.0) : sign;
            double[] part = scores.clusterMeat(term);
            for (int i = 0; i < meat.length; i++) {
                meat[i] += factor * part[i];
            }
        }
        double factor = ssc.clusterAdjust() && !conventional ? smallest / (smallest - 1.0) : 1.0;
        int parametersK = clusteredK(ssc, k, absorbed, fixedEffects, by);
        if (ssc.adjust()) {
            factor *= (n - 1.0) / (n - parametersK);
        }
        return new Result(SandwichCovariance.sandwich(bread, meat, k, factor), parametersK, smallest);
    }

    // fixef.K = "nested": a fixed effect nested in any of the clusters costs no degree of freedom beyond the
    // intercept it stands for, so its levels - 1 leave K; fixest never lets K fall below slopes + 1.
    private static int clusteredK(SmallSampleCorrection ssc, int k, int absorbed, List<Factor> fixedEffects,
            List<Factor> by) {
        if (ssc.fixedEffects() != SmallSampleCorrection.FixedEffectCount.NESTED) {
            return unclusteredK(ssc, k, absorbed);
        }
        int nestedLevels = 0;
        for (Factor fe : fixedEffects) {
            for (Factor cluster : by) {
                if (fe.nestedIn(cluster)) {
                    nestedLevels += fe.levelsPresent() - 1;
                    break;
                }
            }
        }
        return Math.max(k + 1, k + absorbed - nestedLevels);
    }
}
