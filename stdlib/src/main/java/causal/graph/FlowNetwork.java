package causal.graph;

import java.util.Arrays;

/**
 * The vertex-split flow network of a {@link MoralGraph}: every vertex v becomes in(v) → out(v), with capacity 1
 * if v may be removed and unbounded otherwise; every edge u – w becomes out(u) → in(w) and out(w) → in(u),
 * unbounded. Flow goes from out(treatment) to in(outcome), so a minimum cut is a minimum set of removable vertices.
 */
final class FlowNetwork {
    private static final int UNBOUNDED = Integer.MAX_VALUE / 2;

    private final int nodeCount;
    private final int[] firstArc;
    private final int[] nextArc;
    private final int[] target;
    private final int[] capacity;
    private final int[] residual;
    private final int[] vertexArc;

    private FlowNetwork(int vertices, int arcPairs) {
        nodeCount = 2 * vertices;
        firstArc = new int[nodeCount];
        Arrays.fill(firstArc, -1);
        nextArc = new int[2 * arcPairs];
        target = new int[2 * arcPairs];
        capacity = new int[2 * arcPairs];
        residual = new int[2 * arcPairs];
        vertexArc = new int[vertices];
    }

    static FlowNetwork splitting(MoralGraph graph) {
        int edgeArcs = graph.end(graph.size() - 1);
        FlowNetwork network = new FlowNetwork(graph.size(), graph.size() + edgeArcs);
        int arc = 0;
        for (int v = 0; v < graph.size(); v++) {
            network.vertexArc[v] = arc;
            arc = network.addArc(arc, in(v), out(v), graph.isRemovable(v) ? 1 : UNBOUNDED);
        }
        for (int v = 0; v < graph.size(); v++) {
            for (int e = graph.start(v); e < graph.end(v); e++) {
                arc = network.addArc(arc, out(v), in(graph.neighbourAt(e)), UNBOUNDED);
            }
        }
        return network;
    }

    static int in(int v) {
        return 2 * v;
    }

    static int out(int v) {
        return 2 * v + 1;
    }

    /** Takes a vertex out of the network for good: it is already in the separator being built. */
    void deleteVertex(int v) {
        capacity[vertexArc[v]] = 0;
    }

    boolean isSaturated(int v) {
        return capacity[vertexArc[v]] == 1 && residual[vertexArc[v]] == 0;
    }

    /** Recomputes a maximum flow from zero by shortest augmenting paths; -1 if the flow is unbounded. */
    int maximumFlow() {
        System.arraycopy(capacity, 0, residual, 0, capacity.length);
        int source = out(MoralGraph.TREATMENT);
        int sink = in(MoralGraph.OUTCOME);
        int[] arcInto = new int[nodeCount];
        int[] queue = new int[nodeCount];
        int flow = 0;
        while (true) {
            Arrays.fill(arcInto, -1);
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail && arcInto[sink] < 0) {
                int u = queue[head++];
                for (int a = firstArc[u]; a >= 0; a = nextArc[a]) {
                    int w = target[a];
                    if (residual[a] > 0 && w != source && arcInto[w] < 0) {
                        arcInto[w] = a;
                        queue[tail++] = w;
                    }
                }
            }
            if (arcInto[sink] < 0) {
                return flow;
            }
            int bottleneck = UNBOUNDED;
            for (int w = sink; w != source; w = target[arcInto[w] ^ 1]) {
                bottleneck = Math.min(bottleneck, residual[arcInto[w]]);
            }
            if (bottleneck >= UNBOUNDED / 2) {
                return -1;
            }
            for (int w = sink; w != source; w = target[arcInto[w] ^ 1]) {
                residual[arcInto[w]] -= bottleneck;
                residual[arcInto[w] ^ 1] += bottleneck;
            }
            flow += bottleneck;
        }
    }

    /** The strongly connected component of each node in the residual network (Tarjan, without recursion). */
    int[] residualComponents() {
        int[] index = new int[nodeCount];
        int[] low = new int[nodeCount];
        int[] component = new int[nodeCount];
        int[] arcCursor = new int[nodeCount];
        boolean[] onStack = new boolean[nodeCount];
        int[] sccStack = new int[nodeCount];
        int[] callStack = new int[nodeCount];
        Arrays.fill(index, -1);
        int counter = 0;
        int components = 0;
        int sccTop = 0;
        for (int root = 0; root < nodeCount; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int callTop = 0;
            callStack[callTop++] = root;
            index[root] = low[root] = counter++;
            arcCursor[root] = firstArc[root];
            sccStack[sccTop++] = root;
            onStack[root] = true;
            while (callTop > 0) {
                int u = callStack[callTop - 1];
                int a = arcCursor[u];
                if (a >= 0) {
                    arcCursor[u] = nextArc[a];
                    int w = target[a];
                    if (residual[a] <= 0) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        arcCursor[w] = firstArc[w];
                        sccStack[sccTop++] = w;
                        onStack[w] = true;
                        callStack[callTop++] = w;
                    } else if (onStack[w]) {
                        low[u] = Math.min(low[u], index[w]);
                    }
                    continue;
                }
                callTop--;
                if (callTop > 0) {
                    int parent = callStack[callTop - 1];
                    low[parent] = Math.min(low[parent], low[u]);
                }
                if (low[u] == index[u]) {
                    int w;
                    do {
                        w = sccStack[--sccTop];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != u);
                    components++;
                }
            }
        }
        return component;
    }

    private int addArc(int arc, int from, int to, int cap) {
        target[arc] = to;
        capacity[arc] = cap;
        nextArc[arc] = firstArc[from];
        firstArc[from] = arc;
        target[arc + 1] = from;
        capacity[arc + 1] = 0;
        nextArc[arc + 1] = firstArc[to];
        firstArc[to] = arc + 1;
        return arc + 2;
    }
}
