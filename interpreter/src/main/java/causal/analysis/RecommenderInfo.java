package causal.analysis;

import causal.options.OptionValue;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declared recommender, {@code recommender NAME = ALGO(options) on DATA(user = …, item = …, rating = … | event =
 * …[, time = …][, text = {…}])}: its algorithm, options, the recommenders it combines (hybrid, mmr) and the columns
 * of its data by role.
 */
public record RecommenderInfo(Stmt.Recommender declaration, String keyword, Map<String, OptionValue> options,
                              List<RecommenderInfo> bases, String dataset, String user, String item,
                              Optional<String> rating, Optional<String> event, Optional<String> time,
                              List<String> text) {
    public RecommenderInfo {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        bases = List.copyOf(bases);
        text = List.copyOf(text);
    }

    public String name() {
        return declaration.name().text();
    }

    /** Every column the recommender reads, its bases' included. */
    public List<String> columns() {
        List<String> out = new ArrayList<>(List.of(user, item));
        rating.ifPresent(out::add);
        event.ifPresent(out::add);
        time.ifPresent(out::add);
        out.addAll(text);
        return out;
    }
}
