package causal.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sqrt;

import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An MLlib ALS model with the training mean it was centered on: predictions {@code μ + p_u · q_i}, the factors, and
 * the root mean squared error on test ratings.
 */
public final class SparkAlsModel {
    /** The column predictions are written to. */
    public static final String PREDICTION = "prediction";

    private final ALSModel model;
    private final String user;
    private final String item;
    private final String rating;
    private final double mean;
    private final long trainingRatings;

    SparkAlsModel(ALSModel model, String user, String item, String rating, double mean, long trainingRatings) {
        this.model = model;
        this.user = user;
        this.item = item;
        this.rating = rating;
        this.mean = mean;
        this.trainingRatings = trainingRatings;
    }

    /** The training mean added to every prediction (0 when not centered). */
    public double mean() {
        return mean;
    }

    public long trainingRatings() {
        return trainingRatings;
    }

    public int factors() {
        return model.rank();
    }

    /**
     * {@code pairs} with a {@code prediction} column: the predicted rating of the row's item by its user, NaN where
     * the user or item had no training rating.
     */
    public Dataset<Row> predict(Dataset<Row> pairs) {
        return model.transform(pairs).withColumn(PREDICTION, col(PREDICTION).cast("double").plus(lit(mean)));
    }

    /** MLlib's user factors: {@code id} and {@code features}, an array of {@link #factors()} floats. */
    public Dataset<Row> userFactors() {
        return model.userFactors();
    }

    /** MLlib's item factors: {@code id} and {@code features}. */
    public Dataset<Row> itemFactors() {
        return model.itemFactors();
    }

    /**
     * The root mean squared error of the predictions on the ratings of {@code test} whose user and item were both
     * seen in training, and how many test ratings that is.
     */
    public Rmse rmse(Dataset<Row> test) {
        Dataset<Row> scored = predict(test.select(SparkColumns.column(user).as(user), SparkColumns.column(item).as(item),
                SparkDesign.number(rating).as(rating)).na().drop());
        Column error = col(PREDICTION).minus(SparkColumns.column(rating));
        Row row = Actions.run("als rmse", () -> scored.filter(not(isnan(col(PREDICTION))))
                .agg(sqrt(avg(error.multiply(error))), count(lit(1))).first());
        if (row.getLong(1) == 0) {
            throw new SparkEngineException("no test rating has a user and an item seen in training");
        }
        return new Rmse(row.getDouble(0), row.getLong(1));
    }

    /** An RMSE over {@code ratings} test ratings. */
    public record Rmse(double value, long ratings) {
    }
}
