package causal.panel;

import java.util.Arrays;
import java.util.List;

/**
 * A grouping of the rows, as R's {@code factor}: one code {@code 0 .. levels - 1} per row, a name for messages and,
 * optionally, a label per level. Used for fixed effects, clusters, units and periods. The codes array is checked
 * once here and then read, never copied or modified: do not change it while a fit runs.
 */
public final class Factor {
    private final String name;
    private final int[] codes;
    private final int[] counts;
    private final List<String> labels;

    private Factor(String name, int[] codes, int levels, List<String> labels) {
        this.name = name;
        this.codes = codes;
        this.counts = new int[levels];
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (c < 0 || c >= levels) {
                throw new PanelException(name + " has no valid level in row " + (i + 1) + " (code " + c + ", "
                        + "levels 0 to " + (levels - 1) + ")");
            }
            counts[c]++;
        }
        this.labels = labels == null ? null : List.copyOf(labels);
    }

    /** Codes already numbered {@code 0 .. max}; levels are named by their code. Not modified: codes. */
    public static Factor of(String name, int[] codes) {
        int max = -1;
        for (int c : codes) {
            max = Math.max(max, c);
        }
        return new Factor(name, codes, max + 1, null);
    }

    /** Codes {@code 0 .. labels.size() - 1}, level {@code j} called {@code labels.get(j)} in messages. */
    public static Factor of(String name, int[] codes, List<String> labels) {
        return new Factor(name, codes, labels.size(), labels);
    }

    /**
     * Any integer ids (store numbers, years), renumbered in increasing order: the smallest value gets code 0. For a
     * time factor this makes the codes chronological, as {@link DifferenceInDifferences} needs. Not modified: values.
     */
    public static Factor fromValues(String name, int[] values) {
        int[] distinct = Arrays.stream(values).distinct().sorted().toArray();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = Arrays.binarySearch(distinct, values[i]);
        }
        return new Factor(name, codes, distinct.length,
                Arrays.stream(distinct).mapToObj(Integer::toString).toList());
    }

    public String name() {
        return name;
    }

    /** Rows. */
    public int size() {
        return codes.length;
    }

    /** Codes {@code 0 .. levels() - 1}, including levels without rows. */
    public int levels() {
        return counts.length;
    }

    /** Levels with at least one row. */
    public int levelsPresent() {
        int present = 0;
        for (int c : counts) {
            if (c > 0) {
                present++;
            }
        }
        return present;
    }

    public int code(int row) {
        return codes[row];
    }

    /** Rows in {@code level}. */
    public int count(int level) {
        return counts[level];
    }

    /** The level as messages show it: its label, else {@code name code}. */
    public String label(int level) {
        return labels == null ? name + " " + level : name + " " + labels.get(level);
    }

    /** True when every level of this factor falls in one level of {@code outer}, as units in their clusters. */
    public boolean nestedIn(Factor outer) {
        int[] home = new int[levels()];
        Arrays.fill(home, -1);
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            int o = outer.codes[i];
            if (home[c] < 0) {
                home[c] = o;
            } else if (home[c] != o) {
                return false;
            }
        }
        return true;
    }

    int[] codes() {
        return codes;
    }
}
