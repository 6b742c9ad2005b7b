package causal.bench;

import causal.data.Table;
import causal.runtime.expr.ModelSimulation;
import causal.syntax.ParseResult;
import causal.syntax.ScriptParser;
import causal.syntax.SourceText;
import causal.syntax.Stmt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Simulating n rows of the music model of LANGUAGE.md §4, latent taste included (issue 3 target: 10M rows under
 * 3 s). The model is parsed once; the time covers planning, compiling the expressions and simulating every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-Dpolyglot.engine.WarnInterpreterOnly=false"})
public class SimulationBenchmark {
    static final String MUSIC = """
            model music {
              engagement   ~ normal(0, 1)
              content_type ~ bernoulli(0.5)
              exposure     ~ bernoulli(0.3)
              latent taste ~ normal(0, 1)
              personalized ~ bernoulli(logistic(0.8*engagement + 1.5*exposure + 0.5*taste - 0.5))
              hours        = 1.0*personalized + 2.0*engagement + 0.5*content_type + 0.7*taste + normal(0, 1)
            }
            """;

    @Param({"10000000"})
    int rows;

    Stmt.Model model;

    @Setup(Level.Trial)
    public void parse() {
        ParseResult parsed = ScriptParser.parse(new SourceText("music.causal", MUSIC));
        if (parsed.hasErrors()) {
            throw new IllegalStateException("the music model does not parse: " + parsed.diagnostics());
        }
        model = (Stmt.Model) parsed.script().statements().get(0);
    }

    @Benchmark
    public Table simulateMusic() {
        return ModelSimulation.simulate(model, rows, 42);
    }
}
