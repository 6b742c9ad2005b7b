package causal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a directed cycle by depth-first search, iteratively so that long chains cannot overflow the stack. */
final class DirectedCycle {
    private static final byte UNSEEN = 0;
    private static final byte ON_STACK = 1;
    private static final byte DONE = 2;

    private DirectedCycle() {}

    /**
     * A cycle as node indices along its edges, the first node repeated at the end, or empty when the graph is
     * acyclic. Searches start from nodes in index order, so the same graph always gives the same cycle.
     */
    static Optional<List<Integer>> find(int[][] parentsOf) {
        int n = parentsOf.length;
        int[][] childrenOf = childrenOf(parentsOf);
        byte[] state = new byte[n];
        int[] stack = new int[n];
        int[] nextChild = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != UNSEEN) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            state[root] = ON_STACK;
            while (top > 0) {
                int v = stack[top - 1];
                if (nextChild[v] == childrenOf[v].length) {
                    state[v] = DONE;
                    top--;
                    continue;
                }
                int w = childrenOf[v][nextChild[v]++];
                if (state[w] == ON_STACK) {
                    return Optional.of(cycleEndingAt(stack, top, w));
                }
                if (state[w] == UNSEEN) {
                    state[w] = ON_STACK;
                    stack[top++] = w;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Integer> cycleEndingAt(int[] stack, int top, int start) {
        int from = top - 1;
        while (stack[from] != start) {
            from--;
        }
        List<Integer> cycle = new ArrayList<>();
        for (int k = from; k < top; k++) {
            cycle.add(stack[k]);
        }
        cycle.add(start);
        return cycle;
    }

    private static int[][] childrenOf(int[][] parentsOf) {
        List<List<Integer>> children = new ArrayList<>();
        for (int v = 0; v < parentsOf.length; v++) {
            children.add(new ArrayList<>());
        }
        for (int c = 0; c < parentsOf.length; c++) {
            for (int p : parentsOf[c]) {
                children.get(p).add(c);
            }
        }
        int[][] result = new int[parentsOf.length][];
        for (int v = 0; v < result.length; v++) {
            result[v] = children.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
