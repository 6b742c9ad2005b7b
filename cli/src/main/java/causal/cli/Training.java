package causal.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The launcher's training run: {@code Training run|check SCRIPT…} runs one command over several scripts (the example
 * studies) in one JVM, printing nothing, so that the class-data archive ({@code -XX:ArchiveClassesAtExit}) or the
 * ahead-of-time cache ({@code -XX:AOTMode=record}) written as it exits holds what all of them load, not only what
 * the first script run after a build happened to need (bench/results/startup.md). Exit status 0 whatever the
 * scripts did: a script that fails has still trained what it loaded; 1 for a usage mistake.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || !(args[0].equals("run") || args[0].equals("check"))) {
            System.err.println("usage: causal.cli.Training run|check SCRIPT...");
            System.exit(Main.CHECK_FAILED);
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        for (int i = 1; i < args.length; i++) {
            Main.execute(args[0], args[i]);
        }
        if (args[0].equals("run")) {
            // JSON output (`--format json`, what scripts and editors parse) loads Jackson and its own code paths: 48 ms
            // of a jobs run when they were left out of the archive. Warm by now, this pass adds about 2 s once.
            for (int i = 1; i < args.length; i++) {
                Main.execute(args[0], "--format", "json", args[i]);
            }
        }
        System.exit(Main.OK);
    }
}
