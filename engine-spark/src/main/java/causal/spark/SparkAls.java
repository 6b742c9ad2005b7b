package causal.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import causal.options.OptionSpec;
import java.util.List;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;

/**
 * Explicit-feedback ALS on Spark MLlib ({@code org.apache.spark.ml.recommendation.ALS}): ratings of items by
 * users factored as {@code r̂ = μ + p_u · q_i}. MLlib penalizes {@code λ (n_u ‖p_u‖² + n_i ‖q_i‖²)}, the weighted-λ
 * regularization (ALS-WR, Zhou et al. 2008) that {@code causal.recommend.AlternatingLeastSquares} also uses, so the
 * options map one to one: {@code factors} is MLlib's rank, {@code reg} its regParam, {@code iterations} its maxIter.
 * MLlib has no biases; with {@code centered} (the default) it factors the ratings minus their training mean μ, which
 * causal's ALS keeps as a fixed term, leaving the user and item biases as the one difference between the two.
 * MLlib stores factors as 32-bit floats and needs whole-number ids in the int range.
 */
public final class SparkAls {
    /** The options of {@code als} on this engine. */
    public static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec("factors", "integer", "10", "the number of latent factors (MLlib's rank)"),
            new OptionSpec("reg", "number", "0.1",
                    "λ of the penalty λ (n_u ‖p_u‖² + n_i ‖q_i‖²), as causal's als and MLlib's regParam"),
            new OptionSpec("iterations", "integer", "10", "alternating sweeps over users and items (MLlib's maxIter)"),
            new OptionSpec("seed", "integer", "0", "seed of MLlib's random starting factors"),
            new OptionSpec("centered", "boolean", "true",
                    "factor the ratings minus their training mean, added back to every prediction"));

    /** The configuration: factors k, regularization λ, iterations, seed, and centering on the training mean. */
    public record Options(int factors, double regularization, int iterations, long seed, boolean centered) {
        public static final Options DEFAULTS = new Options(10, 0.1, 10, 0, true);

        public Options {
            if (factors < 1) {
                throw new SparkEngineException("factors must be at least 1, not " + factors);
            }
            if (!(regularization > 0) || Double.isInfinite(regularization)) {
                throw new SparkEngineException("reg must be a positive number, not " + regularization);
            }
            if (iterations < 1) {
                throw new SparkEngineException("iterations must be at least 1, not " + iterations);
            }
        }
    }

    private SparkAls() {
    }

    /**
     * The model of the {@code rating} of {@code item} by {@code user} in {@code ratings}, fitted by MLlib.
     *
     * @throws SparkEngineException for a missing or non-numeric column, no ratings, or ids MLlib cannot take
     */
    public static SparkAlsModel fit(Dataset<Row> ratings, String user, String item, String rating, Options options) {
        for (String column : List.of(user, item, rating)) {
            DataType type = SparkDesign.typeOf(ratings, column);
            if (!(type instanceof NumericType)) {
                throw new SparkEngineException("als on engine spark needs " + column + " to be numeric"
                        + (column.equals(rating) ? "" : " (whole-number ids; index text ids first)") + ", but it is "
                        + type.simpleString());
            }
        }
        Dataset<Row> clean = ratings.select(SparkColumns.column(user).as(user), SparkColumns.column(item).as(item),
                SparkDesign.number(rating).as(rating)).na().drop();
        Row summary = Actions.run("als ratings", () -> clean.agg(count(lit(1)), avg(SparkColumns.column(rating)))
                .first());
        if (summary.getLong(0) == 0) {
            throw new SparkEngineException("als has no ratings to fit: every row misses " + user + ", " + item
                    + " or " + rating);
        }
        double mean = options.centered() ? summary.getDouble(1) : 0;
        Dataset<Row> training = clean.withColumn(rating, SparkColumns.column(rating).minus(lit(mean)));
        ALS als = new ALS().setRank(options.factors()).setRegParam(options.regularization())
                .setMaxIter(options.iterations()).setSeed(options.seed()).setUserCol(user).setItemCol(item)
                .setRatingCol(rating).setImplicitPrefs(false).setNonnegative(false).setColdStartStrategy("nan");
        ALSModel model = Actions.run("als", () -> als.fit(training));
        return new SparkAlsModel(model, user, item, rating, mean, summary.getLong(0));
    }

    /**
     * A random split of {@code ratings} into training and test parts ({@code testFraction} of the rows, about),
     * reproducible for a seed and a partitioning.
     */
    public static List<Dataset<Row>> split(Dataset<Row> ratings, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new SparkEngineException("the test fraction of a split must be between 0 and 1, not " + testFraction);
        }
        Dataset<Row>[] parts = ratings.randomSplit(new double[] {1 - testFraction, testFraction}, seed);
        return List.of(parts[0], parts[1]);
    }
}
