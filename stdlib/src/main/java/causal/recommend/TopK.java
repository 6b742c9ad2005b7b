package causal.recommend;

/**
 * Selection of the k best of many scored indices without sorting them all: a bounded min-heap, O(n log k). An index
 * ranks before another by a higher score, then by a lower index; NaN scores are never selected. One use per
 * instance.
 */
final class TopK {
    private final double[] scores;
    private final int[] heap;
    private int size;

    /** Selects among indices of {@code scores} (not modified; read when offering and draining). */
    TopK(int k, double[] scores) {
        this.scores = scores;
        this.heap = new int[Math.max(0, k)];
    }

    /** The k best indices of {@code scores}, best first. */
    static int[] select(double[] scores, int k) {
        TopK top = new TopK(Math.min(k, scores.length), scores);
        for (int i = 0; i < scores.length; i++) {
            top.offer(i);
        }
        return top.best();
    }

    void offer(int i) {
        if (Double.isNaN(scores[i]) || heap.length == 0) {
            return;
        }
        if (size < heap.length) {
            heap[size] = i;
            siftUp(size++);
        } else if (better(i, heap[0])) {
            heap[0] = i;
            siftDown(size);
        }
    }

    /** The indices offered so far that are among the k best, best first; empties the selection. */
    int[] best() {
        int[] best = new int[size];
        for (int r = size - 1; r >= 0; r--) {
            best[r] = heap[0];
            heap[0] = heap[r];
            siftDown(r);
        }
        size = 0;
        return best;
    }

    /** True if index a ranks before index b. */
    private boolean better(int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(heap[parent], heap[at])) {
                return;
            }
            swap(parent, at);
            at = parent;
        }
    }

    private void siftDown(int limit) {
        int at = 0;
        while (true) {
            int worst = at;
            int left = 2 * at + 1;
            if (left < limit && better(heap[worst], heap[left])) {
                worst = left;
            }
            if (left + 1 < limit && better(heap[worst], heap[left + 1])) {
                worst = left + 1;
            }
            if (worst == at) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
