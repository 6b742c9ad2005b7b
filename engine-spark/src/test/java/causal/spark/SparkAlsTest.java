package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.recommend.AlternatingLeastSquares;
import causal.recommend.Interactions;
import causal.recommend.TrainedRecommender;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MLlib's ALS on {@link LowRankRatings}: it should predict the held-out ratings near the noise, well below the
 * ratings' spread, and within 10% of causal's ALS.
 */
class SparkAlsTest {
    private static final double NOISE = LowRankRatings.NOISE;
    private static List<double[]> training;
    private static List<double[]> test;
    private static SparkAlsModel model;

    @BeforeAll
    static void simulate() {
        LowRankRatings ratings = LowRankRatings.simulate();
        training = ratings.training();
        test = ratings.test();
        model = SparkAls.fit(dataset(training), "user", "item", "rating", new SparkAls.Options(3, 0.05, 10, 3, true));
    }

    @Test
    void mllibAlsPredictsHeldOutRatingsNearTheNoiseAndCloseToCausalsAls() {
        SparkAlsModel.Rmse sparkRmse = model.rmse(dataset(test));
        double causalRmse = causalRmse(new AlternatingLeastSquares(new AlternatingLeastSquares.Options(3, 0.05, 10, 3)));
        double spread = standardDeviation(test);
        String both = "MLlib " + sparkRmse.value() + ", causal " + causalRmse + ", ratings' sd " + spread;
        assertThat(sparkRmse.value()).as(both).isLessThan(0.6 * spread).isLessThan(1.3 * NOISE);
        assertThat(sparkRmse.value()).as(both).isCloseTo(causalRmse, within(0.1 * causalRmse));
        assertThat(sparkRmse.ratings()).as("every test user and item was seen in training").isEqualTo(test.size());
    }

    @Test
    void predictionsComeBackOnTheRatingScaleAndFactorsHaveTheRank() {
        assertThat(model.mean()).isCloseTo(3.5, within(0.2));
        List<Row> predicted = model.predict(dataset(test.subList(0, 20))).collectAsList();
        for (Row row : predicted) {
            double prediction = row.getDouble(row.fieldIndex(SparkAlsModel.PREDICTION));
            assertThat(prediction).isBetween(row.getDouble(2) - 1.5, row.getDouble(2) + 1.5);
        }
        Row first = model.itemFactors().first();
        assertThat(first.getList(1)).hasSize(3);
        assertThat(model.userFactors().count()).isEqualTo(LowRankRatings.USERS);
        List<Dataset<Row>> parts = SparkAls.split(dataset(training), 0.2, 5);
        long held = parts.get(1).count();
        assertThat(parts.get(0).count() + held).isEqualTo(training.size());
        assertThat((double) held / training.size()).isBetween(0.17, 0.23);
    }

    private static double causalRmse(AlternatingLeastSquares als) {
        int n = training.size();
        long[] u = new long[n];
        long[] i = new long[n];
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = (long) training.get(k)[0];
            i[k] = (long) training.get(k)[1];
            r[k] = training.get(k)[2];
        }
        TrainedRecommender model = als.fit(Interactions.ratings(u, i, r, null));
        double squares = 0;
        int count = 0;
        for (double[] rating : test) {
            OptionalInt user = model.training().users().find((long) rating[0]);
            OptionalInt item = model.training().items().find((long) rating[1]);
            if (user.isPresent() && item.isPresent()) {
                double e = model.predict(user.getAsInt(), item.getAsInt()) - rating[2];
                squares += e * e;
                count++;
            }
        }
        return Math.sqrt(squares / count);
    }

    private static Dataset<Row> dataset(List<double[]> ratings) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("user", DataTypes.IntegerType, false),
                DataTypes.createStructField("item", DataTypes.IntegerType, false),
                DataTypes.createStructField("rating", DataTypes.DoubleType, false)));
        List<Row> rows = new ArrayList<>();
        for (double[] r : ratings) {
            rows.add(RowFactory.create((int) r[0], (int) r[1], r[2]));
        }
        return LocalSpark.engine().session().createDataFrame(rows, schema);
    }

    private static double standardDeviation(List<double[]> ratings) {
        double mean = ratings.stream().mapToDouble(r -> r[2]).average().orElseThrow();
        return Math.sqrt(ratings.stream().mapToDouble(r -> (r[2] - mean) * (r[2] - mean)).sum() / (ratings.size() - 1));
    }
}
