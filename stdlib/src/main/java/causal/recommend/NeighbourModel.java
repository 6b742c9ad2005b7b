package causal.recommend;

import java.util.Arrays;

/**
 * A fitted {@link NearestNeighbours}: the neighbour lists (sorted by index, similarities as values) and the offsets
 * μ. Both ways of scoring, one item or all, add the terms in increasing order of the neighbour's index, so they give
 * the same numbers.
 */
final class NeighbourModel implements TrainedRecommender {
    private final String method;
    private final Interactions training;
    private final boolean userBased;
    private final SparseRows neighbours;
    /** For item-based: which items have item j as a neighbour, with the similarity. */
    private final SparseRows neighbourOf;
    private final double[] centre;
    private final double[] means;
    private final boolean ratings;

    NeighbourModel(String method, Interactions training, boolean userBased, SparseRows neighbours, double[] centre,
            double[] means, boolean ratings) {
        this.method = method;
        this.training = training;
        this.userBased = userBased;
        this.neighbours = neighbours;
        this.neighbourOf = userBased ? null : neighbours.transpose(training.itemCount());
        this.centre = centre;
        this.means = means;
        this.ratings = ratings;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public Interactions training() {
        return training;
    }

    @Override
    public boolean predictsRatings() {
        return ratings;
    }

    @Override
    public double predict(int user, int item) {
        if (!ratings) {
            return TrainedRecommender.super.predict(user, item);
        }
        double s = score(user, item);
        return Double.isNaN(s) ? means[userBased ? user : item] : s;
    }

    @Override
    public double score(int user, int item) {
        SparseRows byUser = training.byUser();
        double weighted = 0;
        double weights = 0;
        int of = userBased ? user : item;
        for (int p = neighbours.start(of); p < neighbours.end(of); p++) {
            int neighbour = neighbours.columns[p];
            int q = userBased ? byUser.position(neighbour, item) : byUser.position(user, neighbour);
            if (q >= 0) {
                double s = neighbours.values[p];
                weights += s;
                weighted += s * (byUser.values[q] - centre[neighbour]);
            }
        }
        return combine(weighted, weights, userBased ? user : item);
    }

    @Override
    public void scores(int user, double[] into) {
        double[] weighted = new double[into.length];
        Arrays.fill(into, 0);
        SparseRows byUser = training.byUser();
        if (userBased) {
            for (int p = neighbours.start(user); p < neighbours.end(user); p++) {
                int v = neighbours.columns[p];
                double s = neighbours.values[p];
                for (int q = byUser.start(v); q < byUser.end(v); q++) {
                    int i = byUser.columns[q];
                    into[i] += s;
                    weighted[i] += s * (byUser.values[q] - centre[v]);
                }
            }
        } else {
            for (int q = byUser.start(user); q < byUser.end(user); q++) {
                int j = byUser.columns[q];
                double deviation = byUser.values[q] - centre[j];
                for (int p = neighbourOf.start(j); p < neighbourOf.end(j); p++) {
                    int i = neighbourOf.columns[p];
                    double s = neighbourOf.values[p];
                    into[i] += s;
                    weighted[i] += s * deviation;
                }
            }
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = combine(weighted[i], into[i], userBased ? user : i);
        }
    }

    /** The rating μ + Σ s·dev / Σ s, or for events Σ s; NaN when no neighbour contributed. */
    private double combine(double weighted, double weights, int centred) {
        if (!(weights > 0)) {
            return Double.NaN;
        }
        return ratings ? centre[centred] + weighted / weights : weights;
    }
}
