package causal.estimate;

import causal.options.OptionValue;
import java.util.Optional;

/**
 * How a regression's standard error is computed: {@code classical}, {@code hc0}, {@code hc1}, {@code hc3}, or
 * {@code cluster(col)} (CR1 by the values of {@code col}).
 */
public record StandardErrors(Kind kind, Optional<String> clusterColumn) {
    public static final StandardErrors HC1 = new StandardErrors(Kind.HC1, Optional.empty());

    public enum Kind { CLASSICAL, HC0, HC1, HC3, CLUSTER }

    public StandardErrors {
        if ((kind == Kind.CLUSTER) != clusterColumn.isPresent()) {
            throw new IllegalArgumentException("a cluster column goes with cluster standard errors only");
        }
    }

    public static StandardErrors clusteredBy(String column) {
        return new StandardErrors(Kind.CLUSTER, Optional.of(column));
    }

    /** Reads the {@code se} option: a word, or {@code cluster(col)}. */
    static StandardErrors parse(OptionValue value, OptionReader reader) {
        if (value instanceof OptionValue.Call call && call.function().equals("cluster") && call.args().size() == 1) {
            OptionValue arg = call.args().get(0);
            if (arg instanceof OptionValue.Word word) {
                return clusteredBy(word.word());
            }
            if (arg instanceof OptionValue.Text text) {
                return clusteredBy(text.value());
            }
        }
        if (value instanceof OptionValue.Word word) {
            switch (word.word()) {
                case "classical":
                    return new StandardErrors(Kind.CLASSICAL, Optional.empty());
                case "hc0":
                    return new StandardErrors(Kind.HC0, Optional.empty());
                case "hc1":
                    return HC1;
                case "hc3":
                    return new StandardErrors(Kind.HC3, Optional.empty());
                default:
                    break;
            }
        }
        throw reader.wrong("se", value, "classical, hc0, hc1, hc3 or cluster(column)");
    }

    /** As a script would write it. */
    public String text() {
        return kind == Kind.CLUSTER ? "cluster(" + clusterColumn.get() + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
