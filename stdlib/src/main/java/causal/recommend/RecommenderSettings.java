package causal.recommend;

import causal.options.OptionValue;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Typed reads of a recommender's option values, each failure a {@link RecommenderOptionException} naming it. */
final class RecommenderSettings {
    private final String recommender;
    private final Map<String, OptionValue> values;

    RecommenderSettings(String recommender, Map<String, OptionValue> values) {
        this.recommender = recommender;
        this.values = values;
    }

    double number(String name, double otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (!(v instanceof OptionValue.Number n) || !Double.isFinite(n.value())) {
            throw new RecommenderOptionException(name, recommender + " option " + name + " must be a number, not "
                    + v.text());
        }
        return n.value();
    }

    int integer(String name, int otherwise) {
        double v = number(name, otherwise);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new RecommenderOptionException(name, recommender + " option " + name + " must be a whole number, not "
                    + values.get(name).text());
        }
        return (int) v;
    }

    /** A seed: any whole number a double holds exactly. */
    long seed(String name, long otherwise) {
        double v = number(name, otherwise);
        if (v != Math.rint(v) || Math.abs(v) > 0x1p53) {
            throw new RecommenderOptionException(name, recommender + " option " + name + " must be a whole number, not "
                    + values.get(name).text());
        }
        return (long) v;
    }

    boolean flag(String name, boolean otherwise) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (!(v instanceof OptionValue.Bool f)) {
            throw new RecommenderOptionException(name, recommender + " option " + name + " must be true or false, not "
                    + v.text());
        }
        return f.value();
    }

    Similarity similarity(String name, Similarity otherwise) {
        return word(name, otherwise, Similarity::find, "cosine or pearson");
    }

    AlternatingLeastSquares.Solver solver(String name, AlternatingLeastSquares.Solver otherwise) {
        return word(name, otherwise, AlternatingLeastSquares.Solver::find, "auto, cholesky or cg");
    }

    /** One of a few words, looked up by {@code find}; {@code choices} lists them for the message. */
    private <T> T word(String name, T otherwise, Function<String, Optional<T>> find, String choices) {
        OptionValue v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof OptionValue.Word w && find.apply(w.word()).isPresent()) {
            return find.apply(w.word()).get();
        }
        throw new RecommenderOptionException(name, recommender + " option " + name + " must be " + choices + ", not "
                + v.text());
    }
}
