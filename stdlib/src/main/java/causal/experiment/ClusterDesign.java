package causal.experiment;

/**
 * Randomization of whole clusters (stores, classrooms) of about {@code meanSize} units whose outcomes correlate
 * with intra-class correlation {@code icc}. The design effect 1 + (m − 1)·ICC (Donner and Klar 2000, "Design and
 * analysis of cluster randomization trials", eq. 3.1) is how many times more units it needs than randomizing units.
 */
public record ClusterDesign(double meanSize, double icc) {
    /** Units randomized one by one: design effect 1. */
    public static final ClusterDesign NONE = new ClusterDesign(1, 0);

    public ClusterDesign {
        if (!(meanSize >= 1) || meanSize == Double.POSITIVE_INFINITY) {
            throw new ExperimentException("the mean cluster size must be a finite number of at least 1, not "
                    + meanSize);
        }
        if (!(icc >= 0 && icc <= 1)) {
            throw new ExperimentException("the intra-class correlation must lie between 0 and 1, not " + icc);
        }
    }

    public double designEffect() {
        return 1 + (meanSize - 1) * icc;
    }
}
