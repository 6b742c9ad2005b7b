package causal.spark;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import causal.options.OptionValue;
import causal.recommend.AlternatingLeastSquares;
import causal.recommend.BaselineBiases;
import causal.recommend.FactorModels;
import causal.recommend.Interactions;
import causal.recommend.Recommender;
import causal.recommend.RecommenderArguments;
import causal.recommend.RecommenderException;
import causal.recommend.Recommenders;
import causal.recommend.SparseRows;
import causal.recommend.TrainedRecommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code als} recommender fitted by Spark MLlib's ALS ({@code org.apache.spark.ml.recommendation.ALS}) under
 * {@code engine = spark(…)}: the model {@code r̂_ui = μ + b_u + b_i + p_u · q_i} of the in-memory
 * {@link AlternatingLeastSquares}, whose factors MLlib fits while the biases, which MLlib does not have, are solved
 * here ({@link BaselineBiases}: the same penalties {@code λ n_u b_u²} and {@code λ n_i b_i²}, μ the training mean):
 * <ol>
 * <li>the biases of the ratings alone;</li>
 * <li>MLlib's explicit ALS of the residuals {@code r − μ − b_u − b_i}: rank = {@code factors}, regParam =
 *     {@code reg} (MLlib's penalty is {@code λ (n_u ‖p_u‖² + n_i ‖q_i‖²)}, as causal's), maxIter =
 *     {@code iterations}, {@code seed}, not non-negative; the factors come back to this JVM by dense index;</li>
 * <li>the biases again, given those factors ({@code r − μ − p_u · q_i});</li>
 * </ol>
 * and steps 2 and 3 once more ({@link #ROUNDS} MLlib fits in all). Biases fixed before the factors absorb part of
 * what the factors explain (a user whose tastes match the items they happened to rate looks generous), and a model
 * fitted that way once predicted held-out ratings 12% worse than the in-memory als on synthetic rank-3 data; each
 * further round moves biases and factors toward the joint fit the in-memory als finds. The result is a
 * {@link FactorModels#ratings} model that recommends, predicts, evaluates and exports as the in-memory one does. A
 * user or item without training ratings (MLlib never sees it) has factors 0.
 *
 * <p>The interactions are read here (the driver), as for every recommender; what runs on Spark is the factoring.
 * They travel to Spark as slices of primitive arrays (user index, item index, residual; up to {@link #CHUNK} ratings
 * a slice, one slice a task, and at least as many slices as Spark's default parallelism) that Spark explodes into
 * one row per rating and keeps for the fit. That keeps the driver's copy at 16 bytes a rating, not an object per
 * rating, the tasks small, and needs only Spark's own classes on the executors. The dense indices are MLlib's int
 * ids. MLlib gets one user (item) block per core, up to its default of 10.
 *
 * <p>The numbers differ from the in-memory fit: MLlib keeps factors as 32-bit floats, draws other starting factors,
 * and the biases move between MLlib fits rather than at every sweep. MLlib's jobs carry the description
 * {@value #JOB_DESCRIPTION}… in Spark's web UI and event log.
 */
public final class SparkAlsRecommender implements Recommender {
    /** The options of {@code als} on MLlib; with another ({@code solver}, {@code cg_steps}) als runs in memory. */
    public static final Set<String> OPTIONS = Set.of("factors", "reg", "iterations", "seed");
    /** The start of the description of the Spark jobs of a fit. */
    public static final String JOB_DESCRIPTION = "causal als";
    /** MLlib fits per model, each followed by the biases solved again given its factors. */
    public static final int ROUNDS = 2;
    /** The most ratings in one row of arrays sent to Spark (16 bytes each: a task of at most 512 KiB). */
    static final int CHUNK = 1 << 15;
    /** MLlib's default number of user (item) blocks, taken when Spark has at least as many cores. */
    private static final int MLLIB_BLOCKS = 10;

    private static final String USER = "user";
    private static final String ITEM = "item";
    private static final String RESIDUAL = "residual";

    private final SparkSession session;
    private final AlternatingLeastSquares.Options options;
    private final int rounds;

    /**
     * {@code als} on {@code session} with these factors, penalty λ, iterations (of each MLlib fit) and seed, in
     * {@link #ROUNDS} rounds.
     *
     * @throws causal.recommend.RecommenderOptionException naming the option, for a value als cannot take
     */
    public SparkAlsRecommender(SparkSession session, int factors, double regularization, int iterations, long seed) {
        this(session, factors, regularization, iterations, seed, ROUNDS);
    }

    /** As {@link #SparkAlsRecommender(SparkSession, int, double, int, long)}, in {@code rounds} rounds (at least 1). */
    public SparkAlsRecommender(SparkSession session, int factors, double regularization, int iterations, long seed,
            int rounds) {
        if (rounds < 1) {
            throw new RecommenderException("als on engine spark needs at least 1 round, not " + rounds);
        }
        this.session = session;
        this.options = new AlternatingLeastSquares.Options(factors, regularization, iterations, seed);
        this.rounds = rounds;
    }

    /** True when {@code keyword} with {@code options} fits on MLlib: {@code als} with only {@link #OPTIONS}. */
    public static boolean supports(String keyword, Map<String, OptionValue> options) {
        return keyword.equals("als") && OPTIONS.containsAll(options.keySet());
    }

    /**
     * The recommender {@code keyword} with the script's {@code options} on {@code session}, or empty when it fits in
     * memory (see {@link #supports}).
     *
     * @throws causal.recommend.RecommenderOptionException for a value als cannot take, with the in-memory message
     */
    public static Optional<Recommender> of(SparkSession session, String keyword, Map<String, OptionValue> options) {
        if (!supports(keyword, options)) {
            return Optional.empty();
        }
        // The registry reads and checks the values, so a wrong one gets the message it gets in memory.
        if (!(Recommenders.create(keyword, RecommenderArguments.of(options)) instanceof AlternatingLeastSquares als)) {
            return Optional.empty();
        }
        AlternatingLeastSquares.Options o = als.options();
        return Optional.of(new SparkAlsRecommender(session, o.factors(), o.regularization(), o.iterations(), o.seed()));
    }

    /**
     * The model of {@code data}'s ratings: biases here, factors by MLlib, in rounds. Not modified: data.
     *
     * @throws RecommenderException for events rather than ratings, or when Spark fails (its message, in words)
     */
    @Override
    public TrainedRecommender fit(Interactions data) {
        return fitParts(data).model(data);
    }

    /** The biases and MLlib's factors of {@code data}, before they become a model. */
    Fit fitParts(Interactions data) {
        if (data.feedback() != Interactions.Feedback.RATINGS) {
            throw new RecommenderException("als on engine spark models ratings, but the data has events; name the "
                    + "column with rating = … or use implicit_als, bpr, item_knn or popular for events");
        }
        double regularization = options.regularization();
        int k = options.factors();
        BaselineBiases biases = BaselineBiases.fit(data, regularization);
        double[] userFactors = new double[data.userCount() * k];
        double[] itemFactors = new double[data.itemCount() * k];
        SparkContext context = session.sparkContext();
        // One block per core up to MLlib's default: on 2 local cores, 10 × 10 blocks took 4 times as long.
        int blocks = Math.max(1, Math.min(MLLIB_BLOCKS, context.defaultParallelism()));
        String before = context.getLocalProperty(SparkProgress.DESCRIPTION);
        try {
            for (int round = 1; round <= rounds; round++) {
                context.setJobDescription(String.format(Locale.ROOT, "%s: MLlib ALS of %d ratings (round %d of %d; "
                        + "factors %d, reg %s, iterations %d, seed %d)", JOB_DESCRIPTION, data.size(), round, rounds,
                        k, regularization, options.iterations(), options.seed()));
                // Kept where the first pass computes it: ALS reads its input more than once.
                Dataset<Row> residuals = residuals(data, biases).persist(StorageLevel.MEMORY_AND_DISK());
                ALS als = new ALS().setRank(k).setRegParam(regularization).setMaxIter(options.iterations())
                        .setSeed(options.seed()).setUserCol(USER).setItemCol(ITEM).setRatingCol(RESIDUAL)
                        .setImplicitPrefs(false).setNonnegative(false).setNumUserBlocks(blocks)
                        .setNumItemBlocks(blocks);
                ALSModel model;
                try {
                    model = Actions.run("als", () -> als.fit(residuals));
                } finally {
                    residuals.unpersist(false);
                }
                userFactors = Actions.run("als user factors", () -> collect(model.userFactors(),
                        data.userCount(), k));
                itemFactors = Actions.run("als item factors", () -> collect(model.itemFactors(),
                        data.itemCount(), k));
                biases = BaselineBiases.fit(data, regularization, products(data, userFactors, itemFactors, k));
            }
        } catch (SparkEngineException e) {
            throw new RecommenderException("als on engine spark: " + e.getMessage(), e);
        } finally {
            context.setLocalProperty(SparkProgress.DESCRIPTION, before);
        }
        return new Fit(biases, k, userFactors, itemFactors);
    }

    /** {@code p_u · q_i} of every rating, in the order of {@code data.byUser()}'s entries. */
    private static double[] products(Interactions data, double[] userFactors, double[] itemFactors, int k) {
        SparseRows rows = data.byUser();
        double[] out = new double[rows.size()];
        for (int u = 0; u < rows.rowCount(); u++) {
            for (int p = rows.start(u); p < rows.end(u); p++) {
                int pu = u * k;
                int qi = rows.column(p) * k;
                double s = 0;
                for (int a = 0; a < k; a++) {
                    s += userFactors[pu + a] * itemFactors[qi + a];
                }
                out[p] = s;
            }
        }
        return out;
    }

    /**
     * The residuals {@code r − μ − b_u − b_i} of {@code data} as a Spark table (user, item: dense indices; residual),
     * sent as slices of arrays and exploded there.
     */
    Dataset<Row> residuals(Interactions data, BaselineBiases biases) {
        SparseRows rows = data.byUser();
        int n = rows.size();
        int parallelism = Math.max(1, session.sparkContext().defaultParallelism());
        int chunk = Math.max(1, Math.min(CHUNK, (n + parallelism - 1) / parallelism));
        List<Row> chunks = new ArrayList<>();
        int[] users = new int[Math.min(chunk, n)];
        int[] items = new int[users.length];
        double[] residuals = new double[users.length];
        int filled = 0;
        int sent = 0;
        for (int u = 0; u < rows.rowCount(); u++) {
            for (int p = rows.start(u); p < rows.end(u); p++) {
                int i = rows.column(p);
                users[filled] = u;
                items[filled] = i;
                residuals[filled] = rows.value(p) - biases.predict(u, i);
                filled++;
                if (filled == users.length) {
                    chunks.add(RowFactory.create(users, items, residuals));
                    sent += filled;
                    filled = 0;
                    int next = Math.min(chunk, n - sent);
                    users = new int[next];
                    items = new int[next];
                    residuals = new double[next];
                }
            }
        }
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(USER, DataTypes.createArrayType(DataTypes.IntegerType, false), false),
                DataTypes.createStructField(ITEM, DataTypes.createArrayType(DataTypes.IntegerType, false), false),
                DataTypes.createStructField(RESIDUAL, DataTypes.createArrayType(DataTypes.DoubleType, false), false)));
        // arrays_zip pairs the arrays element by element; the struct's fields are renamed by position.
        JavaRDD<Row> slices = JavaSparkContext.fromSparkContext(session.sparkContext()).parallelize(chunks,
                Math.max(1, chunks.size()));
        return session.createDataFrame(slices, schema)
                .select(explode(arrays_zip(col(USER), col(ITEM), col(RESIDUAL))).as("rating"))
                .select("rating.*").toDF(USER, ITEM, RESIDUAL);
    }

    /** MLlib's factors (id, features: k floats) by dense index into {@code count × k} doubles, 0 for ids it lacks. */
    private static double[] collect(Dataset<Row> factors, int count, int k) {
        double[] out = new double[count * k];
        for (Row row : factors.collectAsList()) {
            int id = row.getInt(0);
            List<Float> features = row.getList(1);
            for (int a = 0; a < k; a++) {
                out[id * k + a] = features.get(a);
            }
        }
        return out;
    }

    /** A fit before it becomes a model: the baseline, and k factors per user and item (row-major, by dense index). */
    record Fit(BaselineBiases biases, int k, double[] userFactors, double[] itemFactors) {
        TrainedRecommender model(Interactions data) {
            return FactorModels.ratings("als", data, k, userFactors, itemFactors, biases.userBiases(),
                    biases.itemBiases(), biases.mean());
        }
    }
}
