package causal.recommend;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of recommenders by script keyword, so {@code recommender mf = als(factors = 32) on ratings(…)} finds
 * its method: one explicit table, read by the checker, the LSP and the runtime.
 */
public final class Recommenders {
    private static final RecommenderOption SEED = new RecommenderOption("seed", "integer", "0",
            "the seed of the random draws: the same seed gives the same model");

    private static final Map<String, RecommenderSpec> BY_KEYWORD = Map.ofEntries(
            entry("popular", new RecommenderSpec("popular", "the items most users have, the same for everyone",
                    List.of(), 0, false, (s, a) -> new Popularity())),
            entry("random", new RecommenderSpec("random", "a seeded random order of the items for each user",
                    List.of(SEED), 0, false, (s, a) -> new RandomRanking(s.seed("seed", 0)))),
            entry("user_knn", new RecommenderSpec("user_knn",
                    "user-based nearest neighbours: ratings of the k most similar users", neighbourOptions(), 0,
                    false, (s, a) -> new NearestNeighbours(NearestNeighbours.Side.USERS, neighbours(s)))),
            entry("item_knn", new RecommenderSpec("item_knn",
                    "item-based nearest neighbours: the user's ratings of the k items most similar to each item",
                    neighbourOptions(), 0, false,
                    (s, a) -> new NearestNeighbours(NearestNeighbours.Side.ITEMS, neighbours(s)))),
            entry("als", new RecommenderSpec("als",
                    "matrix factorization of ratings with user and item biases, by alternating least squares",
                    alsOptions(), 0, false, (s, a) -> new AlternatingLeastSquares(als(s)))),
            entry("implicit_als", new RecommenderSpec("implicit_als",
                    "matrix factorization of events weighted by confidence (Hu, Koren and Volinsky 2008), as the "
                            + "implicit library's AlternatingLeastSquares", implicitOptions(), 0, false,
                    (s, a) -> new ImplicitAlternatingLeastSquares(implicit(s)))),
            entry("bpr", new RecommenderSpec("bpr", "Bayesian personalized ranking (Rendle et al. 2009) by SGD",
                    bprOptions(), 0, false, (s, a) -> new BayesianPersonalizedRanking(bpr(s)))),
            entry("content", new RecommenderSpec("content",
                    "TF-IDF of the items' text, ranked by cosine to the user's profile", List.of(), 0, true,
                    (s, a) -> new ContentBased(a.itemTexts().orElseThrow()))),
            entry("hybrid", new RecommenderSpec("hybrid",
                    "a blend of two recommenders' per-user standardized scores", List.of(
                            new RecommenderOption("alpha", "number", "0.5",
                                    "the weight of the first recommender, in [0, 1]")), 2, false,
                    (s, a) -> new Hybrid(a.bases().get(0), a.bases().get(1), s.number("alpha", 0.5)))),
            entry("mmr", new RecommenderSpec("mmr", "maximal marginal relevance re-ranking for diversity",
                    List.of(new RecommenderOption("lambda", "number", "0.5",
                                    "the weight of relevance against dissimilarity, in [0, 1]; 1 keeps the order"),
                            new RecommenderOption("candidates", "integer", "100",
                                    "how many of the base's best items are re-ranked")), 1, false,
                    (s, a) -> new MaximalMarginalRelevance(a.bases().get(0), s.number("lambda", 0.5),
                            s.integer("candidates", 100)))));

    private Recommenders() {
    }

    public static Optional<RecommenderSpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** Every recommender, sorted by keyword. */
    public static List<RecommenderSpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }

    /**
     * The recommender {@code keyword} configured with {@code arguments}.
     *
     * @throws RecommenderException for an unknown keyword, the wrong base recommenders, missing item texts
     * @throws RecommenderOptionException naming the option, for an unknown option or a bad value
     */
    public static Recommender create(String keyword, RecommenderArguments arguments) {
        return find(keyword).orElseThrow(() -> new RecommenderException("there is no recommender " + keyword
                + "; the recommenders are " + String.join(", ", BY_KEYWORD.keySet().stream().sorted().toList())))
                .create(arguments);
    }

    private static List<RecommenderOption> neighbourOptions() {
        NearestNeighbours.Options d = NearestNeighbours.Options.DEFAULTS;
        return List.of(
                new RecommenderOption("k", "integer", Integer.toString(d.neighbours()),
                        "the number of neighbours each user or item keeps"),
                new RecommenderOption("similarity", "cosine|pearson", d.similarity().keyword(),
                        "cosine of whole vectors, or Pearson's correlation over common entries"),
                new RecommenderOption("shrinkage", "number", "0",
                        "shrinks a similarity by n / (n + shrinkage), n the users or items in common"),
                new RecommenderOption("center", "flag", Boolean.toString(d.center()),
                        "subtract each user's or item's mean rating before comparing and predicting"));
    }

    private static NearestNeighbours.Options neighbours(RecommenderSettings s) {
        NearestNeighbours.Options d = NearestNeighbours.Options.DEFAULTS;
        return new NearestNeighbours.Options(s.integer("k", d.neighbours()),
                s.similarity("similarity", d.similarity()), s.number("shrinkage", d.shrinkage()),
                s.flag("center", d.center()));
    }

    private static List<RecommenderOption> alsOptions() {
        AlternatingLeastSquares.Options d = AlternatingLeastSquares.Options.DEFAULTS;
        return List.of(
                new RecommenderOption("factors", "integer", Integer.toString(d.factors()), "the number of factors k"),
                new RecommenderOption("reg", "number", Double.toString(d.regularization()),
                        "the penalty λ, times each user's or item's count of ratings (weighted-λ, as Spark's ALS)"),
                new RecommenderOption("iterations", "integer", Integer.toString(d.iterations()),
                        "passes of solving all users, then all items"),
                new RecommenderOption("solver", "auto|cholesky|cg", d.solver().keyword(),
                        "each user's and item's least squares: cholesky solves exactly, cg takes cg_steps conjugate "
                                + "gradient steps from the previous factors (faster for many factors), auto is "
                                + "cholesky up to " + AlternatingLeastSquares.AUTO_EXACT_FACTORS + " factors, else cg"),
                new RecommenderOption("cg_steps", "integer", Integer.toString(d.cgSteps()),
                        "conjugate gradient steps per user or item and pass, when the solver is cg"),
                SEED);
    }

    private static AlternatingLeastSquares.Options als(RecommenderSettings s) {
        AlternatingLeastSquares.Options d = AlternatingLeastSquares.Options.DEFAULTS;
        return new AlternatingLeastSquares.Options(s.integer("factors", d.factors()), s.number("reg",
                d.regularization()), s.integer("iterations", d.iterations()), s.solver("solver", d.solver()),
                s.integer("cg_steps", d.cgSteps()), s.seed("seed", d.seed()));
    }

    private static List<RecommenderOption> implicitOptions() {
        ImplicitAlternatingLeastSquares.Options d = ImplicitAlternatingLeastSquares.Options.DEFAULTS;
        return List.of(
                new RecommenderOption("factors", "integer", Integer.toString(d.factors()), "the number of factors k"),
                new RecommenderOption("reg", "number", Double.toString(d.regularization()), "the penalty λ"),
                new RecommenderOption("alpha", "number", Double.toString(d.alpha()),
                        "the confidence weight: c = 1 + alpha · strength"),
                new RecommenderOption("iterations", "integer", Integer.toString(d.iterations()),
                        "passes of solving all users, then all items"),
                new RecommenderOption("cg_steps", "integer", Integer.toString(d.cgSteps()),
                        "conjugate gradient steps per user or item and pass"),
                SEED);
    }

    private static ImplicitAlternatingLeastSquares.Options implicit(RecommenderSettings s) {
        ImplicitAlternatingLeastSquares.Options d = ImplicitAlternatingLeastSquares.Options.DEFAULTS;
        return new ImplicitAlternatingLeastSquares.Options(s.integer("factors", d.factors()),
                s.number("reg", d.regularization()), s.number("alpha", d.alpha()),
                s.integer("iterations", d.iterations()), s.integer("cg_steps", d.cgSteps()), s.seed("seed", d.seed()));
    }

    private static List<RecommenderOption> bprOptions() {
        BayesianPersonalizedRanking.Options d = BayesianPersonalizedRanking.Options.DEFAULTS;
        return List.of(
                new RecommenderOption("factors", "integer", Integer.toString(d.factors()), "the number of factors k"),
                new RecommenderOption("learning_rate", "number", Double.toString(d.learningRate()),
                        "the step size of stochastic gradient ascent"),
                new RecommenderOption("reg", "number", Double.toString(d.regularization()), "the penalty λ"),
                new RecommenderOption("iterations", "integer", Integer.toString(d.iterations()),
                        "passes over the data, each as many sampled triples as interactions"),
                SEED);
    }

    private static BayesianPersonalizedRanking.Options bpr(RecommenderSettings s) {
        BayesianPersonalizedRanking.Options d = BayesianPersonalizedRanking.Options.DEFAULTS;
        return new BayesianPersonalizedRanking.Options(s.integer("factors", d.factors()),
                s.number("learning_rate", d.learningRate()), s.number("reg", d.regularization()),
                s.integer("iterations", d.iterations()), s.seed("seed", d.seed()));
    }
}
