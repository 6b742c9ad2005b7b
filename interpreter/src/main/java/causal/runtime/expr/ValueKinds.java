package causal.runtime.expr;

/** Words for the kinds of value an expression can have, for error messages. */
final class ValueKinds {
    private ValueKinds() {
    }

    static String describe(Object value) {
        if (value instanceof Double) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof NumericVector) {
            return "a numeric column";
        }
        if (value instanceof BooleanVector) {
            return "a true/false column";
        }
        if (value instanceof CategoricalVector) {
            return "a categorical column";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
