package causal.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStudyChartTest {
    @TempDir
    Path dir;

    private static List<EventStudyChart.PeriodEffect> effects() {
        return List.of(new EventStudyChart.PeriodEffect(-3, 0.4, 1.0), new EventStudyChart.PeriodEffect(-2, -0.2, 0.9),
                new EventStudyChart.PeriodEffect(0, 7.1, 1.1), new EventStudyChart.PeriodEffect(1, 8.3, 1.2),
                new EventStudyChart.PeriodEffect(2, 7.9, 1.3));
    }

    @Test
    void estimatesAndReferencePeriodAreDrawnInSvgAndPng() throws IOException {
        WrittenPicture written = WrittenPicture.of(EventStudyChart.of(effects(), -1), dir, "event");
        assertThat(written.pixelsOf(ChartStyle.BLUE)).as("estimates and intervals").isGreaterThan(200);
        assertThat(written.pixelsOf(ChartStyle.ORANGE)).as("the reference mark").isGreaterThan(50);
    }

    @Test
    void sameEstimatesGiveIdenticalSvgBytes() throws IOException {
        Path first = dir.resolve("first.svg");
        Path second = dir.resolve("second.svg");
        EventStudyChart.of(effects(), -1).writeTo(first);
        EventStudyChart.of(effects(), -1).writeTo(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theBackgroundWarmUpOfARunThatPlotsChangesNoPicture() throws Exception {
        byte[] before = PictureFormat.SVG.encode(EventStudyChart.of(effects(), -1));
        PictureWarmUp.startInBackground();
        PictureWarmUp.startInBackground();
        PictureWarmUp.join();
        assertThat(PictureFormat.SVG.encode(EventStudyChart.of(effects(), -1))).isEqualTo(before);
    }

    @Test
    void onlyTheReferencePeriodIsNotEnough() {
        assertThatThrownBy(() -> EventStudyChart.of(List.of(new EventStudyChart.PeriodEffect(-1, 0, 0)), -1))
                .isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the event-study plot: there are no estimates besides the reference period");
    }

    @Test
    void aRepeatedPeriodIsRefused() {
        List<EventStudyChart.PeriodEffect> twice = List.of(new EventStudyChart.PeriodEffect(0, 1, 0.5),
                new EventStudyChart.PeriodEffect(0, 2, 0.5));
        assertThatThrownBy(() -> EventStudyChart.of(twice, -1)).isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the event-study plot: period 0 is listed twice");
    }

    @Test
    void aNegativeStandardErrorIsRefused() {
        List<EventStudyChart.PeriodEffect> negative = List.of(new EventStudyChart.PeriodEffect(0, 1, -0.5));
        assertThatThrownBy(() -> EventStudyChart.of(negative, -1)).isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the event-study plot: the standard error of period 0 is negative");
    }
}
