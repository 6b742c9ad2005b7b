package causal.graph;

/** Listing every path between two nodes would exceed the limit the caller set. */
public final class PathLimitException extends RuntimeException {
    private final int limit;

    PathLimitException(String from, String to, int limit) {
        super("more than " + limit + " paths join " + from + " and " + to + ", too many to list");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
