package causal.recommend;

import java.util.List;

/** The items recommended to one user, best first, by external keys: what {@code recommend 10 for user 42} prints. */
public record Recommendations(String method, String user, List<Item> items) {

    public Recommendations {
        items = List.copyOf(items);
    }

    /** One recommended item: its rank (1 for the best), key, and the model's score. */
    public record Item(int rank, String item, double score) {
    }
}
