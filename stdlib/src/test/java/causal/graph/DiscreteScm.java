package causal.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A structural causal model with binary variables over every node of a {@link Dag}, latent and hidden ones
 * included, each with a random conditional probability table bounded away from 0 and 1 (so every observational
 * conditional is defined). Distributions are computed by enumerating every joint value of all the nodes: the
 * ground truth the ID algorithm's formulas are checked against.
 */
final class DiscreteScm {
    private final Dag g;
    private final int[][] parents;
    private final double[][] probabilityOfOne;

    private DiscreteScm(Dag g, int[][] parents, double[][] probabilityOfOne) {
        this.g = g;
        this.parents = parents;
        this.probabilityOfOne = probabilityOfOne;
    }

    static DiscreteScm random(Dag g, SplittableRandom random) {
        int n = g.size();
        CompressedRows rows = g.parentRows();
        int[][] parents = new int[n][];
        double[][] table = new double[n][];
        for (int v = 0; v < n; v++) {
            parents[v] = new int[rows.end(v) - rows.start(v)];
            for (int k = rows.start(v); k < rows.end(v); k++) {
                parents[v][k - rows.start(v)] = rows.at(k);
            }
            table[v] = new double[1 << parents[v].length];
            for (int c = 0; c < table[v].length; c++) {
                table[v][c] = 0.05 + 0.9 * random.nextDouble();
            }
        }
        return new DiscreteScm(g, parents, table);
    }

    /** The joint distribution of {@code observed}, indexed by the bits of their values in list order. */
    double[] joint(List<String> observed) {
        return joint(observed, Map.of());
    }

    /** The joint of {@code observed} after do(intervention): the intervened nodes take their values for sure. */
    double[] joint(List<String> observed, Map<String, Integer> intervention) {
        int n = g.size();
        int[] fixed = new int[n];
        java.util.Arrays.fill(fixed, -1);
        intervention.forEach((name, value) -> fixed[g.index(name)] = value);
        int[] order = topologicalOrder();
        int[] position = new int[observed.size()];
        for (int k = 0; k < position.length; k++) {
            position[k] = g.index(observed.get(k));
        }
        double[] result = new double[1 << observed.size()];
        for (long assignment = 0; assignment < 1L << n; assignment++) {
            double p = 1;
            for (int v : order) {
                int value = (int) (assignment >> v & 1);
                if (fixed[v] >= 0) {
                    p = value == fixed[v] ? p : 0;
                } else {
                    double one = probabilityOfOne[v][parentConfiguration(v, assignment)];
                    p *= value == 1 ? one : 1 - one;
                }
                if (p == 0) {
                    break;
                }
            }
            int cell = 0;
            for (int k = 0; k < position.length; k++) {
                cell |= (int) (assignment >> position[k] & 1) << k;
            }
            result[cell] += p;
        }
        return result;
    }

    private int parentConfiguration(int v, long assignment) {
        int c = 0;
        for (int k = 0; k < parents[v].length; k++) {
            c |= (int) (assignment >> parents[v][k] & 1) << k;
        }
        return c;
    }

    private int[] topologicalOrder() {
        int n = g.size();
        int[] waiting = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            waiting[v] = parents[v].length;
            if (waiting[v] == 0) {
                ready.add(v);
            }
        }
        int[] order = new int[n];
        int next = 0;
        CompressedRows children = g.childRows();
        while (!ready.isEmpty()) {
            int v = ready.poll();
            order[next++] = v;
            for (int k = children.start(v); k < children.end(v); k++) {
                if (--waiting[children.at(k)] == 0) {
                    ready.add(children.at(k));
                }
            }
        }
        return order;
    }
}
