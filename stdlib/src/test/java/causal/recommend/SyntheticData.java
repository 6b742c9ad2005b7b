package causal.recommend;

import causal.random.RandomSource;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/** Seeded synthetic interactions for tests, and a way to run code on a pool of a given size. */
final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * Ratings 1…5 from a rank-2 taste model with noise: each user rates {@code perUser} distinct items chosen with a
     * popularity skew.
     */
    static Interactions ratings(int users, int items, int perUser, long seed) {
        RandomSource random = new RandomSource(seed);
        double[][] userTaste = new double[users][2];
        double[][] itemTaste = new double[items][2];
        for (double[] t : userTaste) {
            t[0] = random.nextDouble() * 2 - 1;
            t[1] = random.nextDouble() * 2 - 1;
        }
        for (double[] t : itemTaste) {
            t[0] = random.nextDouble() * 2 - 1;
            t[1] = random.nextDouble() * 2 - 1;
        }
        long[] u = new long[users * perUser];
        long[] i = new long[users * perUser];
        double[] r = new double[users * perUser];
        int n = 0;
        for (int user = 0; user < users; user++) {
            boolean[] taken = new boolean[items];
            for (int m = 0; m < perUser; m++) {
                int item;
                do {
                    item = (int) (items * Math.pow(random.nextDouble(), 1.5));
                } while (taken[item]);
                taken[item] = true;
                double taste = userTaste[user][0] * itemTaste[item][0] + userTaste[user][1] * itemTaste[item][1];
                u[n] = user;
                i[n] = item;
                r[n] = Math.max(1, Math.min(5, Math.round(3 + 2 * taste + random.nextDouble() - 0.5)));
                n++;
            }
        }
        return Interactions.ratings(u, i, r, null);
    }

    /** The same pairs as {@link #ratings} but as events of strength 1 for ratings of 4 or 5. */
    static Interactions likes(int users, int items, int perUser, long seed) {
        Interactions ratings = ratings(users, items, perUser, seed);
        SparseRows rows = ratings.byUser();
        int liked = 0;
        for (int p = 0; p < rows.size(); p++) {
            liked += rows.value(p) >= 4 ? 1 : 0;
        }
        long[] u = new long[liked];
        long[] i = new long[liked];
        int n = 0;
        for (int user = 0; user < rows.rowCount(); user++) {
            for (int p = rows.start(user); p < rows.end(user); p++) {
                if (rows.value(p) >= 4) {
                    u[n] = user;
                    i[n++] = rows.column(p);
                }
            }
        }
        return Interactions.events(u, i, null, null);
    }

    /** {@code work} run on a fork-join pool of {@code threads}, so its parallel streams use that many threads. */
    static <T> T onThreads(int threads, Supplier<T> work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Every score of a model, users × items, for comparing two models exactly. */
    static double[] allScores(TrainedRecommender model) {
        int items = model.training().itemCount();
        double[] all = new double[model.training().userCount() * items];
        double[] row = new double[items];
        for (int u = 0; u < model.training().userCount(); u++) {
            model.scores(u, row);
            System.arraycopy(row, 0, all, u * items, items);
        }
        return all;
    }
}
