package causal.bench;

import causal.graph.BackdoorCriterion;
import causal.graph.Dag;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Every minimal adjustment set on a 1,000-node sparse DAG with 8,192 of them (issue 4 target: up to 10,000 sets
 * under 1 s). Thirteen backdoor paths x &lt;- a_k -&gt; b_k -&gt; y, each blocked by a_k or b_k, give 2^13 minimal
 * sets; 974 further nodes form a sparse random DAG around them (causes of the a_k, effects of y, and unrelated
 * nodes), which the enumeration must see past.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AdjustmentSetsBenchmark {
    static final int PATHS = 13;
    static final int NODES = 1000;

    Dag dag;
    Set<String> observed;

    @Setup(Level.Trial)
    public void graph() {
        Dag.Builder b = Dag.builder();
        for (int k = 0; k < PATHS; k++) {
            b.edge("a" + k, "x").edge("a" + k, "b" + k).edge("b" + k, "y");
        }
        b.edge("x", "y");
        SplittableRandom rng = new SplittableRandom(9);
        int others = NODES - 2 - 2 * PATHS;
        for (int v = 0; v < others; v++) {
            String name = "n" + v;
            b.node(name);
            switch (rng.nextInt(3)) {
                case 0 -> b.edge(name, "a" + rng.nextInt(PATHS));
                case 1 -> b.edge(v == 0 ? "y" : "n" + rng.nextInt(v), name);
                default -> {
                    if (v > 0) {
                        b.edge("n" + rng.nextInt(v), name);
                    }
                }
            }
        }
        dag = b.build();
        observed = new LinkedHashSet<>(dag.nodes());
        int sets = BackdoorCriterion.minimalSets(dag, Set.of("x"), Set.of("y"), observed).size();
        System.err.printf("adjustment sets benchmark: %d nodes, %d edges, %d minimal sets%n", dag.nodes().size(),
                dag.edges().size(), sets);
    }

    @Benchmark
    public List<List<String>> allMinimalSets() {
        return BackdoorCriterion.minimalSets(dag, Set.of("x"), Set.of("y"), observed);
    }
}
