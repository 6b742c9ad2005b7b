package causal.graph;

import java.util.List;

/**
 * A conditional independence statement {@code x ⊥ y | given}, printed as dagitty prints one:
 * {@code x _||_ y | a, b}.
 *
 * @param given the conditioning set, sorted by name
 */
public record Independence(String x, String y, List<String> given) {
    public Independence {
        given = List.copyOf(given);
    }

    /** dagitty's text: {@code a _||_ c | b}, or {@code a _||_ b} when nothing is given. */
    public String render() {
        String text = x + " _||_ " + y;
        return given.isEmpty() ? text : text + " | " + String.join(", ", given);
    }

    @Override
    public String toString() {
        return render();
    }
}
