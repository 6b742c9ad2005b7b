package causal.analysis;

import causal.graph.Dag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers to identification queries (adjustment sets, instruments, front-door sets, the ID algorithm) by graph and
 * query, so a script asking the same question twice, and an editor re-checking a script on every keystroke while
 * its graphs stay the same, pay for each search once. A graph is known by its nodes, latent marks and edges, so an
 * edit that changes the graph misses the cache, and the cache holds no graph ({@link Dag#structure()}). Holds the
 * most recent {@value #CAPACITY} answers; thread-safe.
 */
public final class GraphCache {
    static final int CAPACITY = 10_000;

    /**
     * Equality and hash written out: a record's generated ones are linked through {@code ObjectMethods} method
     * handles on first use, about 15 ms of cold code on every checked script (the first identification query).
     */
    private record Key(String graph, String query, List<Object> arguments) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && graph.equals(k.graph) && query.equals(k.query) && arguments.equals(k.arguments);
        }

        @Override
        public int hashCode() {
            return (graph.hashCode() * 31 + query.hashCode()) * 31 + arguments.hashCode();
        }
    }

    private final Map<Key, Object> answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > CAPACITY;
        }
    });

    /** The answer to {@code query(arguments)} on {@code g}, computed once. */
    @SuppressWarnings("unchecked")
    <T> T get(Dag g, String query, List<Object> arguments, Supplier<T> compute) {
        Key key = new Key(g.structure(), query, arguments);
        Object known = answers.get(key);
        if (known != null) {
            return (T) known;
        }
        T answer = compute.get();
        answers.put(key, answer);
        return answer;
    }

}
