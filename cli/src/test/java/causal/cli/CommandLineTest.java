package causal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's own grammar: commands, options (--name value or --name=value), operands and usage. */
class CommandLineTest {
    private static final String JOBS = CliRun.path("examples/jobs/jobs.causal");

    @Test
    void helpListsTheCommandsOnStdout() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: causal").contains("\n  run    Check a script, then run it.\n",
                "\n  check  ", "\n  repl   ", "\n  lsp    ", "\n  fmt    ");
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(CliRun.of("-V").out()).isEqualTo("causal 0.1.0\n");
        assertThat(CliRun.of("--version").exit()).isZero();
    }

    @Test
    void aCommandsHelpListsItsOptionsAndNeedsNoFile() {
        CliRun run = CliRun.of("run", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: causal run [OPTIONS] FILE\n")
                .contains("--format=<text|json>", "--seed=<N>", "--engine=<ENGINE>", "--quiet", "--debug");
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignOrAsTheNextArgument() {
        CliRun spaced = CliRun.of("run", "--format", "json", "--seed", "7", JOBS);
        CliRun joined = CliRun.of("run", "--format=json", "--seed=7", JOBS);
        assertThat(spaced.exit()).isZero();
        assertThat(spaced.out()).startsWith("{").isEqualTo(joined.out());
    }

    @Test
    void anUnknownOptionIsAUsageMistakeNamingTheCommandsOptions() {
        CliRun run = CliRun.of("check", "--quiet", JOBS);
        assertThat(run.exit()).isEqualTo(Main.CHECK_FAILED);
        assertThat(run.err()).startsWith("causal: unknown option '--quiet' (options of check: --help)\n"
                + "Usage: causal check FILE\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aValueOfTheWrongKindSaysWhatItMustBe() {
        assertThat(CliRun.of("run", "--seed=1.5", JOBS).err())
                .startsWith("causal: --seed must be a whole number, not '1.5'\n");
        assertThat(CliRun.of("run", "--format", "xml", JOBS).err())
                .startsWith("causal: --format must be text or json, not 'xml'\n");
        assertThat(CliRun.of("run", JOBS, "--seed").err())
                .startsWith("causal: option --seed needs a value (N)\n");
        assertThat(CliRun.of("run", "--quiet=yes", JOBS).err())
                .startsWith("causal: option --quiet takes no value\n");
    }

    @Test
    void operandsAreCounted() {
        assertThat(CliRun.of("run").err()).startsWith("causal: missing FILE: the .causal script\n");
        assertThat(CliRun.of("check", JOBS, "other.causal").err())
                .startsWith("causal: unexpected 'other.causal': check takes one FILE\n");
        assertThat(CliRun.of("lsp", "x").err()).startsWith("causal: lsp takes no operands, got 'x'\n");
        assertThat(CliRun.of("fmt").exit()).isEqualTo(Main.CHECK_FAILED);
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        CliRun run = CliRun.of("runn", JOBS);
        assertThat(run.exit()).isEqualTo(Main.CHECK_FAILED);
        assertThat(run.err()).startsWith("causal: unknown command 'runn' (commands: run, check, repl, lsp, fmt)\n"
                + "Usage: causal");
    }

    @Test
    void doubleDashEndsTheOptions() {
        CliRun run = CliRun.of("check", "--", "--help");
        assertThat(run.exit()).isEqualTo(Main.CHECK_FAILED);
        assertThat(run.err()).contains("--help").doesNotContain("Usage:");
    }

    @Test
    void noArgumentsPrintTheUsageOnStderr() {
        CliRun run = CliRun.of();
        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("Usage: causal");
    }
}
