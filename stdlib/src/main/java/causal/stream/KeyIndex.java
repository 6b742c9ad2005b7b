package causal.stream;

import java.util.Arrays;

/**
 * Dense slots for keys of {@code width} doubles (a cluster id, or treated and post), without boxing: an
 * open-addressing table from the keys' bits to slots numbered in order of first appearance. Merging in batch order
 * therefore numbers the keys as one sequential pass would, which keeps sums over keys reproducible. {@code -0.0} is
 * the key {@code 0.0}; NaN is never a key (callers drop such rows first).
 */
final class KeyIndex {
    private final int width;
    private long[] tableKeys;
    private int[] tableSlots;
    private double[] keys;
    private int count;
    private final double[] single = new double[1];

    KeyIndex(int width) {
        this.width = width;
        this.tableKeys = new long[16 * width];
        this.tableSlots = new int[16];
        this.keys = new double[8 * width];
    }

    /** How many keys have a slot. */
    int count() {
        return count;
    }

    /** Part {@code j} of the key of {@code slot}. */
    double key(int slot, int j) {
        return keys[slot * width + j];
    }

    /** The slot of the one-double key {@code k}, created on first sight. */
    int slot(double k) {
        single[0] = k;
        return slot(single, 0);
    }

    /** The slot of the key {@code source[at .. at + width - 1]}, created on first sight. Not modified: source. */
    int slot(double[] source, int at) {
        long hash = 0;
        for (int j = 0; j < width; j++) {
            hash = hash * 31 + bits(source[at + j]);
        }
        int mask = tableSlots.length - 1;
        int position = mix(hash) & mask;
        while (tableSlots[position] != 0) {
            if (matches(position, source, at)) {
                return tableSlots[position] - 1;
            }
            position = (position + 1) & mask;
        }
        int slot = count++;
        for (int j = 0; j < width; j++) {
            tableKeys[position * width + j] = bits(source[at + j]);
        }
        tableSlots[position] = slot + 1;
        if ((slot + 1) * width > keys.length) {
            keys = Arrays.copyOf(keys, 2 * keys.length);
        }
        System.arraycopy(source, at, keys, slot * width, width);
        for (int j = 0; j < width; j++) {
            keys[slot * width + j] += 0.0;
        }
        if (2 * count > tableSlots.length) {
            grow();
        }
        return slot;
    }

    /**
     * The slot of the one-double key {@code k}, or -1 when it has none; never adds a key, so threads may look keys up
     * at once while nobody adds one. For an index of one-double keys.
     */
    int find(double k) {
        if (width != 1) {
            throw new IllegalStateException("find looks up one-double keys, and this index has keys of " + width);
        }
        long key = bits(k);
        int mask = tableSlots.length - 1;
        int position = mix(key) & mask;
        while (tableSlots[position] != 0) {
            if (tableKeys[position] == key) {
                return tableSlots[position] - 1;
            }
            position = (position + 1) & mask;
        }
        return -1;
    }

    private boolean matches(int position, double[] source, int at) {
        for (int j = 0; j < width; j++) {
            if (tableKeys[position * width + j] != bits(source[at + j])) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] oldKeys = tableKeys;
        int[] oldSlots = tableSlots;
        tableKeys = new long[oldKeys.length * 2];
        tableSlots = new int[oldSlots.length * 2];
        int mask = tableSlots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                long hash = 0;
                for (int j = 0; j < width; j++) {
                    hash = hash * 31 + oldKeys[i * width + j];
                }
                int position = mix(hash) & mask;
                while (tableSlots[position] != 0) {
                    position = (position + 1) & mask;
                }
                System.arraycopy(oldKeys, i * width, tableKeys, position * width, width);
                tableSlots[position] = oldSlots[i];
            }
        }
    }

    private static long bits(double v) {
        return Double.doubleToLongBits(v + 0.0);
    }

    // Keys are often small integers, whose bits differ only in the high mantissa: mix them all down.
    private static int mix(long hash) {
        long h = hash * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43));
    }
}
