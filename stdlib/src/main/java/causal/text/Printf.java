package causal.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code String.format(Locale.ROOT, pattern, args)} for the conversions Causal's reports use — {@code %s}, {@code %d},
 * {@code %f}, {@code %e}, {@code %g} and {@code %%}, with the {@code -} and {@code ,} flags, a width and a precision —
 * giving the same text. Why not {@link java.util.Formatter}: its first use loads locale data and the decimal format
 * symbols, about 20 ms of cold code at the end of every run (bench/results/startup.md). Numbers are rounded half up
 * from their shortest decimal representation ({@link Double#toString}), as Formatter rounds them.
 *
 * @throws IllegalArgumentException for any other conversion or flag, or too few arguments
 */
public final class Printf {
    private Printf() {
    }

    public static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int next = 0;
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            boolean left = false;
            boolean grouping = false;
            for (; i < n && (pattern.charAt(i) == '-' || pattern.charAt(i) == ','); i++) {
                left |= pattern.charAt(i) == '-';
                grouping |= pattern.charAt(i) == ',';
            }
            int width = 0;
            for (; i < n && Character.isDigit(pattern.charAt(i)); i++) {
                width = width * 10 + (pattern.charAt(i) - '0');
            }
            int precision = -1;
            if (i < n && pattern.charAt(i) == '.') {
                precision = 0;
                for (i++; i < n && Character.isDigit(pattern.charAt(i)); i++) {
                    precision = precision * 10 + (pattern.charAt(i) - '0');
                }
            }
            if (i >= n) {
                throw new IllegalArgumentException("format ends inside a conversion: " + pattern);
            }
            char conversion = pattern.charAt(i++);
            if (conversion == '%') {
                pad(out, "%", width, left);
                continue;
            }
            if (next >= args.length) {
                throw new IllegalArgumentException("too few arguments for " + pattern);
            }
            Object arg = args[next++];
            String text = switch (conversion) {
                case 's' -> {
                    String s = String.valueOf(arg);
                    yield precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
                }
                case 'd' -> integer(arg, grouping);
                case 'f' -> fixed(number(arg), precision < 0 ? 6 : precision);
                case 'e' -> scientific(number(arg), precision < 0 ? 6 : precision);
                case 'g' -> general(number(arg), precision < 0 ? 6 : precision == 0 ? 1 : precision);
                default -> throw new IllegalArgumentException("unsupported conversion %" + conversion + " in " + pattern);
            };
            if (grouping && conversion != 'd') {
                throw new IllegalArgumentException("the , flag only with %d: " + pattern);
            }
            pad(out, text, width, left);
        }
        return out.toString();
    }

    /** {@code %.<decimals>f}. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        String digits = decimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negative(v) ? "-" + digits : digits;
    }

    /** {@code %.<decimals>e}: one digit before the point, the exponent signed and at least two digits long. */
    public static String scientific(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        String sign = negative(v) ? "-" : "";
        if (v == 0) {
            return sign + mantissa("0", decimals) + "e+00";
        }
        BigDecimal rounded = decimal(Math.abs(v)).round(new MathContext(decimals + 1, RoundingMode.HALF_UP));
        String unscaled = rounded.unscaledValue().toString();
        int exponent = unscaled.length() - 1 - rounded.scale();
        return sign + mantissa(unscaled, decimals) + exponent(exponent);
    }

    /** Java's {@code %.<significant>g}: fixed between 1e-4 and 10^significant after rounding, scientific outside. */
    public static String general(double v, int significant) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        if (v == 0) {
            return fixed(v, significant - 1);
        }
        BigDecimal rounded = decimal(Math.abs(v)).round(new MathContext(significant, RoundingMode.HALF_UP));
        if (rounded.compareTo(BigDecimal.valueOf(1, 4)) >= 0 && rounded.compareTo(BigDecimal.TEN.pow(significant)) < 0) {
            int exponent = rounded.precision() - 1 - rounded.scale();
            String digits = rounded.setScale(Math.max(0, significant - 1 - exponent), RoundingMode.HALF_UP).toPlainString();
            return negative(v) ? "-" + digits : digits;
        }
        return scientific(v, significant - 1);
    }

    private static BigDecimal decimal(double nonNegative) {
        return new BigDecimal(Double.toString(nonNegative));
    }

    private static boolean negative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    private static String mantissa(String digits, int decimals) {
        StringBuilder m = new StringBuilder(decimals + 2).append(digits.charAt(0));
        if (decimals > 0) {
            m.append('.');
            for (int k = 1; k <= decimals; k++) {
                m.append(k < digits.length() ? digits.charAt(k) : '0');
            }
        }
        return m.toString();
    }

    private static String exponent(int e) {
        int a = Math.abs(e);
        return (e < 0 ? "e-" : "e+") + (a < 10 ? "0" : "") + a;
    }

    private static double number(Object arg) {
        if (arg instanceof Double || arg instanceof Float) {
            return ((Number) arg).doubleValue();
        }
        throw new IllegalArgumentException("%f, %e and %g need a double, not " + arg);
    }

    private static String integer(Object arg, boolean grouping) {
        if (!(arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte)) {
            throw new IllegalArgumentException("%d needs an integer, not " + arg);
        }
        String s = Long.toString(((Number) arg).longValue());
        if (!grouping) {
            return s;
        }
        int start = s.startsWith("-") ? 1 : 0;
        StringBuilder g = new StringBuilder(s.length() + s.length() / 3);
        for (int k = 0; k < s.length(); k++) {
            if (k > start && (s.length() - k) % 3 == 0) {
                g.append(',');
            }
            g.append(s.charAt(k));
        }
        return g.toString();
    }

    private static void pad(StringBuilder out, String text, int width, boolean left) {
        if (left) {
            out.append(text);
        }
        for (int k = text.length(); k < width; k++) {
            out.append(' ');
        }
        if (!left) {
            out.append(text);
        }
    }
}
