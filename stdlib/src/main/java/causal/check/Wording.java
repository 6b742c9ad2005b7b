package causal.check;

import causal.text.Printf;

import java.math.BigDecimal;
import java.math.MathContext;

/** How numbers read in interpretations: three significant digits, percentages to one decimal, p-values as printed. */
final class Wording {
    private Wording() {
    }

    /** Three significant digits, no exponent, no trailing zeros; whole numbers from 1000 up. */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "not a number" : x > 0 ? "infinity" : "minus infinity";
        }
        if (x == 0) {
            return "0";
        }
        if (Math.abs(x) >= 1000) {
            return Long.toString(Math.round(x));
        }
        String text = new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** A share as a percentage with one decimal, e.g. 0.13878 as 13.9%. */
    static String percent(double share) {
        String text = Printf.format("%.1f", 100 * share);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text + "%";
    }

    /** {@code p = 0.71}, {@code p = 0.034}, {@code p < 0.001}. */
    static String pValue(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        String text = Printf.format(p >= 0.01 ? "%.2f" : "%.3f", p);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "p = " + text;
    }
}
