package causal.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input always gets a clear error with its place, the right exit status, and never a Java stack trace. */
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing_data_file.causal   | check | 1 | missing_data_file.causal:2:10: error: .*no_such_file.csv.*not found",
        "empty_file.causal          | check | 1 | empty_file.causal:2:10: error: .*empty",
        "bad_cell.causal            | run   | 2 | bad_cell.causal:2:1: error: (?=.*row 3)(?=.*age)(?=.*abc).*bad_cell.csv",
        "nonbinary_treatment.causal | run   | 2 | nonbinary_treatment.causal:4:1: error: .*dose.*binary",
        "unknown_column.causal      | check | 1 | unknown_column.causal:4:\\d+: error: unknown column 'yy'",
        "unknown_option.causal      | check | 1 | unknown_option.causal:4:\\d+: error: psm has no option 'calipre' \\(did you mean caliper\\?\\)",
        "syntax_error.causal        | check | 1 | syntax_error.causal:3:\\d+: error: .*of",
        "cycle.causal               | check | 1 | cycle.causal:\\d+:\\d+: error: dag g has a cycle: a -> b -> c -> a",
        "infinite_covariate.causal  | run   | 2 | infinite_covariate.causal:4:1: error: dataset d, row 1, column lage: lage is -infinite",
        "no_rows.causal             | run   | 2 | no_rows.causal:5:1: error: dataset s has no rows",
        "unknown_estimator.causal   | check | 1 | unknown_estimator.causal:4:\\d+: error: unknown estimator 'olss' \\(did you mean ols\\?\\)",
    })
    void badInputGetsAClearErrorAndNoStackTrace(String script, String command, int exit, String stderr) {
        String path = CliRun.path("cli/src/test/resources/bad/" + script);
        CliRun run = CliRun.of(command, path);
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err()).containsPattern("(?s)" + stderr);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** Data too large for the heap is the user's error, with the heap's size and the ways out, not a bug report. */
    @org.junit.jupiter.api.Test
    void runningOutOfMemoryIsAClearError() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", CliRun.path("cli/src/test/resources/bad/too_large.causal"));
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isEqualTo(2);
        assertThat(err).containsPattern("too_large.causal:6:1: error: out of memory: this statement needs more than "
                + "the \\d+ MB the Java heap may use").contains("CAUSAL_JAVA_OPTS=-Xmx").doesNotContain("internal error");
    }

    @org.junit.jupiter.api.Test
    void aMissingScriptIsReportedInOneLine() {
        CliRun run = CliRun.of("check", "no/such/script.causal");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("no/such/script.causal: error: no such file\n");
    }

    @org.junit.jupiter.api.Test
    void checkErrorsShowTheSourceLineWithACaret() {
        CliRun run = CliRun.of("check", CliRun.path("cli/src/test/resources/bad/unknown_column.causal"));
        assertThat(run.err()).contains("\n  estimate ATE of dose on yy in d under g\n                          ^~\n");
    }

    @org.junit.jupiter.api.Test
    void aUsageMistakeExitsOneWithTheUsage() {
        CliRun run = CliRun.of("run", "--format", "xml", "x.causal");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Usage:");
    }
}
