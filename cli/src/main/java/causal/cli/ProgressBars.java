package causal.cli;

import causal.progress.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Draws the library's {@link Progress} as bars on stderr. Installed only when stderr is a terminal and
 * {@code --quiet} is off: the bar library itself would also draw into a pipe or a log file.
 */
final class ProgressBars implements Progress.Sink {
    static final String STDERR_IS_TERMINAL = "causal.stderr.terminal";

    private ProgressBars() {
    }

    /** Installs the bars when stderr is a terminal; otherwise leaves progress unreported. */
    static void installIfTerminal(boolean quiet) {
        if (!quiet && stderrIsTerminal()) {
            Progress.install(new ProgressBars());
        }
    }

    /**
     * Whether stderr is a terminal: as the launcher found it ({@code [ -t 2 ]}, passed as the system property
     * {@value #STDERR_IS_TERMINAL}), else by asking JLine, which starts a process to find out (about 40 ms of every
     * run's start).
     */
    static boolean stderrIsTerminal() {
        String known = System.getProperty(STDERR_IS_TERMINAL);
        if (known != null) {
            return Boolean.parseBoolean(known);
        }
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return false;  // no way to tell: stay silent rather than write bars into a file
        }
    }

    @Override
    public Progress.Bar open(String task, long total, String unit) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setUnit(" " + unit, 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
        return new Progress.Bar() {
            @Override
            public void stepTo(long done) {
                bar.stepTo(done);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
