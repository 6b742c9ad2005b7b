package causal.data;

/**
 * Finds a plain decimal number at the start of a field and reads its value in the same pass, as the CSV reader does
 * for most cells of a numeric file: an optional sign, at most 18 digits with at most one point, a significand up to
 * 2^53, no blanks and no exponent, ended by a comma or line break. Its value is the significand over a power of ten
 * up to 10^18, one exact double operation, so correctly rounded (Clinger 1990, "How to read floating point numbers
 * accurately"), which is what {@link CellBytes#decimal} and FastDoubleParser give. Other cells are left to them.
 */
final class PlainNumbers {
    private static final long POINTS = EightBytes.repeated('.');
    private static final long[] WHOLE_POWERS_OF_TEN = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000};

    private double value;

    /** The value of the number {@link #end} found last. */
    double value() {
        return value;
    }

    /**
     * Where the plain number at {@code bytes[start]} ends, if one does and a comma or line break follows it before
     * {@code limit}, with its value in {@link #value()}; else −1. Eight bytes at a time: one load when the number
     * has at most eight characters after its sign (as "0.435895" and "-1.25"), two when its point comes later.
     */
    int end(byte[] bytes, int start, int limit) {
        // Two loads of eight bytes, after a sign and the second after up to seven digits and a point, stay within
        // the buffer's data.
        if (start + 18 > limit) {
            return endNearLimit(bytes, start, limit);
        }
        // Without branches: in a column of mixed signs, a branch on the sign is mispredicted half the time.
        int first = bytes[start] & 0xFF;
        int minus = ((first ^ '-') - 1) >>> 31;
        int i = start + (minus | ((first ^ '+') - 1) >>> 31);
        long word = EightBytes.load(bytes, i);
        int digits = EightBytes.length(word);
        int point = EightBytes.before(EightBytes.matches(word, POINTS));
        if (point == digits && point < 8) {
            return endWithPointInFirstEight(bytes, i, limit, word, point, minus);
        }
        if (digits == 8) {
            return endByteByByte(bytes, i, limit, minus);
        }
        return end(bytes, i + digits, limit, digits, 0, digits == 0 ? 0 : EightBytes.value(word, digits), minus);
    }

    /**
     * As {@link #end(byte[], int, int)} for a number whose point is byte {@code point} of the eight at {@code i},
     * after only digits: the digits on both sides of the point, joined into one run, are read at once when the
     * number ends within the eight, else with a second load.
     */
    private int endWithPointInFirstEight(byte[] bytes, int i, int limit, long word, int point, int minus) {
        long before = (1L << (8 * point)) - 1;
        long joined = (word & before) | ((word >>> 8) & ~before);
        int digits = EightBytes.length(joined);
        if (digits < 7 || !isDigit(bytes[i + 8])) {
            long significand = digits == 0 ? 0 : EightBytes.value(joined, digits);
            return end(bytes, i + digits + 1, limit, digits, digits - point, significand, minus);
        }
        long integer = point == 0 ? 0 : EightBytes.value(word, point);
        long fraction = EightBytes.load(bytes, i + point + 1);
        int fractionDigits = EightBytes.length(fraction);
        if (fractionDigits == 8) {
            return endByteByByte(bytes, i, limit, minus);
        }
        long significand = integer * WHOLE_POWERS_OF_TEN[fractionDigits] + EightBytes.value(fraction, fractionDigits);
        return end(bytes, i + point + 1 + fractionDigits, limit, point + fractionDigits, fractionDigits, significand,
                minus);
    }

    /** As {@link #end(byte[], int, int)} for a number near the end of the bytes read. */
    private int endNearLimit(byte[] bytes, int start, int limit) {
        int minus = start < limit && bytes[start] == '-' ? 1 : 0;
        boolean signed = minus == 1 || start < limit && bytes[start] == '+';
        return endByteByByte(bytes, signed ? start + 1 : start, limit, minus);
    }

    /** As {@link #end(byte[], int, int)}, one byte at a time from {@code i}, after the sign. */
    private int endByteByByte(byte[] bytes, int i, int limit, int minus) {
        long significand = 0;
        int integerStart = i;
        for (; i < limit && isDigit(bytes[i]); i++) {
            significand = 10 * significand + (bytes[i] - '0');
        }
        int digits = i - integerStart;
        int fractionDigits = 0;
        if (i < limit && bytes[i] == '.') {
            int fractionStart = ++i;
            for (; i < limit && isDigit(bytes[i]); i++) {
                significand = 10 * significand + (bytes[i] - '0');
            }
            fractionDigits = i - fractionStart;
            digits += fractionDigits;
        }
        return end(bytes, i, limit, digits, fractionDigits, significand, minus);
    }

    /**
     * {@code end} if the number read, {@code significand} × 10^−{@code fractionDigits} with the sign bit
     * {@code minus}, is plain and followed by a comma or line break, with its value in {@link #value}; else −1.
     */
    private int end(byte[] bytes, int end, int limit, int digits, int fractionDigits, long significand, int minus) {
        if (digits == 0 || digits > 18 || significand > CellBytes.LARGEST_EXACT_INTEGER || end >= limit) {
            return -1;
        }
        byte after = bytes[end];
        if (after != ',' && after != '\n' && after != '\r') {
            return -1;
        }
        double magnitude = significand / CellBytes.EXACT_POWERS_OF_TEN[fractionDigits];
        value = Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) | (long) minus << 63);
        return end;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
