package causal.graph;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The undirected graph in which backdoor sets are vertex separators: the moral graph of the ancestors of the
 * treatments and outcomes, after removing the treatments' outgoing edges, with all treatments merged into vertex
 * {@link #TREATMENT} and all outcomes into vertex {@link #OUTCOME}.
 *
 * <p>Why this is enough: every minimal (and every smallest) d-separator of X and Y lies within An(X ∪ Y), and for
 * a set Z inside An(X ∪ Y), Z d-separates X and Y exactly when it separates them in this moral graph (Lauritzen,
 * Dawid, Larsen and Leimer 1990; van der Zander, Liśkiewicz and Textor 2019, section 3). Only adjustable vertices
 * (observed, not latent, not descendants of a treatment) may be removed.
 */
final class MoralGraph {
    static final int TREATMENT = 0;
    static final int OUTCOME = 1;

    private final Dag dag;
    private final int[] dagIndex;
    private final boolean[] removable;
    private final int[] start;
    private final int[] neighbour;

    private MoralGraph(Dag dag, int[] dagIndex, boolean[] removable, long[] arcs) {
        this.dag = dag;
        this.dagIndex = dagIndex;
        this.removable = removable;
        this.start = new int[dagIndex.length + 1];
        this.neighbour = new int[arcs.length];
        for (int k = 0; k < arcs.length; k++) {
            start[(int) (arcs[k] >>> 32) + 1]++;
            neighbour[k] = (int) arcs[k];
        }
        for (int v = 0; v < dagIndex.length; v++) {
            start[v + 1] += start[v];
        }
    }

    /** @param adjustable DAG nodes that may be in an adjustment set */
    static MoralGraph of(Dag g, BitSet treatments, BitSet outcomes, BitSet adjustable) {
        return of(g, treatments, outcomes, adjustable, treatments);
    }

    /**
     * @param adjustable DAG nodes that may be in an adjustment set
     * @param cut nodes whose outgoing edges are left out (the treatments, for the backdoor graph; none when
     *     {@code g} is already a proper back-door graph)
     */
    static MoralGraph of(Dag g, BitSet treatments, BitSet outcomes, BitSet adjustable, BitSet cut) {
        BitSet both = (BitSet) treatments.clone();
        both.or(outcomes);
        BitSet ancestors = g.ancestorsOf(both, treatments);
        int[] vertexOf = new int[g.size()];
        int[] dagIndex = new int[ancestors.cardinality() - both.cardinality() + 2];
        boolean[] removable = new boolean[dagIndex.length];
        dagIndex[TREATMENT] = -1;
        dagIndex[OUTCOME] = -1;
        int next = 2;
        for (int v = ancestors.nextSetBit(0); v >= 0; v = ancestors.nextSetBit(v + 1)) {
            if (treatments.get(v)) {
                vertexOf[v] = TREATMENT;
            } else if (outcomes.get(v)) {
                vertexOf[v] = OUTCOME;
            } else {
                vertexOf[v] = next;
                dagIndex[next] = v;
                removable[next] = adjustable.get(v);
                next++;
            }
        }
        return new MoralGraph(g, dagIndex, removable, moralArcs(g, ancestors, cut, vertexOf, dagIndex.length));
    }

    int size() {
        return dagIndex.length;
    }

    boolean isRemovable(int v) {
        return removable[v];
    }

    int start(int v) {
        return start[v];
    }

    int end(int v) {
        return start[v + 1];
    }

    int neighbourAt(int k) {
        return neighbour[k];
    }

    String name(int v) {
        return dag.name(dagIndex[v]);
    }

    /** Each undirected edge as two arcs {@code (u << 32) | w}, sorted, without duplicates or loops. */
    private static long[] moralArcs(Dag g, BitSet ancestors, BitSet cut, int[] vertexOf, int vertices) {
        long[] arcs = new long[16];
        int count = 0;
        int[] parents = new int[g.size()];
        CompressedRows parentRows = g.parentRows();
        for (int v = ancestors.nextSetBit(0); v >= 0; v = ancestors.nextSetBit(v + 1)) {
            int np = 0;
            for (int k = parentRows.start(v); k < parentRows.end(v); k++) {
                if (!cut.get(parentRows.at(k))) {
                    parents[np++] = vertexOf[parentRows.at(k)];
                }
            }
            int needed = count + 2 * np + np * (np - 1);
            if (needed > arcs.length) {
                arcs = Arrays.copyOf(arcs, Math.max(needed, 2 * arcs.length));
            }
            for (int i = 0; i < np; i++) {
                count = addEdge(arcs, count, vertexOf[v], parents[i]);
                // Marry the parents: two causes of one effect are dependent given it.
                for (int j = i + 1; j < np; j++) {
                    count = addEdge(arcs, count, parents[i], parents[j]);
                }
            }
        }
        long[] sorted = sortedByVertices(arcs, count, vertices);
        int unique = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (unique == 0 || sorted[k] != sorted[unique - 1]) {
                sorted[unique++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /**
     * The first {@code count} arcs in order, by two stable counting passes (on w, then on u) rather than a comparison
     * sort: instruments build one moral graph per candidate node, so this runs once per node of the DAG.
     */
    private static long[] sortedByVertices(long[] arcs, int count, int vertices) {
        int[] at = new int[vertices + 1];
        for (int k = 0; k < count; k++) {
            at[(int) arcs[k] + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            at[v + 1] += at[v];
        }
        long[] byTarget = new long[count];
        for (int k = 0; k < count; k++) {
            byTarget[at[(int) arcs[k]]++] = arcs[k];
        }
        Arrays.fill(at, 0);
        for (int k = 0; k < count; k++) {
            at[(int) (arcs[k] >>> 32) + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            at[v + 1] += at[v];
        }
        long[] sorted = new long[count];
        for (int k = 0; k < count; k++) {
            long arc = byTarget[k];
            sorted[at[(int) (arc >>> 32)]++] = arc;
        }
        return sorted;
    }

    private static int addEdge(long[] arcs, int count, int u, int w) {
        if (u == w) {
            return count;
        }
        arcs[count++] = ((long) u << 32) | w;
        arcs[count++] = ((long) w << 32) | u;
        return count;
    }
}
