package causal.bandit;

import java.util.List;

/** The context a policy reads, taken from a log whose context may hold more columns, in another order. */
final class FeatureProjection {
    private final int[] index;
    private final double[] buffer;

    private FeatureProjection(int[] index) {
        this.index = index;
        this.buffer = index.length == 0 ? null : new double[index.length];
    }

    /**
     * Where each of {@code template}'s features sits in {@code log}'s context; {@code log} null for an environment
     * without context.
     */
    static FeatureProjection of(PolicyTemplate template, BanditLog log, String environment) {
        List<String> wanted = template.features();
        if (wanted.isEmpty()) {
            return new FeatureProjection(new int[0]);
        }
        if (log == null || !log.hasContext()) {
            throw new BanditException(template.label() + " reads context features, but " + environment
                    + " has no context; give it logged data with those columns");
        }
        List<String> available = log.featureNames();
        int[] index = new int[wanted.size()];
        for (int j = 0; j < wanted.size(); j++) {
            index[j] = available.indexOf(wanted.get(j));
            if (index[j] < 0) {
                throw new BanditException(template.label() + " reads the feature " + wanted.get(j)
                        + ", which the log's context does not have" + (available.isEmpty() ? ""
                        : "; it has " + String.join(", ", available)));
            }
        }
        return new FeatureProjection(index);
    }

    int featureCount() {
        return index.length;
    }

    /** The policy's context for {@code row} of {@code log}, in a buffer reused by the next call; null if none. */
    double[] context(BanditLog log, int row) {
        if (buffer == null) {
            return null;
        }
        double[] x = log.contextRow(row);
        for (int j = 0; j < index.length; j++) {
            buffer[j] = x[index[j]];
        }
        return buffer;
    }
}
