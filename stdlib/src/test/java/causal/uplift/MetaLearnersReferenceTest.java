package causal.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import causal.data.CsvReader;
import causal.data.Table;
import causal.options.OptionValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The meta-learners with deterministic base learners agree number for number with EconML's published algorithms,
 * transcribed to numpy, scikit-learn and statsmodels in {@code src/test/python/uplift_metalearners.py} (EconML itself
 * cannot be installed here): every row's CATE and the average effect to 1e-6 relative, on LaLonde's 614 rows
 * ({@code treat}, {@code re78} and the usual eight covariates) and on 300 simulated rows with propensities near 0
 * and 1 ({@code simulated_uplift.csv}, drawn by the script).
 *
 * <p>The script rebuilds the DR-learner's folds from their documented rule; the per-row references and those folds
 * are in {@code metalearners_lalonde.csv} and {@code metalearners_simulated.csv}, the averages and standard errors
 * below as printed by it (Debian's Python 3.11, numpy 1.24.2, scikit-learn 1.2.1, statsmodels 0.13.5:
 * {@code /usr/bin/python3 stdlib/src/test/python/uplift_metalearners.py}).
 */
class MetaLearnersReferenceTest {
    private static final Path RESOURCES = Path.of("src/test/resources/causal");
    private static final List<String> LALONDE_COVARIATES =
            List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75");
    private static final OptionValue LINEAR = new OptionValue.Word("linear");
    private static final OptionValue RIDGE = new OptionValue.Word("ridge");

    private static final Reference LALONDE = lalonde();
    private static final Reference SIMULATED = simulated();

    @Test
    void crossFittingFoldsFollowTheirDocumentedRule() {
        // Each arm's rows shuffled by Fisher-Yates with RandomSource(seed).stream(arm), then dealt to the folds in
        // turn; the script rebuilds them from SplitMix64, xoshiro256** and Lemire's bounded integers.
        assertThat(foldsOf(LALONDE.t(), 5, 0)).containsExactly(LALONDE.column("fold_drlearner"));
        assertThat(foldsOf(SIMULATED.t(), 5, 0)).containsExactly(SIMULATED.column("fold_drlearner"));
        assertThat(foldsOf(SIMULATED.t(), 3, 7)).containsExactly(SIMULATED.column("fold_drlearner_custom"));
    }

    @Test
    void sLearnerAgreesWithEconMlsSLearner() {
        // SLearner(overall_model=LinearRegression()): OLS on [X, 1 - T, T]; without interactions every row's effect
        // is the treatment's coefficient (on LaLonde, lm's 1548.24).
        Map<String, OptionValue> options = Map.of("learner", LINEAR);
        assertAgrees(LALONDE, "slearner", options, "slearner", 1548.2438019996096);
        assertAgrees(SIMULATED, "slearner", options, "slearner", 1.387811375582981);
    }

    @Test
    void tLearnerAgreesWithEconMlsTLearner() {
        // TLearner(models=LinearRegression()): μ1(x) - μ0(x), each arm's OLS.
        Map<String, OptionValue> options = Map.of("learner", LINEAR);
        assertAgrees(LALONDE, "tlearner", options, "tlearner", 1074.908541395133);
        assertAgrees(SIMULATED, "tlearner", options, "tlearner", 1.2494321026769224);
    }

    @Test
    void xLearnerWithLinearStagesAgreesWithEconMlsXLearnerAndIsTheTLearner() {
        // XLearner(models=LinearRegression(), propensity_model=unpenalised logit). Least squares in both stages
        // regresses each arm's imputed effects to exactly μ1 - μ0, so the propensity blend cancels.
        Map<String, OptionValue> options = Map.of("learner", LINEAR);
        assertAgrees(LALONDE, "xlearner", options, "xlearner", 1074.9085413954135);
        assertAgrees(SIMULATED, "xlearner", options, "xlearner", 1.249432102676922);
        assertAgrees(LALONDE, "xlearner", options, "tlearner", 1074.908541395133);
    }

    @Test
    void xLearnerWithARidgeSecondStageAgreesWithEconMlsPropensityBlend() {
        // XLearner(models=LinearRegression(), cate_models=StandardScaler + Ridge(alpha = n·0.1),
        // propensity_model=unpenalised logit): τ̂ = g(x) τ0(x) + (1 - g(x)) τ1(x), the two ridge fits now differ.
        Map<String, OptionValue> options = Map.of("learner", LINEAR, "effect", RIDGE);
        assertAgrees(LALONDE, "xlearner", options, "xlearner_ridge", 1116.3320382326353);
        assertAgrees(SIMULATED, "xlearner", options, "xlearner_ridge", 1.2676883330417892);
    }

    @Test
    void drLearnerAgreesWithEconMlsDrLearnerWithArmWiseOutcomeModels() {
        // DRLearner(model_regression=MultiModelWrapper(OLS, OLS), model_propensity=unpenalised logit,
        // model_final=LinearRegression(), min_propensity=0.01, cv=Causal's 5 folds of seed 0). The average is the
        // mean pseudo-outcome (equal to EconML's ate(X), the mean final prediction, for a final model with an
        // intercept) and its standard error sd(φ)/√n, statsmodels' HC1 standard error of the intercept-only OLS of
        // φ (EconML's LinearDRLearner(X=None) reports HC0: 1225.7570128887085 on LaLonde).
        Map<String, OptionValue> options = Map.of("learner", LINEAR);
        AverageEffect lalonde = assertAgrees(LALONDE, "drlearner", options, "drlearner", 1040.3201302972934);
        assertThat(lalonde.stdError().getAsDouble()).isCloseTo(1226.7564072764096, withinPercentage(1e-4));
        AverageEffect simulated = assertAgrees(SIMULATED, "drlearner", options, "drlearner", 1.2961918876514784);
        assertThat(simulated.stdError().getAsDouble()).isCloseTo(0.16043970731143828, withinPercentage(1e-4));
    }

    @Test
    void drLearnerOptionsReachTheFoldsTheClippingAndTheFinalModel() {
        // 3 folds of seed 7, propensities clipped to [0.05, 0.95] (46 of the 300 rows), a ridge(lambda = 0.5)
        // final model: DRLearner(..., model_final=StandardScaler + Ridge(alpha = n·0.5), min_propensity=0.05).
        Map<String, OptionValue> options = Map.of("learner", LINEAR, "folds", new OptionValue.Number(3),
                "seed", new OptionValue.Number(7), "min_propensity", new OptionValue.Number(0.05),
                "effect", new OptionValue.Call("ridge", List.of(), Map.of("lambda", new OptionValue.Number(0.5))));
        AverageEffect average = assertAgrees(SIMULATED, "drlearner", options, "drlearner_custom", 1.3005488374441359);
        assertThat(average.stdError().getAsDouble()).isCloseTo(0.17856967676011104, withinPercentage(1e-4));
    }

    /**
     * Fits {@code keyword} with {@code options} and checks every training row's CATE against the reference column
     * {@code expected}, and the average effect against {@code average}: each to 1e-6 relative, the rows' floor of
     * scale being the root mean square of the reference CATE (a row whose effect is near 0 is held to 1e-6 of the
     * typical effect).
     */
    private static AverageEffect assertAgrees(Reference data, String keyword, Map<String, OptionValue> options,
            String expected, double average) {
        FittedUplift model = UpliftLearners.create(keyword, options).fit(data.x(), data.t(), data.y());
        double[] reference = data.column(expected);
        double[] predicted = model.predict(data.x());
        double scale = Math.sqrt(meanSquare(reference));
        for (int i = 0; i < reference.length; i++) {
            double tolerance = 1e-6 * Math.max(Math.abs(reference[i]), scale);
            assertThat(predicted[i]).as("%s %s row %d", data.name(), expected, i + 1)
                    .isCloseTo(reference[i], within(tolerance));
        }
        AverageEffect effect = model.averageEffect();
        assertThat(effect.value()).as("%s %s average", data.name(), expected)
                .isCloseTo(average, withinPercentage(1e-4));
        assertThat(effect.n()).isEqualTo(reference.length);
        return effect;
    }

    private static double[] foldsOf(double[] treatment, int folds, long seed) {
        CrossFitting split = CrossFitting.stratified(treatment, folds, seed, "drlearner");
        double[] foldOf = new double[treatment.length];
        for (int k = 0; k < folds; k++) {
            for (int row : split.inside(k)) {
                foldOf[row] = k;
            }
        }
        return foldOf;
    }

    private static double meanSquare(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return s / values.length;
    }

    /** A data set's features, treatment and outcome, and the script's reference columns for it. */
    private record Reference(String name, double[][] x, double[] t, double[] y, Table expected) {
        double[] column(String reference) {
            return columnOf(expected, reference);
        }
    }

    private static Reference lalonde() {
        // The data module's copy of /work/shared/data/lalonde.csv (byte-identical), else the shared one.
        Path path = RESOURCES.resolve("data/lalonde.csv");
        if (!Files.exists(path)) {
            path = Path.of("../../shared/data/lalonde.csv");
        }
        Table table = CsvReader.read(path, "lalonde.csv");
        double[][] x = LALONDE_COVARIATES.stream().map(c -> columnOf(table, c)).toArray(double[][]::new);
        return new Reference("lalonde", x, columnOf(table, "treat"), columnOf(table, "re78"),
                read("uplift/metalearners_lalonde.csv"));
    }

    private static Reference simulated() {
        Table table = read("uplift/simulated_uplift.csv");
        double[][] x = {columnOf(table, "x1"), columnOf(table, "x2"), columnOf(table, "x3")};
        return new Reference("simulated", x, columnOf(table, "t"), columnOf(table, "y"),
                read("uplift/metalearners_simulated.csv"));
    }

    private static Table read(String file) {
        return CsvReader.read(RESOURCES.resolve(file), file.substring(file.indexOf('/') + 1));
    }

    private static double[] columnOf(Table table, String name) {
        double[] out = new double[table.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = table.column(name).numeric(i);
        }
        return out;
    }
}
