package causal.bench;

import causal.analysis.Analysis;
import causal.analysis.GraphCache;
import causal.analysis.SchemaProvider;
import causal.syntax.SourceText;
import causal.syntax.SourceTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the language server does on every keystroke: lex and check a whole script (issue 8 target: diagnostics for a
 * 500-line file under 100 ms). The script has a dataset of 40 columns (its header served from memory, as the
 * server's cache does after the first read), a 40-node dag, and identify, estimate, design and power statements
 * down to the given length, each identification question a different one. {@link #afterAnEdit} is the server's
 * steady state — the graph answers cached from the previous check, as while typing outside the dag; {@link #cold}
 * is the first check of the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class EditorCheckBenchmark {
    @Param({"500"})
    int lines;

    private SourceText script;
    private SchemaProvider headers;
    private final GraphCache warm = new GraphCache();

    @Setup
    public void setUp() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            columns.add("x" + i);
        }
        columns.add("treat");
        columns.add("y");
        headers = (file, name) -> columns;
        StringBuilder sb = new StringBuilder("data d = csv(\"study.csv\")\ndag g {\n");
        int written = 2;
        for (int i = 0; i < 40; i++) {
            sb.append("  x").append(i).append(" -> treat\n  x").append(i).append(" -> y\n");
            written += 2;
            if (i > 0) {
                sb.append("  x").append(i - 1).append(" -> x").append(i).append('\n');
                written++;
            }
        }
        sb.append("  treat -> y\n}\n");
        written += 2;
        sb.append("design ab = experiment(arm = treat, control = 0, metric = y, baseline = 0.1, mde = 0.02)\n");
        written++;
        for (int i = 0; written < lines; i++, written += 4) {
            sb.append("// estimate number ").append(i).append('\n');
            sb.append("let e").append(i).append(" = estimate ATE of x").append(i % 40).append(" on y in d under g using ")
                    .append(i % 2 == 0 ? "ols" : "ipw").append('\n');
            sb.append("identify ATE of x").append((i + 7) % 40).append(" on treat under g\n");
            sb.append("power ab\n");
        }
        script = new SourceText("bench.causal", sb.toString());
        Analysis.of(script, headers, false, warm);
    }

    @Benchmark
    public Object cold() {
        SourceTokens.of(script.text());
        return Analysis.of(script, headers, false, new GraphCache());
    }

    @Benchmark
    public Object afterAnEdit() {
        SourceTokens.of(script.text());
        return Analysis.of(script, headers, false, warm);
    }
}
