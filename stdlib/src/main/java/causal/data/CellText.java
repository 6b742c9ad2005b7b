package causal.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * How the CSV reader reads one cell, given as {@code buffer[start, end)} with surrounding blanks (spaces, tabs, control characters) already
 * trimmed: missing markers, booleans and decimal numbers, without making a {@code String}.
 */
final class CellText {
    private static final String[] MISSING = {"NA", "N/A", "NaN", "null", "NULL"};

    private CellText() {
    }

    static int trimStart(char[] buffer, int start, int end) {
        while (start < end && isBlank(buffer[start])) {
            start++;
        }
        return start;
    }

    static int trimEnd(char[] buffer, int start, int end) {
        while (end > start && isBlank(buffer[end - 1])) {
            end--;
        }
        return end;
    }

    /** Empty, or one of NA, N/A, NaN, null, NULL (exactly as written). */
    static boolean isMissing(char[] buffer, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return true;
        }
        if (length > 4 || !isMissingStart(buffer[start])) {
            return false;
        }
        for (String marker : MISSING) {
            if (equals(buffer, start, end, marker, false)) {
                return true;
            }
        }
        return false;
    }

    /** 1 for true, 0 for false (in any case), −1 for anything else. */
    static int booleanValue(char[] buffer, int start, int end) {
        if (equals(buffer, start, end, "true", true)) {
            return 1;
        }
        if (equals(buffer, start, end, "false", true)) {
            return 0;
        }
        return -1;
    }

    /**
     * A decimal number as R's {@code read.csv} would take it: optional sign, digits with at most one point, an
     * optional exponent; or {@code Inf}/{@code Infinity} in any case. Java's extras (hex, {@code 1d}, {@code 1f}) are
     * not numbers here.
     */
    static boolean isNumber(char[] buffer, int start, int end) {
        int i = start;
        if (i < end && (buffer[i] == '+' || buffer[i] == '-')) {
            i++;
        }
        if (isInfinity(buffer, i, end)) {
            return true;
        }
        int digits = 0;
        while (i < end && isDigit(buffer[i])) {
            i++;
            digits++;
        }
        if (i < end && buffer[i] == '.') {
            i++;
            while (i < end && isDigit(buffer[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (buffer[i] == 'e' || buffer[i] == 'E')) {
            i++;
            if (i < end && (buffer[i] == '+' || buffer[i] == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < end && isDigit(buffer[i])) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == end;
    }

    /**
     * The value of the cell if {@link #isNumber} accepts it, else NaN (a cell reading NaN is missing, so never comes
     * here). Parses first and checks after, so a numeric column's cells are scanned once: a cell that ends in a digit
     * or a point and is not a hex literal is a number exactly when the Java parser takes it; {@code 1d}, {@code 1f}
     * and {@code Infinity} end otherwise and go through {@link #isNumber}.
     */
    static double decimal(char[] buffer, int start, int end) {
        char last = buffer[end - 1];
        if ((isDigit(last) || last == '.') && !isHex(buffer, start, end)) {
            try {
                return JavaDoubleParser.parseDouble(buffer, start, end - start);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return isNumber(buffer, start, end) ? number(buffer, start, end) : Double.NaN;
    }

    private static boolean isHex(char[] buffer, int start, int end) {
        int i = start < end && (buffer[start] == '+' || buffer[start] == '-') ? start + 1 : start;
        return end - i > 1 && buffer[i] == '0' && (buffer[i + 1] == 'x' || buffer[i + 1] == 'X');
    }

    /** The value of a cell that {@link #isNumber} accepted. */
    static double number(char[] buffer, int start, int end) {
        boolean negative = buffer[start] == '-';
        int unsigned = buffer[start] == '+' || negative ? start + 1 : start;
        if (isInfinity(buffer, unsigned, end)) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return JavaDoubleParser.parseDouble(buffer, start, end - start);
    }

    private static boolean isInfinity(char[] buffer, int start, int end) {
        return equals(buffer, start, end, "inf", true) || equals(buffer, start, end, "infinity", true);
    }

    private static boolean equals(char[] buffer, int start, int end, String word, boolean ignoreCase) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = buffer[start + i];
            char w = word.charAt(i);
            if (c != w && !(ignoreCase && Character.toLowerCase(c) == w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMissingStart(char c) {
        return c == 'N' || c == 'n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBlank(char c) {
        return c <= ' ';
    }
}
