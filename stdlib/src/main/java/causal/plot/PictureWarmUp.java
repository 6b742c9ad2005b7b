package causal.plot;

import org.knowm.xchart.XYChart;

import java.io.IOException;

/**
 * Java2D, its fonts, XChart and Batik's SVG generator cost about 0.15–0.25 s to start the first time a process draws
 * anything. A script that plots can start them on a spare core while its data are read and its estimates run:
 * {@link #startInBackground} draws a small chart into memory (no file) on a daemon thread, so that the script's
 * first plot finds them ready. Nothing it does is visible; a failure is left to the real plot to report.
 */
public final class PictureWarmUp {
    private static Thread thread;

    private PictureWarmUp() {
    }

    /** Starts the warm-up once per process; later calls do nothing. */
    public static synchronized void startInBackground() {
        if (thread != null) {
            return;
        }
        thread = new Thread(PictureWarmUp::draw, "causal-plot-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Waits for the warm-up to end, if it was started (tests). */
    static void join() throws InterruptedException {
        Thread started;
        synchronized (PictureWarmUp.class) {
            started = thread;
        }
        if (started != null) {
            started.join();
        }
    }

    private static void draw() {
        try {
            XYChart chart = ChartStyle.xyChart(ChartPicture.WIDTH, ChartPicture.HEIGHT, "x", "y");
            ChartStyle.line(chart, "line", new double[] {0, 1}, new double[] {0, 1}, ChartStyle.BLUE);
            ChartStyle.referenceLine(chart, "zero", new Point(0, 0), new Point(1, 0), ChartStyle.DASHED);
            PictureFormat.SVG.encode(new ChartPicture(chart) { });
        } catch (IOException | RuntimeException | LinkageError e) {
            // The real plot draws again and reports what goes wrong there, with its statement's location.
        }
    }
}
