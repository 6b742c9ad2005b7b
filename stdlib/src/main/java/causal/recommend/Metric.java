package causal.recommend;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * One evaluation metric as scripts write it: {@code rmse}, {@code mae}, {@code precision@10}, {@code recall@k},
 * {@code ndcg@k}, {@code map@k}, {@code hit@k}, and {@code coverage}, {@code novelty}, {@code diversity} with an
 * optional {@code @k}. {@code k} is 0 for rmse and mae, and for a list metric without its own k (it then uses the
 * longest k of the other metrics, or 10).
 */
public record Metric(Kind kind, int k) {

    /** The metric families; see docs/language.md, "Recommenders", for each formula. */
    public enum Kind {
        RMSE(false, false), MAE(false, false), PRECISION(true, true), RECALL(true, true), NDCG(true, true),
        MAP(true, true), HIT(true, true), COVERAGE(true, false), NOVELTY(true, false), DIVERSITY(true, false);

        private final boolean list;
        private final boolean needsK;

        Kind(boolean list, boolean needsK) {
            this.list = list;
            this.needsK = needsK;
        }

        /** True if the metric reads top-K lists rather than predicted ratings. */
        public boolean list() {
            return list;
        }

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The list length used when no metric names one. */
    public static final int DEFAULT_K = 10;

    public Metric {
        if (kind == null) {
            throw new RecommenderException("a metric needs a kind");
        }
        if (!kind.list && k != 0) {
            throw new RecommenderException(kind.keyword() + " compares predicted ratings and takes no @k");
        }
        if (kind.needsK && k < 1) {
            throw new RecommenderException(kind.keyword() + " needs a list length of at least 1, as "
                    + kind.keyword() + "@10");
        }
        if (k < 0) {
            throw new RecommenderException(kind.keyword() + "@" + k + ": k must be at least 1");
        }
    }

    /**
     * The metric written as {@code text} ("ndcg@10", "rmse", "coverage").
     *
     * @throws RecommenderException for an unknown name or a bad k, listing the metrics
     */
    public static Metric parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int at = t.indexOf('@');
        String name = at < 0 ? t : t.substring(0, at);
        for (Kind kind : Kind.values()) {
            if (kind.keyword().equals(name)) {
                return new Metric(kind, at < 0 ? 0 : parseK(text, t.substring(at + 1)));
            }
        }
        throw new RecommenderException("there is no metric " + text.strip() + "; the metrics are rmse, mae, "
                + "precision@k, recall@k, ndcg@k, map@k, hit@k, coverage, novelty and diversity");
    }

    private static int parseK(String text, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new RecommenderException("the k of " + text.strip() + " must be a whole number, as ndcg@10");
        }
    }

    /** The length of list the metric reads, if it names one. */
    public OptionalInt listLength() {
        return k > 0 ? OptionalInt.of(k) : OptionalInt.empty();
    }

    /** The name as a script writes it: "ndcg@10", "rmse", "coverage". */
    public String name() {
        return k > 0 ? kind.keyword() + "@" + k : kind.keyword();
    }
}
