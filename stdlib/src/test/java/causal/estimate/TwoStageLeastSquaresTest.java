package causal.estimate;

import causal.data.CsvReader;
import causal.data.Table;
import causal.options.OptionValue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stock and Watson's cigarette demand (AER's CigarettesSW, 1995, 48 states; exported to
 * stdlib/src/test/resources/estimate/cigarettes.csv): log packs on log real price instrumented by the sales-tax
 * difference (and the cigarette tax), log real income exogenous. References: R 4.2.2, AER 1.2-10,
 * {@code ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff [+ rtax])} with {@code vcov} and
 * {@code sandwich::vcovHC(type = "HC1")}.
 */
class TwoStageLeastSquaresTest {
    private static Estimate tsls(List<String> instruments, List<String> exogenous, String se) throws Exception {
        Table data = CsvReader.read(Path.of(TwoStageLeastSquaresTest.class.getResource("/estimate/cigarettes.csv")
                .toURI()), "cigarettes.csv");
        Estimator e = TwoStageLeastSquares.SPEC.create(Map.of("se", new OptionValue.Word(se)));
        return e.estimate(data, new EffectQuery(Estimand.ATE, "lrprice", "lpacks", List.of(), exogenous,
                new Design.Instruments(instruments)));
    }

    private static void relative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-8));
    }

    @Test
    void oneInstrumentWithAnExogenousRegressorIsIvreg() throws Exception {
        // coef -1.143375122204652; vcov se 0.359486068124116; HC1 se 0.372302687882124
        relative(tsls(List.of("tdiff"), List.of("lrincome"), "classical").value(), -1.143375122204652);
        relative(tsls(List.of("tdiff"), List.of("lrincome"), "classical").stdError(), 0.359486068124116);
        relative(tsls(List.of("tdiff"), List.of("lrincome"), "hc1").stdError(), 0.372302687882124);
    }

    @Test
    void twoInstrumentsOverIdentifyAndReportTheFirstStageF() throws Exception {
        // coef -1.277424133427284; vcov se 0.263198590279750; HC1 se 0.249610000397937;
        // weak-instruments F (= anova of the first stage) 244.733753555916280 on 2 and 44 df
        Estimate e = tsls(List.of("tdiff", "rtax"), List.of("lrincome"), "hc1");
        relative(e.value(), -1.277424133427284);
        relative(e.stdError(), 0.249610000397937);
        relative(e.statistics().get("first_stage_f"), 244.733753555916280);
        assertThat(e.statistics().get("instruments")).isEqualTo(2.0);
        assertThat(e.notes()).isEmpty();
        relative(tsls(List.of("tdiff", "rtax"), List.of("lrincome"), "classical").stdError(), 0.263198590279750);
    }

    @Test
    void withoutExogenousRegressorsItIsTheSimpleIvEstimate() throws Exception {
        // ivreg(lpacks ~ lrprice | tdiff): coef -1.08358676430933, se 0.316614516308214
        Estimate e = tsls(List.of("tdiff"), List.of(), "classical");
        relative(e.value(), -1.08358676430933);
        relative(e.stdError(), 0.316614516308214);
    }
}
