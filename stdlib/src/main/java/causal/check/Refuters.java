package causal.check;

import static java.util.Map.entry;

import causal.estimate.OptionException;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of refuters by script keyword (LANGUAGE.md §8, {@code refute e1 using placebo_treatment(runs = 100)}):
 * one explicit table, for the checker, the LSP and the runtime.
 */
public final class Refuters {
    private static final OptionSpec SEED = new OptionSpec("seed", "integer", "0", "the seed of the random runs");

    private static OptionSpec runs(int runs) {
        return new OptionSpec("runs", "integer", Integer.toString(runs), "the number of runs");
    }

    private static final Map<String, List<OptionSpec>> OPTIONS = Map.ofEntries(
            entry(PlaceboTreatment.KEYWORD, List.of(runs(100), SEED)),
            entry(RandomCommonCause.KEYWORD, List.of(runs(100), SEED)),
            entry(DataSubset.KEYWORD, List.of(new OptionSpec("fraction", "number", "0.8", "the share of rows kept"),
                    runs(100), SEED)),
            entry(BootstrapResamples.KEYWORD, List.of(runs(200), SEED)),
            entry(DummyOutcome.KEYWORD, List.of(runs(100), SEED)),
            entry(PermutationTest.KEYWORD, List.of(runs(1000), SEED)));

    private Refuters() {
    }

    /** Every refuter keyword, sorted. */
    public static List<String> keywords() {
        return OPTIONS.keySet().stream().sorted().toList();
    }

    /** The options {@code keyword} takes, or empty for an unknown refuter. */
    public static Optional<List<OptionSpec>> options(String keyword) {
        return Optional.ofNullable(OPTIONS.get(keyword));
    }

    /**
     * The refuter {@code keyword} configured with {@code values} (options left out take their defaults).
     *
     * @throws OptionException for an unknown refuter, an option it does not take, or a bad value
     */
    public static Refuter create(String keyword, Map<String, OptionValue> values) {
        List<OptionSpec> specs = OPTIONS.get(keyword);
        if (specs == null) {
            throw new OptionException(keyword, "there is no refuter " + keyword + "; there are "
                    + String.join(", ", keywords()));
        }
        for (String name : values.keySet()) {
            if (specs.stream().noneMatch(o -> o.name().equals(name))) {
                throw new OptionException(name, keyword + " has no option " + name + "; it takes "
                        + specs.stream().map(OptionSpec::name).collect(Collectors.joining(", ")));
            }
        }
        long seed = (long) number(keyword, values, "seed", 0, true);
        return switch (keyword) {
            case PlaceboTreatment.KEYWORD -> new PlaceboTreatment(
                    new PlaceboTreatment.Options(runs(keyword, values, 100), seed));
            case RandomCommonCause.KEYWORD -> new RandomCommonCause(
                    new RandomCommonCause.Options(runs(keyword, values, 100), seed));
            case DataSubset.KEYWORD -> new DataSubset(new DataSubset.Options(
                    number(keyword, values, "fraction", 0.8, false), runs(keyword, values, 100), seed));
            case BootstrapResamples.KEYWORD -> new BootstrapResamples(
                    new BootstrapResamples.Options(runs(keyword, values, 200), seed));
            case PermutationTest.KEYWORD -> new PermutationTest(
                    new PermutationTest.Options(runs(keyword, values, 1000), seed));
            default -> new DummyOutcome(new DummyOutcome.Options(runs(keyword, values, 100), seed));
        };
    }

    private static int runs(String keyword, Map<String, OptionValue> values, int otherwise) {
        double runs = number(keyword, values, "runs", otherwise, true);
        if (runs > Integer.MAX_VALUE) {
            throw new OptionException("runs", keyword + " option runs must be a whole number, not " + runs);
        }
        return (int) runs;
    }

    private static double number(String keyword, Map<String, OptionValue> values, String name, double otherwise,
            boolean whole) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof OptionValue.Number n && Double.isFinite(n.value()) && (!whole || n.value() == Math.rint(n.value()))) {
            return n.value();
        }
        throw new OptionException(name, keyword + " option " + name + " must be " + (whole ? "a whole number" : "a number")
                + ", not " + v.text());
    }
}
