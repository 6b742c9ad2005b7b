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

class PowerCurveTest {
    @TempDir
    Path dir;

    private static List<Point> curve() {
        List<Point> curve = new ArrayList<>();
        for (int n = 500; n <= 8000; n += 500) {
            // Any increasing curve in [0, 1] will do: this class draws power, it does not compute it.
            curve.add(new Point(n, 1 - Math.exp(-n / 2400.0)));
        }
        return curve;
    }

    @Test
    void curveAndPlannedMarkerAreDrawnInSvgAndPng() throws IOException {
        WrittenPicture written = WrittenPicture.of(PowerCurve.of(curve(), new Point(3841, 0.8), 0.8), dir, "power");
        assertThat(written.pixelsOf(ChartStyle.BLUE)).as("the curve").isGreaterThan(500);
        assertThat(written.pixelsOf(ChartStyle.ORANGE)).as("the planned marker").isGreaterThan(50);
    }

    @Test
    void sameCurveGivesIdenticalSvgBytes() throws IOException {
        Path first = dir.resolve("first.svg");
        Path second = dir.resolve("second.svg");
        PowerCurve.of(curve(), new Point(3841, 0.8), 0.8).writeTo(first);
        PowerCurve.of(curve(), new Point(3841, 0.8), 0.8).writeTo(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aCurveWithoutPointsIsRefused() {
        assertThatThrownBy(() -> PowerCurve.of(List.of(), new Point(100, 0.8), 0.8)).isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the power curve: it needs at least two points, got 0");
    }

    @Test
    void sampleSizesMustIncrease() {
        List<Point> backwards = List.of(new Point(200, 0.3), new Point(100, 0.5));
        assertThatThrownBy(() -> PowerCurve.of(backwards, new Point(100, 0.5), 0.8)).isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the power curve: sample sizes must be positive and increasing, "
                        + "100.0 follows 200.0");
    }

    @Test
    void targetPowerMustBeAProbability() {
        assertThatThrownBy(() -> PowerCurve.of(curve(), new Point(3841, 0.8), 1.2)).isInstanceOf(PlotException.class)
                .hasMessage("cannot draw the power curve: the target power 1.2 is outside (0, 1)");
    }
}
