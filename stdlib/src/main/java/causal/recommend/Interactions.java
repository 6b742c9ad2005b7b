package causal.recommend;

import java.util.Arrays;

/**
 * Who interacted with what: users and items ({@link Ids}) and their interactions as sparse matrices, by user and by
 * item ({@link SparseRows}), never a dense user × item matrix. An interaction's value is a rating (explicit
 * feedback: stars) or the strength of an event (implicit feedback: a play count, 1 for a click).
 *
 * <p>A user and item pair appears once. Repeated ratings keep the latest (the largest time, else the later row);
 * repeated events add their strengths and keep the latest time. Events of strength 0 are no interaction and are
 * dropped. Immutable.
 */
public final class Interactions {
    /** What the values mean: ratings to predict (explicit), or events whose strength is a confidence (implicit). */
    public enum Feedback { RATINGS, EVENTS }

    private final Ids users;
    private final Ids items;
    private final SparseRows byUser;
    private final SparseRows byItem;
    private final Feedback feedback;

    Interactions(Ids users, Ids items, SparseRows byUser, Feedback feedback) {
        this.users = users;
        this.items = items;
        this.byUser = byUser;
        this.byItem = byUser.transpose(items.size());
        this.feedback = feedback;
    }

    /**
     * Ratings of items by users, keyed by whole numbers; {@code times} (seconds, days, any increasing scale) may be
     * null. Not modified: the arrays.
     *
     * @throws RecommenderException for arrays of different lengths, no rows, or a rating or time that is not finite
     */
    public static Interactions ratings(long[] users, long[] items, double[] ratings, double[] times) {
        int[] u = new int[users.length];
        int[] i = new int[items.length];
        return of(Ids.numeric("user", users, u), u, Ids.numeric("item", items, i), i, ratings, times,
                Feedback.RATINGS);
    }

    /** Ratings keyed by text; as {@link #ratings(long[], long[], double[], double[])}. */
    public static Interactions ratings(String[] users, String[] items, double[] ratings, double[] times) {
        int[] u = new int[users.length];
        int[] i = new int[items.length];
        return of(Ids.text("user", users, u), u, Ids.text("item", items, i), i, ratings, times, Feedback.RATINGS);
    }

    /**
     * Events of users on items keyed by whole numbers; {@code strengths} (at least 0) and {@code times} may be null:
     * every event then counts 1. Not modified: the arrays.
     *
     * @throws RecommenderException for arrays of different lengths, no rows, a negative strength, or a value that is
     *     not finite
     */
    public static Interactions events(long[] users, long[] items, double[] strengths, double[] times) {
        int[] u = new int[users.length];
        int[] i = new int[items.length];
        return of(Ids.numeric("user", users, u), u, Ids.numeric("item", items, i), i, strengths, times,
                Feedback.EVENTS);
    }

    /** Events keyed by text; as {@link #events(long[], long[], double[], double[])}. */
    public static Interactions events(String[] users, String[] items, double[] strengths, double[] times) {
        int[] u = new int[users.length];
        int[] i = new int[items.length];
        return of(Ids.text("user", users, u), u, Ids.text("item", items, i), i, strengths, times, Feedback.EVENTS);
    }

    /** Interactions from rows of dense user and item indices. Not modified: the arrays. */
    static Interactions of(Ids users, int[] userIndex, Ids items, int[] itemIndex, double[] values, double[] times,
            Feedback feedback) {
        int n = userIndex.length;
        double[] v = values != null ? values : filled(n, 1);
        checkRows(itemIndex.length, v.length, times == null ? n : times.length, n);
        checkValues(v, times, feedback);
        SparseRows byUser = RowAssembly.byUser(users.size(), userIndex, itemIndex, v, times,
                feedback == Feedback.EVENTS);
        if (byUser.size() == 0) {
            throw new RecommenderException("every event has strength 0, so there are no interactions");
        }
        return new Interactions(users, items, byUser, feedback);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    private static void checkRows(int items, int values, int times, int users) {
        if (items != users || values != users || times != users) {
            throw new RecommenderException("the interaction columns differ in length: " + users + " users, " + items
                    + " items, " + values + " values, " + times + " times");
        }
        if (users == 0) {
            throw new RecommenderException("the data has no interactions");
        }
    }

    private static void checkValues(double[] values, double[] times, Feedback feedback) {
        String name = feedback == Feedback.RATINGS ? "rating" : "event strength";
        for (int r = 0; r < values.length; r++) {
            if (!Double.isFinite(values[r]) || (feedback == Feedback.EVENTS && values[r] < 0)) {
                throw new RecommenderException("row " + (r + 1) + " has the " + name + " " + values[r] + "; "
                        + (feedback == Feedback.RATINGS ? "ratings must be numbers"
                                : "event strengths must be numbers of at least 0"));
            }
            if (times != null && !Double.isFinite(times[r])) {
                throw new RecommenderException("row " + (r + 1) + " has the time " + times[r]
                        + "; times must be numbers");
            }
        }
    }

    /** The same users and items with other interactions (a training or test part). */
    Interactions withRows(SparseRows newByUser) {
        return new Interactions(users, items, newByUser, feedback);
    }

    public Ids users() {
        return users;
    }

    public Ids items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** The number of (user, item) interactions. */
    public int size() {
        return byUser.size();
    }

    /** Rows are users, columns items. */
    public SparseRows byUser() {
        return byUser;
    }

    /** Rows are items, columns users. */
    public SparseRows byItem() {
        return byItem;
    }

    public Feedback feedback() {
        return feedback;
    }

    public boolean hasTimes() {
        return byUser.hasTimes();
    }

    /** The mean of all values (the global mean rating μ). */
    public double meanValue() {
        double sum = 0;
        for (double v : byUser.values) {
            sum += v;
        }
        return byUser.values.length == 0 ? 0 : sum / byUser.values.length;
    }
}
