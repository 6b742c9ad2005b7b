package causal.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LovePlotTest {
    @TempDir
    Path dir;

    private static List<LovePlot.CovariateBalance> rows() {
        return List.of(new LovePlot.CovariateBalance("age", 0.24, 0.03),
                new LovePlot.CovariateBalance("black", 1.76, 0.04), new LovePlot.CovariateBalance("re74", -0.72, -0.05));
    }

    @Test
    void afterMarkersAreDrawnInSvgAndPng() throws IOException {
        WrittenPicture written = WrittenPicture.of(LovePlot.of(rows()), dir, "love");
        assertThat(written.pixelsOf(ChartStyle.BLUE)).as("three after markers").isGreaterThan(3 * 80);
    }

    @Test
    void sameBalanceGivesIdenticalSvgBytes() throws IOException {
        Path first = dir.resolve("first.svg");
        Path second = dir.resolve("second.svg");
        LovePlot.of(rows()).writeTo(first);
        LovePlot.of(rows()).writeTo(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void eachCovariateAddsARow() {
        List<LovePlot.CovariateBalance> more = new ArrayList<>(rows());
        more.add(new LovePlot.CovariateBalance("re75", -0.29, 0.02));
        assertThat(LovePlot.of(more).height() - LovePlot.of(rows()).height()).isEqualTo(26);
    }

    @Test
    void noCovariatesIsRefused() {
        assertThatThrownBy(() -> LovePlot.of(List.of())).isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the love plot: there are no covariates");
    }

    @Test
    void aDifferenceThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> LovePlot.of(List.of(new LovePlot.CovariateBalance("age", Double.NaN, 0))))
                .isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the love plot: the difference of age before is NaN, not a finite number");
    }
}
