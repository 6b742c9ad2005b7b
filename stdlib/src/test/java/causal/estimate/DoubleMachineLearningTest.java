package causal.estimate;

import causal.options.OptionValue;
import static causal.estimate.Lalonde.R_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.random.RandomSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@code dml} on LaLonde with the folds given explicitly, against DoubleML's scores computed independently with
 * scikit-learn 1.2.1 ({@code LinearRegression}) and statsmodels 0.13.5 ({@code Logit}, Newton to 1e-14;
 * {@code OLS(...).fit(cov_type = "HC0")}) by {@code src/test/resources/causal/estimate/dml_reference.py}, run with
 * Debian's {@code /usr/bin/python3} from the repository root. With linear and logistic learners the
 * estimate is a deterministic function of the folds.
 */
class DoubleMachineLearningTest {
    private static final int N = 614;
    private static final Map<String, OptionValue> LINEAR_PLR = Map.of("model", new OptionValue.Word("plr"),
            "treatment", new OptionValue.Word("linear"));

    /** Row i in fold {@code i % 5}; the Python script builds the same folds. */
    private static int[] rowModFive() {
        int[] fold = new int[N];
        for (int i = 0; i < N; i++) {
            fold[i] = i % 5;
        }
        return fold;
    }

    private static int[] blocksOf(int size) {
        int[] fold = new int[N];
        for (int i = 0; i < N; i++) {
            fold[i] = (i / size) % 5;
        }
        return fold;
    }

    private static DoubleMachineLearning dml(Map<String, OptionValue> options) {
        return (DoubleMachineLearning) Estimators.find("dml").orElseThrow().create(options);
    }

    @Test
    void partiallyLinearModelWithLinearLearnersIsDoubleMlsPartiallingOutScore() {
        Estimate e = dml(LINEAR_PLR).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE), List.of(rowModFive()));
        // dml_reference.py: theta = Σ ṽ ỹ / Σ ṽ², se = sqrt(mean(ψ²) / J² / n)
        assertThat(e.value()).isCloseTo(1570.86155082411, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(737.420153148781, R_AGREEMENT);
        assertThat(e.ciLow()).isCloseTo(1570.86155082411 - Lalonde.Z975 * 737.420153148781, R_AGREEMENT);
        assertThat(e.statistics().get("outcome_r2")).isCloseTo(0.1106267485088, R_AGREEMENT);
        assertThat(e.statistics().get("treatment_r2")).isCloseTo(0.372177905847472, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("folds", 5.0).containsEntry("repeats", 1.0);
        assertThat(e.estimator()).isEqualTo("dml");
        assertThat(e.n()).isEqualTo(N);
    }

    @Test
    void interactiveModelGivesTheAteOfDoubleMlsIrmWithClippedPropensities() {
        Estimate e = dml(Map.of()).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE), List.of(rowModFive()));
        // dml_reference.py: linear g0, g1 per arm, logistic m clipped to [0.01, 0.99], DoubleML's ATE score
        assertThat(e.value()).isCloseTo(356.575073856828, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(1148.46551940531, R_AGREEMENT);
        assertThat(e.statistics().get("propensity_min")).isCloseTo(0.00825068374236839, R_AGREEMENT);
        assertThat(e.statistics().get("propensity_max")).isCloseTo(0.853144919695741, R_AGREEMENT);
        assertThat(e.statistics().get("propensity_trimmed")).isPositive();
        assertThat(e.notes()).anyMatch(note -> note.startsWith("poor overlap"));
        assertThat(e.notes().get(0)).isEqualTo("interactive model (AIPW score), outcome = linear, treatment = "
                + "logistic; 5-fold cross-fitting");
    }

    @Test
    void interactiveModelGivesTheAttOfDoubleMlsAtteScore() {
        Estimate e = dml(Map.of()).estimate(Lalonde.table(), Lalonde.query(Estimand.ATT), List.of(rowModFive()));
        assertThat(e.value()).isCloseTo(1148.32973731595, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(841.309825616188, R_AGREEMENT);
        assertThat(e.estimand()).isEqualTo(Estimand.ATT);
    }

    @Test
    void repeatedSplitsTakeTheMedianEstimateAndTheMedianOfTheSpreadAdjustedErrors() {
        Estimate e = dml(LINEAR_PLR).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE),
                List.of(rowModFive(), blocksOf(3), blocksOf(11)));
        // dml_reference.py: thetas 1570.86…, 1348.83…, 1518.44…; se = median(sqrt(se_s² + (θ_s - θ)²))
        assertThat(e.value()).isCloseTo(1518.43935268585, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(739.281116441924, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("repeats", 3.0);
    }

    @Test
    void cateByAgeIsTheBestLinearPredictorOfTheAipwSignal() {
        EffectQuery query = new EffectQuery(Estimand.CATE, "treat", "re78", Lalonde.COVARIATES, List.of(),
                Design.observational(), List.of("age"));
        Estimate e = dml(Map.of()).estimate(Lalonde.table(), query, List.of(rowModFive()));
        // dml_reference.py: OLS(psi_b, [1, age - mean(age)]).fit(cov_type = "HC0"), as DoubleMLIRM.cate
        assertThat(e.value()).isCloseTo(356.575073856827, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(1148.20541888335, R_AGREEMENT);
        assertThat(e.statistics().get("modification_by_age")).isCloseTo(61.3407394903005, R_AGREEMENT);
        assertThat(e.statistics().get("modification_by_age_se")).isCloseTo(50.180918140438, R_AGREEMENT);
    }

    @Test
    void cateByAgeInThePartiallyLinearModelIsLinearDmlsFinalStage() {
        EffectQuery query = new EffectQuery(Estimand.CATE, "treat", "re78", Lalonde.COVARIATES, List.of(),
                Design.observational(), List.of("age"));
        Estimate e = dml(LINEAR_PLR).estimate(Lalonde.table(), query, List.of(rowModFive()));
        // dml_reference.py: OLS(ỹ, [ṽ, ṽ (age - mean(age))]).fit(cov_type = "HC0"), as DoubleMLPLR.cate
        assertThat(e.value()).isCloseTo(1898.28631812667, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(756.440072682744, R_AGREEMENT);
        assertThat(e.statistics().get("modification_by_age")).isCloseTo(183.894161800378, R_AGREEMENT);
        assertThat(e.statistics().get("modification_by_age_se")).isCloseTo(67.9532801032913, R_AGREEMENT);
    }

    @Test
    void seededFoldsAreAShuffledPartitionIntoNearlyEqualParts() {
        int[] fold = CrossFitting.folds(17, 5, new RandomSource(3));
        int[] sizes = new int[5];
        for (int f : fold) {
            sizes[f]++;
        }
        // As KFold: the first n mod k folds one row longer.
        assertThat(sizes).containsExactly(4, 4, 3, 3, 3);
        assertThat(fold).isEqualTo(CrossFitting.folds(17, 5, new RandomSource(3)));
        assertThat(fold).isNotEqualTo(CrossFitting.folds(17, 5, new RandomSource(4)));
        int[] inOrder = new int[17];
        for (int i = 0; i < 17; i++) {
            inOrder[i] = i * 5 / 17;
        }
        assertThat(fold).isNotEqualTo(inOrder);
    }

    @Test
    void theSameSeedGivesTheSameEstimateAndAnotherSeedOtherFolds() {
        Map<String, OptionValue> seed7 = Map.of("seed", new OptionValue.Number(7));
        Estimate first = dml(seed7).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE));
        Estimate again = dml(seed7).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE));
        Estimate other = dml(Map.of("seed", new OptionValue.Number(8))).estimate(Lalonde.table(),
                Lalonde.query(Estimand.ATE));
        assertThat(again.value()).isEqualTo(first.value());
        assertThat(again.stdError()).isEqualTo(first.stdError());
        assertThat(other.value()).isNotEqualTo(first.value());
    }

    @Test
    void seededEstimateUsesTheSeedsFoldAssignment() {
        RandomSource random = new RandomSource(7);
        List<int[]> splits = List.of(CrossFitting.folds(N, 5, random.stream(0)), CrossFitting.folds(N, 5,
                random.stream(1)));
        Map<String, OptionValue> options = Map.of("seed", new OptionValue.Number(7), "repeats",
                new OptionValue.Number(2));
        Estimate seeded = dml(options).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE));
        Estimate given = dml(options).estimate(Lalonde.table(), Lalonde.query(Estimand.ATE), splits);
        assertThat(seeded.value()).isEqualTo(given.value());
        assertThat(seeded.stdError()).isEqualTo(given.stdError());
    }

    @Test
    void continuousTreatmentDefaultsToThePartiallyLinearModelWithLinearLearners() {
        double[] dose = new double[40];
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i % 7;
            dose[i] = 0.5 * x[i] + (i % 3);
            y[i] = 3 * dose[i] + x[i] * x[i] / 10 + (i % 4) * 0.1;
        }
        Table data = Table.of("dose.csv", 40, List.of(NumericColumn.of("dose", dose), NumericColumn.of("x", x),
                NumericColumn.of("y", y)));
        Estimate e = dml(Map.of()).estimate(data, new EffectQuery(Estimand.ATE, "dose", "y", List.of("x"),
                List.of()));
        assertThat(e.notes().get(0)).startsWith("partially linear model (partialling-out score), outcome = linear, "
                + "treatment = linear");
        assertThat(e.statistics()).containsKeys("outcome_r2", "treatment_r2").doesNotContainKey("propensity_min");
        assertThat(e.value()).isCloseTo(3.0, Offset.offset(0.2));
        assertThat(Arrays.asList(e.stdError(), e.ciLow(), e.ciHigh())).allMatch(Double::isFinite);
    }
}
