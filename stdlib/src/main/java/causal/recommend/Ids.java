package causal.recommend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The users (or the items) of a data set: each external key, a whole number or a text, mapped to a dense index
 * {@code 0 … size() − 1}. Numeric keys are indexed in increasing order, text keys in the order given (sorted for
 * plain strings, the level order of a categorical column). Immutable.
 */
public final class Ids {
    private final String what;
    private final long[] numericKeys;
    private final String[] textKeys;
    private final Map<String, Integer> textIndex;

    private Ids(String what, long[] numericKeys, String[] textKeys) {
        this.what = what;
        this.numericKeys = numericKeys;
        this.textKeys = textKeys;
        if (textKeys == null) {
            this.textIndex = null;
        } else {
            Map<String, Integer> index = new HashMap<>(textKeys.length * 2);
            for (int i = 0; i < textKeys.length; i++) {
                index.put(textKeys[i], i);
            }
            this.textIndex = index;
        }
    }

    /**
     * The distinct whole-number keys of {@code rowKeys}, sorted; {@code codes[r]} is set to the index of row r's key.
     * {@code what} ("user", "item") names the keys in messages. Not modified: rowKeys. Modified: codes.
     */
    static Ids numeric(String what, long[] rowKeys, int[] codes) {
        long[] sorted = rowKeys.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int r = 0; r < sorted.length; r++) {
            if (r == 0 || sorted[r] != sorted[r - 1]) {
                sorted[distinct++] = sorted[r];
            }
        }
        long[] keys = Arrays.copyOf(sorted, distinct);
        for (int r = 0; r < rowKeys.length; r++) {
            codes[r] = Arrays.binarySearch(keys, rowKeys[r]);
        }
        return new Ids(what, keys, null);
    }

    /**
     * The distinct text keys of {@code rowKeys}, sorted; {@code codes[r]} is set to the index of row r's key.
     *
     * @throws RecommenderException when a key is missing (null), naming the row
     */
    static Ids text(String what, String[] rowKeys, int[] codes) {
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < rowKeys.length; r++) {
            if (rowKeys[r] == null) {
                throw new RecommenderException("row " + (r + 1) + " has no " + what + "; every interaction needs one");
            }
            seen.putIfAbsent(rowKeys[r], seen.size());
        }
        String[] keys = seen.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        Ids ids = new Ids(what, null, keys);
        for (int r = 0; r < rowKeys.length; r++) {
            codes[r] = ids.textIndex.get(rowKeys[r]);
        }
        return ids;
    }

    /**
     * The levels of a dictionary-encoded column that some row uses, in level order; {@code codes} (level codes, −1
     * when missing) are rewritten in place to dense indices.
     *
     * @throws RecommenderException when a row's key is missing
     */
    static Ids levels(String what, int[] codes, List<String> levels) {
        int[] newIndex = new int[levels.size()];
        Arrays.fill(newIndex, -1);
        for (int r = 0; r < codes.length; r++) {
            if (codes[r] < 0) {
                throw new RecommenderException("row " + (r + 1) + " has no " + what + "; every interaction needs one");
            }
            newIndex[codes[r]] = 0;
        }
        int used = 0;
        for (int l = 0; l < newIndex.length; l++) {
            if (newIndex[l] == 0) {
                newIndex[l] = used++;
            }
        }
        String[] keys = new String[used];
        for (int l = 0; l < newIndex.length; l++) {
            if (newIndex[l] >= 0) {
                keys[newIndex[l]] = levels.get(l);
            }
        }
        for (int r = 0; r < codes.length; r++) {
            codes[r] = newIndex[codes[r]];
        }
        return new Ids(what, null, keys);
    }

    /** "user" or "item": what the keys identify. */
    public String what() {
        return what;
    }

    public int size() {
        return numericKeys != null ? numericKeys.length : textKeys.length;
    }

    /** The external key of {@code index} as text (a whole number without a decimal point). */
    public String key(int index) {
        return numericKeys != null ? Long.toString(numericKeys[index]) : textKeys[index];
    }

    /** The index of the key written as {@code key} ("42", "alice"), if the data has it. */
    public OptionalInt find(String key) {
        if (numericKeys != null) {
            try {
                return find(Long.parseLong(key.strip()));
            } catch (NumberFormatException notAWholeNumber) {
                return OptionalInt.empty();
            }
        }
        Integer index = textIndex.get(key);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The index of the numeric key {@code key}, if the data has it (text keys are matched by their digits). */
    public OptionalInt find(long key) {
        if (numericKeys == null) {
            return find(Long.toString(key));
        }
        int index = Arrays.binarySearch(numericKeys, key);
        return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
    }

    /**
     * The index of {@code key}.
     *
     * @throws RecommenderException when the data has no such user or item
     */
    public int index(String key) {
        return find(key).orElseThrow(() -> new RecommenderException("there is no " + what + " " + key
                + " in the data; the " + size() + " " + what + "s range from " + key(0) + " to " + key(size() - 1)));
    }
}
