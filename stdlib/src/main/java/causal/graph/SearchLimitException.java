package causal.graph;

/** An exhaustive search would have to consider more candidates than its documented limit allows. */
public final class SearchLimitException extends RuntimeException {
    private final int candidates;
    private final int limit;

    SearchLimitException(String what, int candidates, int limit) {
        super(what + " considers at most " + limit + " candidate nodes, this graph has " + candidates);
        this.candidates = candidates;
        this.limit = limit;
    }

    public int candidates() {
        return candidates;
    }

    public int limit() {
        return limit;
    }
}
