package causal.stream;

import static causal.stream.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.Estimators;
import causal.estimate.StandardErrors;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 2 x 2 difference in differences from four cells' moments against {@code lm(y ~ treated * post)} with
 * {@code sandwich} errors: R on the stores panel, {@code causal.learn}'s least squares on simulated data.
 */
class StreamingDifferenceInDifferencesTest {
    private static final StreamOptions TWO_THREADS = new StreamOptions(2);

    /** The shared 40-store, 4-period panel (20 stores in nj), post = period 2 and 3. */
    private static Table stores() {
        Table panel = Fixtures.shared("stores_panel.csv");
        double[] period = ((NumericColumn) panel.column("period")).toArray();
        double[] post = new double[period.length];
        for (int i = 0; i < post.length; i++) {
            post[i] = period[i] >= 2 ? 1 : 0;
        }
        return panel.with(NumericColumn.of("post", post));
    }

    private static EffectQuery did(String treatment, String outcome, String unit, String post) {
        return new EffectQuery(Estimand.ATT, treatment, outcome, List.of(), List.of(),
                new Design.DifferenceInDifferences(unit, "period", post));
    }

    @Test
    void storesPanelMatchesLmWithSandwichErrorsInR() {
        // R 4.2.2, sandwich 3.0.2, lmtest 0.9-40, options(digits = 15): d <- read.csv("stores_panel.csv");
        // d$post <- as.numeric(d$period >= 2); f <- lm(sales ~ nj * post, data = d); coef(f)["nj:post"];
        // sqrt(diag(vcovHC(f, type = "HC1")))["nj:post"] (and "HC0", "HC3", vcov(f));
        // coefci(f, vcov = vcovHC(f, type = "HC1"))["nj:post", ]; coeftest(…)["nj:post", "Pr(>|t|)"];
        // sqrt(diag(vcovCL(f, cluster = ~store, type = "HC1")))["nj:post"]
        Table stores = stores();
        EffectQuery query = did("nj", "sales", "store", "post");
        Estimate hc1 = StreamingDifferenceInDifferences.estimate(TableSource.of(stores, 50), query,
                StandardErrors.HC1, TWO_THREADS).estimate();
        assertRelative(8.26087499999999, hc1.value(), 1e-12);
        assertRelative(0.836584953661772, hc1.stdError(), 1e-12);
        assertRelative(6.60837919189922, hc1.ciLow(), 1e-12);
        assertRelative(9.91337080810075, hc1.ciHigh(), 1e-12);
        assertRelative(3.63482024545553e-18, hc1.pValue(), 1e-6);
        assertThat(hc1.n()).isEqualTo(160);
        Estimate hc0 = StreamingDifferenceInDifferences.estimate(TableSource.of(stores), query,
                new StandardErrors(StandardErrors.Kind.HC0, Optional.empty()), TWO_THREADS).estimate();
        assertRelative(0.826061453571063, hc0.stdError(), 1e-12);
        Estimate hc3 = StreamingDifferenceInDifferences.estimate(TableSource.of(stores), query,
                new StandardErrors(StandardErrors.Kind.HC3, Optional.empty()), TWO_THREADS).estimate();
        assertRelative(0.847242516483142, hc3.stdError(), 1e-12);
        Estimate classical = StreamingDifferenceInDifferences.estimate(TableSource.of(stores), query,
                new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty()), TWO_THREADS).estimate();
        assertRelative(0.836584953661771, classical.stdError(), 1e-12);
        StreamedEstimate clustered = StreamingDifferenceInDifferences.estimate(TableSource.of(stores, 7), query,
                StandardErrors.clusteredBy("store"), TWO_THREADS);
        assertRelative(0.311622152609506, clustered.estimate().stdError(), 1e-12);
        assertThat(clustered.estimate().statistics().get("clusters")).isEqualTo(40.0);
        assertThat(clustered.passes()).isEqualTo(2);
    }

    @Test
    void theEstimateIsTheTwoWayFixedEffectsCoefficientOfTheBalancedPanel() {
        Table stores = stores();
        EffectQuery query = did("nj", "sales", "store", "post");
        Estimate twfe = Estimators.find("twfe").orElseThrow().create(Map.of()).estimate(stores, query);
        Estimate streamed = StreamingDifferenceInDifferences.estimate(TableSource.of(stores), query,
                StandardErrors.HC1, TWO_THREADS).estimate();
        assertRelative(twfe.value(), streamed.value(), 1e-9);
    }

    @Test
    void everyKindOfErrorEqualsTheInteractionRegressionInMemory() {
        Table data = Fixtures.complete(Fixtures.simulated(6000, 41, 0.02), List.of("t", "post", "y", "g"));
        double[] t = ((NumericColumn) data.column("t")).toArray();
        double[] post = ((NumericColumn) data.column("post")).toArray();
        double[] y = ((NumericColumn) data.column("y")).toArray();
        double[] ones = new double[t.length];
        double[] interaction = new double[t.length];
        int[] cluster = new int[t.length];
        double[] g = ((NumericColumn) data.column("g")).toArray();
        for (int i = 0; i < t.length; i++) {
            ones[i] = 1;
            interaction[i] = t[i] * post[i];
            cluster[i] = (int) g[i];
        }
        DesignMatrix design = DesignMatrix.ofColumns(List.of("(intercept)", "t", "post", "t:post"),
                new double[][] {ones, t, post, interaction});
        LinearFit fit = LinearRegression.fit(design, y, null);
        EffectQuery query = did("t", "y", "g", "post");
        for (CovarianceType type : CovarianceType.values()) {
            double[] v = SandwichCovariance.heteroskedastic(fit, design, y, null, type);
            Estimate streamed = StreamingDifferenceInDifferences.estimate(TableSource.of(data, 1000), query,
                    new StandardErrors(StandardErrors.Kind.valueOf(type.name()), Optional.empty()), TWO_THREADS)
                    .estimate();
            assertRelative(fit.coefficient(3), streamed.value(), 1e-9);
            assertRelative(Math.sqrt(v[15]), streamed.stdError(), 1e-9);
        }
        double[] classical = SandwichCovariance.classical(fit, design, y, null);
        assertRelative(Math.sqrt(classical[15]), StreamingDifferenceInDifferences.estimate(TableSource.of(data),
                query, new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty()), TWO_THREADS)
                .estimate().stdError(), 1e-9);
        double[] clustered = SandwichCovariance.clustered(fit, design, y, null, cluster, 43);
        assertRelative(Math.sqrt(clustered[15]), StreamingDifferenceInDifferences.estimate(TableSource.of(data, 500),
                query, StandardErrors.clusteredBy("g"), TWO_THREADS).estimate().stdError(), 1e-9);
    }

    @Test
    void aFlagThatIsNotZeroOrOneIsRefused() {
        Table stores = stores();
        assertThatThrownBy(() -> StreamingDifferenceInDifferences.estimate(TableSource.of(stores),
                did("nj", "sales", "store", "period"), StandardErrors.HC1, TWO_THREADS))
                .isInstanceOf(StreamException.class)
                .hasMessage("the post flag period must be 0/1 or true/false, but it is 2.0");
    }

    @Test
    void anEmptyGroupIsNamed() {
        Table stores = stores();
        Table treatedOnly = stores.filter(stores.completeRows(List.of("nj")));
        double[] nj = ((NumericColumn) treatedOnly.column("nj")).toArray();
        double[] post = ((NumericColumn) treatedOnly.column("post")).toArray();
        for (int i = 0; i < nj.length; i++) {
            if (nj[i] == 1 && post[i] == 0) {
                nj[i] = Double.NaN;
            }
        }
        Table missingCell = stores.with(NumericColumn.of("nj", nj));
        assertThatThrownBy(() -> StreamingDifferenceInDifferences.estimate(TableSource.of(missingCell),
                did("nj", "sales", "store", "post"), StandardErrors.HC1, TWO_THREADS))
                .isInstanceOf(StreamException.class)
                .hasMessage("no row has nj = 1 and post = 0; the 2 x 2 comparison needs rows in all four groups");
    }
}
