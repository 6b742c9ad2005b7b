package causal.recommend;

import causal.progress.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code evaluate R on D split …}: fits a recommender on the training part of a split and measures it on the test
 * part. Rating metrics compare predictions with every test rating; list metrics ask each test user (one with a test
 * interaction) for the top K items they do not have in training and average over those users. Users are evaluated
 * in parallel and the averages summed in user order, so results do not depend on the thread count.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * {@code recommender} fitted on {@code split}'s training part of {@code data}, measured on its test part.
     *
     * @throws RecommenderException for an empty metric list, a split that leaves nothing, or a rating metric asked
     *     of events or of a recommender that only ranks
     */
    public static EvaluationResult run(Recommender recommender, Interactions data, Split split,
            List<Metric> metrics) {
        requireMetrics(metrics);
        return run(recommender, split.apply(data), split, metrics);
    }

    /** {@code recommender} fitted on the training part of {@code parts} ({@code split}'s), measured on its test part. */
    public static EvaluationResult run(Recommender recommender, TrainTestSplit parts, Split split,
            List<Metric> metrics) {
        requireMetrics(metrics);
        checkRatingMetrics(parts.test(), metrics, null);
        TrainedRecommender model = recommender.fit(parts.training());
        EvaluationResult result = evaluate(model, parts.test(), metrics);
        return new EvaluationResult(result.method(), Optional.of(split), result.trainingInteractions(),
                result.testInteractions(), result.testUsers(), result.values());
    }

    /** A fitted model measured on {@code test} (the same users and items as its training data). */
    public static EvaluationResult evaluate(TrainedRecommender model, Interactions test, List<Metric> metrics) {
        requireMetrics(metrics);
        checkRatingMetrics(test, metrics, model);
        int defaultLength = metrics.stream().mapToInt(Metric::k).max().orElse(0);
        int length = defaultLength > 0 ? defaultLength : Metric.DEFAULT_K;
        SparseRows testRows = test.byUser();
        int[] users = testUsers(testRows);
        boolean lists = metrics.stream().anyMatch(m -> m.kind().list());
        int[][] topLists = lists ? topLists(model, users, length) : null;
        RatingErrors errors = metrics.stream().allMatch(m -> m.kind().list()) ? null : RatingErrors.of(model, testRows);
        List<MetricValue> values = new ArrayList<>();
        for (Metric m : metrics) {
            int k = m.k() > 0 ? m.k() : length;
            double v = switch (m.kind()) {
                case RMSE -> Math.sqrt(errors.meanSquared());
                case MAE -> errors.meanAbsolute();
                case COVERAGE -> coverage(topLists, k, model.training().itemCount());
                default -> meanOverUsers(m.kind(), k, model.training(), testRows, users, topLists);
            };
            values.add(new MetricValue(m, m.kind().list() ? k : 0, v));
        }
        return new EvaluationResult(model.method(), Optional.empty(), model.training().size(), test.size(),
                users.length, values);
    }

    private static void requireMetrics(List<Metric> metrics) {
        if (metrics.isEmpty()) {
            throw new RecommenderException("evaluate needs at least one metric, as metrics rmse, ndcg@10");
        }
    }

    private static void checkRatingMetrics(Interactions test, List<Metric> metrics, TrainedRecommender model) {
        for (Metric m : metrics) {
            if (m.kind().list()) {
                continue;
            }
            if (test.feedback() != Interactions.Feedback.RATINGS) {
                throw new RecommenderException(m.name() + " compares predicted with actual ratings, but the data has "
                        + "events; use list metrics such as ndcg@10 or recall@10");
            }
            if (model != null && !model.predictsRatings()) {
                throw new RecommenderException(model.method() + " ranks items but does not predict ratings, so it "
                        + "has no " + m.name() + "; use list metrics, or a rating model (als, item_knn, user_knn)");
            }
        }
    }

    private static int[] testUsers(SparseRows test) {
        int n = 0;
        for (int u = 0; u < test.rowCount(); u++) {
            n += test.length(u) > 0 ? 1 : 0;
        }
        int[] users = new int[n];
        for (int u = 0, t = 0; u < test.rowCount(); u++) {
            if (test.length(u) > 0) {
                users[t++] = u;
            }
        }
        return users;
    }

    private static int[][] topLists(TrainedRecommender model, int[] users, int length) {
        int[][] lists = new int[users.length][];
        // Each test user's list scores every item: minutes for a large catalogue and many users.
        try (Progress.Task progress = Progress.start("evaluate " + model.method(), users.length, "users")) {
            ParallelBlocks.forEach(users.length, (start, end) -> {
                for (int t = start; t < end; t++) {
                    lists[t] = model.topK(users[t], length, true);
                }
                progress.advance(end - start);
            });
        }
        return lists;
    }

    /** The share of the catalogue in at least one user's first k. */
    private static double coverage(int[][] lists, int k, int items) {
        boolean[] shown = new boolean[items];
        int distinct = 0;
        for (int[] list : lists) {
            for (int r = 0; r < Math.min(k, list.length); r++) {
                if (!shown[list[r]]) {
                    shown[list[r]] = true;
                    distinct++;
                }
            }
        }
        return (double) distinct / items;
    }

    /** The per-user metric averaged over the test users where it is defined (NaN when it is nowhere). */
    private static double meanOverUsers(Metric.Kind kind, int k, Interactions training, SparseRows test, int[] users,
            int[][] lists) {
        double[] perUser = new double[users.length];
        int trainingUsers = usersWithInteractions(training.byUser());
        ParallelBlocks.forEach(users.length, (start, end) -> {
            for (int t = start; t < end; t++) {
                ListMetrics list = new ListMetrics(test, users[t], lists[t]);
                perUser[t] = switch (kind) {
                    case PRECISION -> list.precision(k);
                    case RECALL -> list.recall(k);
                    case NDCG -> list.ndcg(k);
                    case MAP -> list.averagePrecision(k);
                    case HIT -> list.hit(k);
                    case NOVELTY -> list.novelty(k, training.byItem(), trainingUsers);
                    case DIVERSITY -> list.diversity(k, training.byItem());
                    default -> throw new IllegalStateException(kind + " is not a per-user list metric");
                };
            }
        });
        double sum = 0;
        int defined = 0;
        for (double v : perUser) {
            if (!Double.isNaN(v)) {
                sum += v;
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    private static int usersWithInteractions(SparseRows byUser) {
        int n = 0;
        for (int u = 0; u < byUser.rowCount(); u++) {
            n += byUser.length(u) > 0 ? 1 : 0;
        }
        return Math.max(n, 1);
    }
}
