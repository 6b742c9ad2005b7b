package causal.analysis;

import causal.options.OptionValue;
import causal.syntax.Stmt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A declared policy ({@code policy NAME = KIND(options)}) with its options read and checked. */
public record PolicyInfo(Stmt.Policy declaration, String keyword, Map<String, OptionValue> options,
                         List<String> features) {
    public PolicyInfo {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        features = List.copyOf(features);
    }

    public String name() {
        return declaration.name().text();
    }
}
