package causal.its;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Segmented regression with Newey-West errors on resources/causal/its/series.csv (60 months, intervention at month
 * 31, AR(1) errors), against statsmodels 0.13.5 {@code OLS(y, X).fit(cov_type = "HAC", cov_kwds = {"maxlags": L})}
 * as printed by reference.py in the same folder (Debian python3 3.11.2, numpy 1.24.2; output in reference.out).
 */
class InterruptedTimeSeriesTest {
    private static final double REL = 1e-6;

    private final double[][] series = read();
    private final double[] month = series[0];
    private final double[] admissions = series[1];
    private final double[] temperature = series[2];
    private final double[] post = series[3];

    private static double[][] read() {
        try (InputStream in = InterruptedTimeSeriesTest.class.getResourceAsStream("/causal/its/series.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).toList();
            double[][] columns = new double[4][lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                for (int j = 0; j < 4; j++) {
                    columns[j][i] = Double.parseDouble(cells[j]);
                }
            }
            return columns;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    private static void assertCoefficient(Coefficient c, double estimate, double se, double p, double low,
            double high) {
        assertRelClose(estimate, c.estimate());
        assertRelClose(se, c.stdError());
        assertRelClose(p, c.pValue());
        assertRelClose(low, c.ciLow());
        assertRelClose(high, c.ciHigh());
    }

    @Test
    void levelAndSlopeChangesMatchStatsmodelsWithTheDefaultLagRule() {
        SegmentedRegression fit = InterruptedTimeSeries.at("month", month, 31)
                .fit("admissions", admissions, InterruptedTimeSeries.Options.DEFAULTS);
        // floor(4 (60/100)^(2/9)) = 3 lags, use_correction = False
        assertThat(fit.lags()).isEqualTo(3);
        assertCoefficient(fit.intercept(), 102.4029409274584, 0.9019228911098716, 0.0, 100.63520454405081,
                104.170677310866);
        assertCoefficient(fit.preTrend(), 0.6261030992888031, 0.05318542363924073, 5.436680740837839e-32,
                0.521861584453386, 0.7303446141242202);
        assertCoefficient(fit.levelChange(), -7.4911113886831036, 1.9540516024864627, 0.00012626587909422173,
                -11.320982153489348, -3.6612406238768584);
        assertCoefficient(fit.slopeChange(), -0.6377256420402845, 0.15509137223045621, 3.923567712680105e-05,
                -0.9416991459248741, -0.3337521381556948);
        assertRelClose(-0.17152276847809822, fit.levelSlopeCovariance());
        assertThat(fit.rowsBefore()).isEqualTo(30);
        assertThat(fit.rowsAfter()).isEqualTo(30);
        assertThat(fit.notes()).isEmpty();
    }

    @Test
    void givenLagsAndTheSmallSampleCorrectionMatchStatsmodels() {
        // cov_kwds = {"maxlags": 6, "use_correction": True}
        SegmentedRegression fit = InterruptedTimeSeries.at("month", month, 31).fit("admissions", admissions,
                InterruptedTimeSeries.Options.DEFAULTS.withMaxLags(6).withSmallSampleCorrection(true));
        assertCoefficient(fit.levelChange(), -7.4911113886831036, 2.037746849773033, 0.00023675834169474357,
                -11.4850218238482, -3.4972009535180066);
        assertCoefficient(fit.slopeChange(), -0.6377256420402845, 0.1661179305683949, 0.00012353974204380657,
                -0.9633108031406639, -0.31214048093990515);
        assertRelClose(0.04418330954954669, fit.preTrend().stdError());
        assertRelClose(-0.23759972501718638, fit.levelSlopeCovariance());
    }

    @Test
    void covariatesEnterTheSegmentedRegression() {
        SegmentedRegression fit = InterruptedTimeSeries.withIndicator("month", month, "post", post).fit(
                "admissions", admissions, List.of("temperature"), new double[][] {temperature},
                InterruptedTimeSeries.Options.DEFAULTS);
        assertThat(fit.interventionTime()).isEqualTo(31);
        assertCoefficient(fit.levelChange(), -7.131560435784666, 1.3657852082471564, 1.7740035855137603e-07,
                -9.80845025456663, -4.4546706170027015);
        assertCoefficient(fit.slopeChange(), -0.6386217380422796, 0.13061531240693283, 1.0117829091207407e-06,
                -0.8946230461893157, -0.3826204298952436);
        assertThat(fit.covariates()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("temperature");
            assertCoefficient(c, 0.22889806668184398, 0.08935145094757177, 0.01041395873692619,
                    0.05377244085820604, 0.4040236925054819);
        });
        assertRelClose(-0.08720572222996205, fit.levelSlopeCovariance());
    }

    @Test
    void rowOrderDoesNotMatterAndTheEffectGrowsWithTheSlopeChange() {
        int n = month.length;
        double[] m = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = month[(i * 7) % n];
            y[i] = admissions[(i * 7) % n];
        }
        SegmentedRegression shuffled = InterruptedTimeSeries.at("month", m, 31).fit("admissions", y,
                InterruptedTimeSeries.Options.DEFAULTS);
        assertRelClose(1.9540516024864627, shuffled.levelChange().stdError());
        // Effect at month 41: b2 + 10 b3, variance var(b2) + 100 var(b3) + 20 cov(b2, b3), by hand from the
        // statsmodels values above.
        Coefficient effect = shuffled.effectAt(41);
        assertRelClose(-7.4911113886831036 + 10 * -0.6377256420402845, effect.estimate());
        assertRelClose(Math.sqrt(1.9540516024864627 * 1.9540516024864627
                + 100 * 0.15509137223045621 * 0.15509137223045621 + 20 * -0.17152276847809822), effect.stdError());
    }

    @Test
    void seriesThatCannotBeSegmentedAreRefused() {
        assertThatThrownBy(() -> InterruptedTimeSeries.at("month", month, 60))
                .isInstanceOf(InterruptedTimeSeriesException.class)
                .hasMessage("the intervention at month = 60 leaves 59 periods before it and 1 after it; a level and "
                        + "a trend on each side need at least 2 of each");
        double[] repeated = month.clone();
        repeated[9] = 3;
        assertThatThrownBy(() -> InterruptedTimeSeries.at("month", repeated, 31))
                .isInstanceOf(InterruptedTimeSeriesException.class)
                .hasMessageStartingWith("month 3 appears in rows 3 and 10");
        double[] flicker = post.clone();
        flicker[40] = 0;
        assertThatThrownBy(() -> InterruptedTimeSeries.withIndicator("month", month, "post", flicker))
                .isInstanceOf(InterruptedTimeSeriesException.class)
                .hasMessageContaining("post is 0 in row 41 (month = 41) after the intervention began at 31");
        assertThatThrownBy(() -> InterruptedTimeSeries.at("month", month, 31).fit("admissions", admissions,
                List.of("trend"), new double[][] {month.clone()}, InterruptedTimeSeries.Options.DEFAULTS))
                .isInstanceOf(InterruptedTimeSeriesException.class)
                .hasMessageStartingWith("trend is collinear with intercept, month, level_change, slope_change");
        double[] gap = admissions.clone();
        gap[5] = Double.NaN;
        assertThatThrownBy(() -> InterruptedTimeSeries.at("month", month, 31).fit("admissions", gap,
                InterruptedTimeSeries.Options.DEFAULTS))
                .isInstanceOf(InterruptedTimeSeriesException.class)
                .hasMessageContaining("admissions is missing in row 6");
        assertThatThrownBy(() -> InterruptedTimeSeries.Options.DEFAULTS.withMaxLags(-1))
                .isInstanceOf(InterruptedTimeSeriesException.class).hasMessageContaining("lags must be 0 or more");
    }
}
