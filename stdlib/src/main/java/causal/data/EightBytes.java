package causal.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a file read as one {@code long}, the first in the lowest byte, and tested all at once ("SWAR": SIMD
 * within a register, as in Lemire's simdjson and in FastDoubleParser): which bytes are a given character, and how
 * many leading bytes are digits and what number they make, where a byte-by-byte loop would take a branch per byte
 * or a multiply-add per digit in a chain.
 */
final class EightBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ZEROS = 0x3030303030303030L;
    private static final long COLONS = 0x3A3A3A3A3A3A3A3AL;

    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

    private EightBytes() {
    }

    /** The eight bytes at {@code buffer[i]}, the first in the lowest byte; needs {@code i + 8 <= buffer.length}. */
    static long load(byte[] buffer, int i) {
        return (long) LONGS.get(buffer, i);
    }

    /** The eight bytes of {@code character}, to find with {@link #matches}. */
    static long repeated(char character) {
        return (character & 0xFFL) * 0x0101010101010101L;
    }

    /** The high bit of each byte of {@code bytes} that equals the byte of {@code repeated}, exactly (no carries). */
    static long matches(long bytes, long repeated) {
        long difference = bytes ^ repeated;
        return ~(((difference & LOW_BITS) + LOW_BITS) | difference) & HIGH_BITS;
    }

    /** How many bytes come before the first one flagged in {@code matches} (8 when none is). */
    static int before(long matches) {
        return Long.numberOfTrailingZeros(matches) >>> 3;
    }

    /** How many of the eight bytes, from the first on, are the digits 0–9 (8 when all are). */
    static int length(long bytes) {
        // Per byte, without borrows between bytes: the high bit of (b | 0x80) - c is set exactly when b >= c.
        long atLeastZero = (bytes | HIGH_BITS) - ZEROS;
        long atLeastColon = (bytes | HIGH_BITS) - COLONS;
        long digits = atLeastZero & ~atLeastColon & ~bytes & HIGH_BITS;
        return Long.numberOfTrailingZeros(~digits & HIGH_BITS) >>> 3;
    }

    /** The value of the first {@code length} bytes (1 to 8), which are digits. */
    static long value(long bytes, int length) {
        // The digits move to the top bytes, behind 8 - length zero digits, and are summed in pairs, fours, eights.
        long digits = (bytes - ZEROS) << (8 * (8 - length));
        digits = digits * 10 + (digits >>> 8);
        digits = ((digits & 0x000000FF000000FFL) * (100 + (1000000L << 32))
                + ((digits >>> 16) & 0x000000FF000000FFL) * (1 + (10000L << 32))) >>> 32;
        return digits;
    }
}
