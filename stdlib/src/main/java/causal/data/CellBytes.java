package causal.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * {@link CellText} for a cell given as UTF-8 bytes {@code buffer[start, end)}: the same missing markers, booleans and
 * decimal numbers, read straight from the file's bytes. Blanks are the bytes up to {@code ' '}, as they are the
 * chars up to {@code ' '} there (a byte of a multi-byte character is never below 0x80).
 */
final class CellBytes {
    private static final String[] MISSING = {"NA", "N/A", "NaN", "null", "NULL"};
    /** Powers of ten that a double holds exactly: the largest a correctly rounded one-operation scale may use. */
    static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Every integer up to this is a double. */
    static final long LARGEST_EXACT_INTEGER = 1L << 53;
    /** {@code İ} (U+0130) in UTF-8: {@link Character#toLowerCase(char)} makes it {@code i}, so CellText reads İnf. */
    private static final byte DOTTED_I_FIRST = (byte) 0xC4;
    private static final byte DOTTED_I_SECOND = (byte) 0xB0;

    private CellBytes() {
    }

    static boolean isBlank(byte b) {
        return b >= 0 && b <= ' ';
    }

    static int trimStart(byte[] buffer, int start, int end) {
        while (start < end && isBlank(buffer[start])) {
            start++;
        }
        return start;
    }

    static int trimEnd(byte[] buffer, int start, int end) {
        while (end > start && isBlank(buffer[end - 1])) {
            end--;
        }
        return end;
    }

    /** Empty, or one of NA, N/A, NaN, null, NULL (exactly as written). */
    static boolean isMissing(byte[] buffer, int start, int end) {
        if (start == end) {
            return true;
        }
        if (end - start > 4 || (buffer[start] != 'N' && buffer[start] != 'n')) {
            return false;
        }
        for (String marker : MISSING) {
            if (equalsExactly(buffer, start, end, marker)) {
                return true;
            }
        }
        return false;
    }

    /** 1 for true, 0 for false (in any case), −1 for anything else. */
    static int booleanValue(byte[] buffer, int start, int end) {
        if (equalsIgnoreCase(buffer, start, end, "true")) {
            return 1;
        }
        if (equalsIgnoreCase(buffer, start, end, "false")) {
            return 0;
        }
        return -1;
    }

    /**
     * The cell's value when {@link CellText#isNumber} takes its text, else NaN. Short decimals (up to 2^53 with at
     * most 22 digits after the point or exponent 22) are one exact double operation, hence correctly rounded as
     * FastDoubleParser's and Java's are (Clinger 1990, "How to read floating point numbers accurately"); the rest
     * goes to FastDoubleParser.
     */
    static double decimal(byte[] buffer, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (buffer[i] == '+' || buffer[i] == '-')) {
            negative = buffer[i] == '-';
            i++;
        }
        if (i < end && !isDigit(buffer[i]) && buffer[i] != '.') {
            if (isInfinity(buffer, i, end)) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.NaN;
        }
        long significand = 0;
        boolean exact = true;
        int digits = 0;
        int scale = 0;
        for (; i < end && isDigit(buffer[i]); i++, digits++) {
            if (significand < LARGEST_EXACT_INTEGER) {
                significand = 10 * significand + (buffer[i] - '0');
            } else {
                exact = false;
            }
        }
        if (i < end && buffer[i] == '.') {
            for (i++; i < end && isDigit(buffer[i]); i++, digits++) {
                if (significand < LARGEST_EXACT_INTEGER) {
                    significand = 10 * significand + (buffer[i] - '0');
                    scale--;
                } else {
                    exact = false;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < end && (buffer[i] == 'e' || buffer[i] == 'E')) {
            int exponentStart = ++i < end && (buffer[i] == '+' || buffer[i] == '-') ? i + 1 : i;
            int exponent = 0;
            for (i = exponentStart; i < end && isDigit(buffer[i]); i++) {
                exponent = Math.min(10 * exponent + (buffer[i] - '0'), 100_000);
            }
            if (i == exponentStart) {
                return Double.NaN;
            }
            scale += buffer[exponentStart - 1] == '-' ? -exponent : exponent;
        }
        if (i != end) {
            return Double.NaN;
        }
        if (!exact || significand > LARGEST_EXACT_INTEGER || scale < -22 || scale > 22) {
            return JavaDoubleParser.parseDouble(buffer, start, end - start);
        }
        double magnitude = scale < 0 ? significand / EXACT_POWERS_OF_TEN[-scale]
                : significand * EXACT_POWERS_OF_TEN[scale];
        return negative ? -magnitude : magnitude;
    }

    private static boolean isInfinity(byte[] buffer, int start, int end) {
        return equalsIgnoreCase(buffer, start, end, "inf") || equalsIgnoreCase(buffer, start, end, "infinity");
    }

    /**
     * Whether the bytes spell {@code word} (lower case ASCII) with any letter in either case, as CellText compares
     * chars by {@link Character#toLowerCase(char)}: the only non-ASCII char it lowers into these words is {@code İ}.
     */
    private static boolean equalsIgnoreCase(byte[] buffer, int start, int end, String word) {
        int i = start;
        for (int k = 0; k < word.length(); k++) {
            if (i >= end) {
                return false;
            }
            char w = word.charAt(k);
            byte b = buffer[i];
            if (b == w || b == w - ('a' - 'A')) {
                i++;
            } else if (w == 'i' && b == DOTTED_I_FIRST && i + 1 < end && buffer[i + 1] == DOTTED_I_SECOND) {
                i += 2;
            } else {
                return false;
            }
        }
        return i == end;
    }

    private static boolean equalsExactly(byte[] buffer, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (buffer[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
