package causal.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random DAGs for property tests; names are shuffled so name order is not a topological order. */
final class RandomDags {
    private RandomDags() {}

    /** Up to {@code maxNodes} nodes, some latent, some bidirected edges. */
    static Dag small(SplittableRandom random, int maxNodes) {
        int n = 3 + random.nextInt(maxNodes - 2);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.valueOf((char) ('a' + i)));
        }
        shuffle(names, random);
        double density = 0.15 + 0.4 * random.nextDouble();
        Dag.Builder b = Dag.builder();
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < 0.15) {
                b.latent(names.get(i));
            } else {
                b.node(names.get(i));
            }
            for (int j = 0; j < i; j++) {
                if (random.nextDouble() < density) {
                    b.edge(names.get(j), names.get(i));
                }
            }
        }
        int bidirected = random.nextDouble() < 0.4 ? 1 + random.nextInt(2) : 0;
        for (int k = 0; k < bidirected; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i != j) {
                b.bidirected(names.get(i), names.get(j));
            }
        }
        return b.build();
    }

    /** A sparse DAG: each node has up to three parents among the 100 nodes before it in a hidden order. */
    static Dag large(SplittableRandom random, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("v" + i);
        }
        shuffle(names, random);
        Dag.Builder b = Dag.builder();
        for (int i = 0; i < n; i++) {
            b.node(names.get(i));
            int parents = i == 0 ? 0 : random.nextInt(4);
            for (int k = 0; k < parents; k++) {
                int j = Math.max(0, i - 1 - random.nextInt(100));
                b.edge(names.get(j), names.get(i));
            }
        }
        return b.build();
    }

    static void shuffle(List<String> names, SplittableRandom random) {
        for (int i = names.size() - 1; i > 0; i--) {
            Collections.swap(names, i, random.nextInt(i + 1));
        }
    }
}
