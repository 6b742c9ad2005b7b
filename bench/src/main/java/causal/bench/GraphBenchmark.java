package causal.bench;

import causal.graph.BackdoorCriterion;
import causal.graph.DSeparation;
import causal.graph.Dag;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The checker's graph work on a random sparse DAG of n nodes, average degree about 3 (issue 3 target: 10,000
 * nodes under 100 ms). Edges join two nodes drawn uniformly and point from the lower index to the higher, so the
 * treatment and outcome, taken late in that order, have most of the graph as ancestors: the hard case for both
 * the backdoor search and the moral graph it is cut in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GraphBenchmark {
    @Param({"10000", "100000"})
    int nodes;

    /** Each node draws its parents among this many nodes just before it. */
    @Param({"50"})
    int window;

    /** Edges joining uniformly drawn pairs, each as {from, to} with from < to. */
    int[][] edges;
    String[] names;
    Dag dag;
    Set<String> observed;
    Set<String> treatment;
    Set<String> outcome;
    /** A query that d-separation must answer by visiting everything reachable: a node given its parents. */
    Set<String> separatedNode;
    Set<String> nonDescendant;
    Set<String> parentsOfNode;

    @Setup(Level.Trial)
    public void randomDag() {
        SplittableRandom rng = new SplittableRandom(2024);
        names = new String[nodes];
        for (int v = 0; v < nodes; v++) {
            names[v] = String.format("v%05d", v);
        }
        int x = nodes * 7 / 10;
        int y = nodes * 9 / 10;
        List<int[]> drawn = new ArrayList<>();
        drawn.add(new int[] {x, y});
        for (int v = 1; v < nodes; v++) {
            int first = Math.max(0, v - window);
            int parents = Math.min(v - first, rng.nextBoolean() ? 2 : 1);
            int a = first + rng.nextInt(v - first);
            drawn.add(new int[] {a, v});
            if (parents == 2) {
                int b = first + rng.nextInt(v - first);
                if (b != a) {
                    drawn.add(new int[] {b, v});
                }
            }
        }
        edges = drawn.toArray(new int[0][]);
        dag = build();
        observed = new LinkedHashSet<>(dag.nodes());
        treatment = Set.of(name(x));
        outcome = Set.of(name(y));

        // The search given the node's parents visits every descendant of the node and the conditioning set's
        // ancestors: take the node in the middle quarter of the order with the most descendants.
        int node = nodes / 4;
        int mostDescendants = 0;
        for (int v = nodes / 4; v < nodes / 2; v++) {
            int count = dag.descendants(Set.of(name(v))).size();
            if (count > mostDescendants) {
                node = v;
                mostDescendants = count;
            }
        }
        parentsOfNode = Set.copyOf(dag.parents(name(node)));
        int other = 0;
        while (parentsOfNode.contains(name(other))) {
            other++;
        }
        separatedNode = Set.of(name(node));
        nonDescendant = Set.of(name(other));
        // A node is d-separated from a non-descendant by its parents (the local Markov property).
        if (!DSeparation.separated(dag, separatedNode, nonDescendant, parentsOfNode)) {
            throw new IllegalStateException("a node should be d-separated from a non-descendant by its parents");
        }
        Optional<List<String>> smallest = BackdoorCriterion.smallestSet(dag, treatment, outcome, observed);
        System.err.printf("graph benchmark: %d nodes, %d edges, %d ancestors of treatment and outcome, "
                        + "smallest backdoor set of %s nodes; d-separation query node has %d descendants and %d ancestors%n", nodes,
                edges.length, dag.ancestors(Set.of(name(x), name(y))).size(),
                smallest.map(s -> "" + s.size()).orElse("no"), dag.descendants(separatedNode).size(),
                dag.ancestors(separatedNode).size());
    }

    private Dag build() {
        Dag.Builder builder = Dag.builder();
        for (int v = 0; v < nodes; v++) {
            builder.node(name(v));
        }
        for (int[] e : edges) {
            builder.edge(name(e[0]), name(e[1]));
        }
        return builder.build();
    }

    private String name(int v) {
        return names[v];
    }

    @Benchmark
    public Optional<List<String>> smallestBackdoorSet() {
        return BackdoorCriterion.smallestSet(dag, treatment, outcome, observed);
    }

    @Benchmark
    public boolean dSeparation() {
        return DSeparation.separated(dag, separatedNode, nonDescendant, parentsOfNode);
    }

    /** Not a target of its own: what the checker pays to build the graph before either query. */
    @Benchmark
    public Dag buildDag() {
        return build();
    }
}
