package causal.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process with stdout and stderr captured; paths under the repo root are shown relative. */
record CliRun(int exit, String out, String err) {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static synchronized CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            System.out.flush();
            System.err.flush();
            return new CliRun(exit, relative(out.toString(StandardCharsets.UTF_8)),
                    relative(err.toString(StandardCharsets.UTF_8)));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String relative(String s) {
        return s.replace(ROOT + "/", "");
    }

    static String path(String relativeToRoot) {
        return ROOT.resolve(relativeToRoot).toString();
    }
}
