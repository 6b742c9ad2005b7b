package causal.runtime;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.DiagnosticText;
import causal.output.JsonLines;
import causal.output.TextReport;
import causal.syntax.Diagnostic;
import causal.syntax.DiagnosticCode;
import causal.syntax.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every script under {@code src/test/resources/golden/} prints exactly its checked-in expected output, as
 * {@code causal run} would: NAME.err (the diagnostics, first line {@code # exit N}; absent when the script passes
 * with no diagnostic), NAME.out (text results) and NAME.jsonl (JSON Lines). A script whose first comment starts
 * with a diagnostic code ({@code // UNKNOWN_COLUMN: …}) must report that code. The golden tree is copied to a
 * temporary folder first, so a script's {@code export} never writes into the source tree. Regenerate with
 * {@code -Dgolden.update=true} and read every changed line.
 */
class GoldenScriptTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
    private static final int OK = 0;
    private static final int CHECK_FAILED = 1;
    private static final int RUNTIME_ERROR = 2;
    private static final int WIDEST_LINE = 80;
    private static final Pattern CLAIMED_CODE = Pattern.compile("^// ([A-Z][A-Z_]+)\\b");

    /** Codes that nothing in the checker or the runtime reports yet; each gets a golden script when it does. */
    private static final Set<DiagnosticCode> NOT_REPORTED_YET = EnumSet.of(DiagnosticCode.DATA_BAD_CELL,
            DiagnosticCode.NOT_IDENTIFIABLE, DiagnosticCode.TREATMENT_NOT_ANCESTOR,
            DiagnosticCode.ROWS_DROPPED, DiagnosticCode.INTERNAL_ERROR,
            // Every feature of the language runs now; the code stays for statements later work adds.
            DiagnosticCode.NOT_AVAILABLE_YET);

    @TempDir
    static Path work;

    /** What one run printed: the exit status, stderr, text stdout and JSON Lines stdout, and the codes behind it. */
    private record Printed(int exit, String err, String text, String json, Set<DiagnosticCode> codes) {
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenScriptPrintsItsExpectedOutput() throws IOException {
        copyTree(GOLDEN, work);
        List<Path> scripts = scripts();
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(relative -> DynamicTest.dynamicTest(relative.toString(), () -> check(relative)));
    }

    @Test
    void everyDiagnosticCodeReportedTodayHasAGoldenScript() throws IOException {
        Set<DiagnosticCode> claimed = EnumSet.noneOf(DiagnosticCode.class);
        for (Path relative : scripts()) {
            claimedCode(GOLDEN.resolve(relative)).ifPresent(claimed::add);
        }
        Set<DiagnosticCode> expected = EnumSet.allOf(DiagnosticCode.class);
        expected.removeAll(NOT_REPORTED_YET);
        assertThat(claimed).as("codes with a golden script").containsAll(expected)
                .as("a code with a golden script is reported: take it out of NOT_REPORTED_YET")
                .doesNotContainAnyElementsOf(NOT_REPORTED_YET);
    }

    @Test
    void anExportWritesTheSameJsonLineThatTheRunPrints(@TempDir Path folder) throws IOException {
        copyTree(GOLDEN, folder);
        Path script = folder.resolve("output/export_estimate.causal");
        SourceText source = new SourceText(script.toString(), Files.readString(script, StandardCharsets.UTF_8));
        List<String> printed = new ArrayList<>();
        Optional<RunFailure> failure = Runner.run(Analysis.of(source, new HeaderSchemas()), RunOptions.DEFAULTS,
                result -> printed.add(JsonLines.format(result)));
        assertThat(failure).isEmpty();
        assertThat(Files.readString(folder.resolve("output/e.json"), StandardCharsets.UTF_8))
                .isEqualTo(printed.get(0) + "\n");
        assertThat(Files.readString(folder.resolve("output/id.json"), StandardCharsets.UTF_8))
                .isEqualTo(printed.get(2) + "\n");
        assertThat(GOLDEN.resolve("output/e.json")).as("nothing is written into the source tree").doesNotExist();
    }

    private static void check(Path relative) throws IOException {
        Printed printed = run(work.resolve(relative));
        String base = relative.toString().substring(0, relative.toString().length() - ".causal".length());
        Path err = GOLDEN.resolve(base + ".err");
        Path out = GOLDEN.resolve(base + ".out");
        Path jsonl = GOLDEN.resolve(base + ".jsonl");
        claimedCode(GOLDEN.resolve(relative)).ifPresent(code ->
                assertThat(printed.codes()).as(relative + ": the code its first comment names").contains(code));
        if (UPDATE) {
            write(err, printed.err().isEmpty() && printed.exit() == OK ? null
                    : "# exit " + printed.exit() + "\n" + printed.err());
            write(out, printed.text().isEmpty() ? null : printed.text());
            write(jsonl, printed.json().isEmpty() ? null : printed.json());
            return;
        }
        String expectedErr = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "# exit 0\n";
        int expectedExit = Integer.parseInt(expectedErr.lines().findFirst().orElseThrow().replace("# exit ", "")
                .trim());
        assertThat(printed.err()).as(relative + ": diagnostics")
                .isEqualTo(expectedErr.substring(expectedErr.indexOf('\n') + 1));
        assertThat(printed.exit()).as(relative + ": exit status").isEqualTo(expectedExit);
        assertThat(printed.text()).as(relative + ": text output").isEqualTo(readOrEmpty(out));
        assertThat(printed.text().lines()).as(relative + ": text output fits " + WIDEST_LINE + " columns")
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(WIDEST_LINE));
        assertThat(printed.json()).as(relative + ": JSON Lines output").isEqualTo(readOrEmpty(jsonl));
    }

    /**
     * What {@code causal run} does, without the command line. The script is named by its absolute path (data
     * paths resolve against it, as they do in the CLI), and that path's folder prefix is taken out of everything
     * printed so the expected files hold paths relative to the golden folder.
     */
    private static Printed run(Path script) throws IOException {
        SourceText source = new SourceText(script.toString(), Files.readString(script, StandardCharsets.UTF_8));
        Analysis analysis = Analysis.of(source, new HeaderSchemas());
        Set<DiagnosticCode> codes = EnumSet.noneOf(DiagnosticCode.class);
        StringBuilder err = new StringBuilder();
        for (Diagnostic d : analysis.diagnostics()) {
            codes.add(d.code());
            err.append(DiagnosticText.format(d, source));
        }
        StringBuilder text = new StringBuilder();
        StringBuilder json = new StringBuilder();
        int exit = OK;
        if (analysis.hasErrors()) {
            int errors = analysis.errors().size();
            err.append(errors).append(errors == 1 ? " error" : " errors").append("; nothing was run\n");
            exit = CHECK_FAILED;
        } else {
            Optional<RunFailure> failure = Runner.run(analysis, RunOptions.DEFAULTS, result -> {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(TextReport.format(result));
                json.append(JsonLines.format(result)).append('\n');
            });
            if (failure.isPresent()) {
                codes.add(failure.get().diagnostic().code());
                err.append(DiagnosticText.format(failure.get().diagnostic(), source));
                exit = RUNTIME_ERROR;
            }
        }
        return new Printed(exit, relative(err.toString()), relative(text.toString()), relative(json.toString()),
                codes);
    }

    /** The diagnostic code the script's first comment starts with, if it starts with one. */
    private static Optional<DiagnosticCode> claimedCode(Path script) throws IOException {
        String first = Files.readString(script, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        Matcher m = CLAIMED_CODE.matcher(first);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        assertThat(Arrays.stream(DiagnosticCode.values()).map(Enum::name)).as(script + ": a diagnostic code")
                .contains(name);
        return Optional.of(DiagnosticCode.valueOf(name));
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".causal")).sorted().map(GOLDEN::relativize).toList();
        }
    }

    private static String relative(String printed) {
        return printed.replace(work.toString() + "/", "");
    }

    private static String readOrEmpty(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** Writes the expected file, or deletes it when there is nothing to expect. */
    private static void write(Path file, String content) throws IOException {
        if (content == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
