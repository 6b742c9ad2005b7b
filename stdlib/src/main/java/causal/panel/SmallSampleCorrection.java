package causal.panel;

import java.util.Locale;

/**
 * The small-sample factors of the covariance, as fixest's {@code ssc(adj, fixef.K, cluster.adj, cluster.df)}; the
 * default {@link #FIXEST} is fixest's default. The covariance is the unadjusted one times
 * <ul>
 * <li>{@code (n − 1)/(n − K)} when {@code adjust}, with K from {@code fixedEffects}: {@code NONE} K = slopes;
 * {@code FULL} K = slopes + absorbed levels; {@code NESTED} as FULL minus {@code (levels − 1)} for each fixed
 * effect nested in a cluster, and at least slopes + 1 (with unit and period effects clustered by unit,
 * K = slopes + periods);
 * <li>for clustered errors and {@code clusterAdjust}: {@code G/(G − 1)}, with {@code clusterCount} MIN one factor
 * of the smallest G for every term of a multi-way sum (fixest's default), CONVENTIONAL each term its own G
 * (sandwich's {@code vcovCL} with {@code cadjust = TRUE}, the original CGM proposal);
 * <li>for HC1 and {@code clusterAdjust}: {@code n/(n − 1)}, so that HC1 is {@code n/(n − K)};
 * <li>for classical errors: σ̂² = RSS/(n − 1) times the {@code adjust} factor, so RSS/(n − K).
 * </ul>
 * "Absorbed levels" are counted exactly for the first two fixed effects (levels₁ + levels₂ − connected components,
 * as {@code lm} with dummies and fixest's {@code fixef.force_exact = TRUE}); each further fixed effect adds its
 * levels − 1.
 */
public record SmallSampleCorrection(boolean adjust, FixedEffectCount fixedEffects, boolean clusterAdjust,
        ClusterCount clusterCount) {
    /** {@code ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE, cluster.df = "min")}. */
    public static final SmallSampleCorrection FIXEST = new SmallSampleCorrection(true, FixedEffectCount.NESTED, true,
            ClusterCount.MIN);

    /**
     * {@code sandwich}'s {@code vcovCL(type = "HC1")} and {@code vcovHC(type = "HC1")} on {@code lm} with the fixed
     * effects as dummies: fixest's {@code ssc(fixef.K = "full", cluster.df = "conventional")}.
     */
    public static final SmallSampleCorrection SANDWICH_ON_DUMMIES = new SmallSampleCorrection(true,
            FixedEffectCount.FULL, true, ClusterCount.CONVENTIONAL);

    /** How fixed effects enter the K of {@code (n − 1)/(n − K)}: fixest's {@code fixef.K}. */
    public enum FixedEffectCount { NONE, NESTED, FULL }

    /** Which G the cluster factor {@code G/(G − 1)} uses in multi-way clustering: fixest's {@code cluster.df}. */
    public enum ClusterCount { MIN, CONVENTIONAL }

    public SmallSampleCorrection {
        if (fixedEffects == null || clusterCount == null) {
            throw new PanelException("the small-sample correction needs a fixed-effect count and a cluster count");
        }
    }

    /** In words, for a fit's report. */
    public String describe() {
        return "ssc(adj = " + (adjust ? "TRUE" : "FALSE") + ", fixef.K = \""
                + fixedEffects.name().toLowerCase(Locale.ROOT) + "\", cluster.adj = "
                + (clusterAdjust ? "TRUE" : "FALSE") + ", cluster.df = \""
                + clusterCount.name().toLowerCase(Locale.ROOT) + "\")";
    }
}
