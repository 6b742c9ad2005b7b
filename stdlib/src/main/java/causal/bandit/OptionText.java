package causal.bandit;

/** Option values as a script would write them, for labels and messages. */
final class OptionText {
    private OptionText() {
    }

    /** {@code 1} for a whole number, {@code 0.1} otherwise, {@code none} for infinity. */
    static String number(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "none";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** {@code value} to 3 significant digits, without trailing zeros: 0.25, 0.005, 480, 5.07. */
    static String significant(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
