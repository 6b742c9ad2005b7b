package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.random.RandomSource;
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
 * 400 users rate 30 of 300 items each: rating = 3.5 + p_u · q_i (rank 3, factors N(0, 0.6²)) + noise N(0, 0.3²), 20%
 * of the ratings held out (sd of the ratings about 0.7). Both ALS implementations should predict them near the
 * noise (RMSE 0.3 at best), well below the ratings' spread, and within 10% of each other.
 */
class SparkAlsTest {
    private static final int USERS = 400;
    private static final int ITEMS = 300;
    private static final int PER_USER = 30;
    private static final double NOISE = 0.3;
    private static final List<double[]> TRAINING = new ArrayList<>();
    private static final List<double[]> TEST = new ArrayList<>();
    private static SparkAlsModel model;

    @BeforeAll
    static void simulate() {
        RandomSource random = new RandomSource(11);
        double[][] users = factors(random, USERS);
        double[][] items = factors(random, ITEMS);
        for (int u = 0; u < USERS; u++) {
            boolean[] rated = new boolean[ITEMS];
            for (int k = 0; k < PER_USER; k++) {
                int i = random.nextInt(ITEMS);
                if (rated[i]) {
                    continue;
                }
                rated[i] = true;
                double r = 3.5 + NOISE * gaussian(random);
                for (int a = 0; a < 3; a++) {
                    r += users[u][a] * items[i][a];
                }
                (random.nextDouble() < 0.2 ? TEST : TRAINING).add(new double[] {u, i, r});
            }
        }
        model = SparkAls.fit(dataset(TRAINING), "user", "item", "rating", new SparkAls.Options(3, 0.05, 10, 3, true));
    }

    @Test
    void mllibAlsPredictsHeldOutRatingsNearTheNoiseAndCloseToCausalsAls() {
        SparkAlsModel.Rmse sparkRmse = model.rmse(dataset(TEST));
        double causalRmse = causalRmse(new AlternatingLeastSquares(new AlternatingLeastSquares.Options(3, 0.05, 10, 3)));
        double spread = standardDeviation(TEST);
        String both = "MLlib " + sparkRmse.value() + ", causal " + causalRmse + ", ratings' sd " + spread;
        assertThat(sparkRmse.value()).as(both).isLessThan(0.6 * spread).isLessThan(1.3 * NOISE);
        assertThat(sparkRmse.value()).as(both).isCloseTo(causalRmse, within(0.1 * causalRmse));
        assertThat(sparkRmse.ratings()).as("every test user and item was seen in training").isEqualTo(TEST.size());
    }

    @Test
    void predictionsComeBackOnTheRatingScaleAndFactorsHaveTheRank() {
        assertThat(model.mean()).isCloseTo(3.5, within(0.2));
        List<Row> predicted = model.predict(dataset(TEST.subList(0, 20))).collectAsList();
        for (Row row : predicted) {
            double prediction = row.getDouble(row.fieldIndex(SparkAlsModel.PREDICTION));
            assertThat(prediction).isBetween(row.getDouble(2) - 1.5, row.getDouble(2) + 1.5);
        }
        Row first = model.itemFactors().first();
        assertThat(first.getList(1)).hasSize(3);
        assertThat(model.userFactors().count()).isEqualTo(USERS);
        List<Dataset<Row>> parts = SparkAls.split(dataset(TRAINING), 0.2, 5);
        long held = parts.get(1).count();
        assertThat(parts.get(0).count() + held).isEqualTo(TRAINING.size());
        assertThat((double) held / TRAINING.size()).isBetween(0.17, 0.23);
    }

    private static double causalRmse(AlternatingLeastSquares als) {
        int n = TRAINING.size();
        long[] u = new long[n];
        long[] i = new long[n];
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = (long) TRAINING.get(k)[0];
            i[k] = (long) TRAINING.get(k)[1];
            r[k] = TRAINING.get(k)[2];
        }
        TrainedRecommender model = als.fit(Interactions.ratings(u, i, r, null));
        double squares = 0;
        int count = 0;
        for (double[] rating : TEST) {
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

    private static double[][] factors(RandomSource random, int count) {
        double[][] out = new double[count][3];
        for (double[] row : out) {
            for (int a = 0; a < 3; a++) {
                row[a] = 0.6 * gaussian(random);
            }
        }
        return out;
    }

    /** Box-Muller. */
    private static double gaussian(RandomSource random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double standardDeviation(List<double[]> ratings) {
        double mean = ratings.stream().mapToDouble(r -> r[2]).average().orElseThrow();
        return Math.sqrt(ratings.stream().mapToDouble(r -> (r[2] - mean) * (r[2] - mean)).sum() / (ratings.size() - 1));
    }
}
