package causal.stream;

import causal.options.OptionSpec;
import java.util.List;

/**
 * How a pass runs: {@code threads} batches are summarized at a time (default: the available processors). Results do
 * not depend on it: partial sums are merged in batch order whatever the thread count.
 */
public record StreamOptions(int threads) {
    public static final StreamOptions DEFAULTS = new StreamOptions(Runtime.getRuntime().availableProcessors());

    /** The options as the language documentation lists them. */
    public static final List<OptionSpec> SPECS = List.of(new OptionSpec("threads", "integer", "available processors",
            "how many batches are summarized at a time; results are the same, bit for bit, for any number"));

    public StreamOptions {
        if (threads < 1) {
            throw new StreamException("threads must be at least 1, not " + threads);
        }
    }
}
