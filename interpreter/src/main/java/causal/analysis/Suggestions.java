package causal.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** "did you mean" for misspelt names: the closest candidate within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidates nearest to {@code name} (all ties, sorted), when near enough to be a likely typo. */
    public static List<String> closest(String name, Collection<String> candidates) {
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String c : candidates) {
            int d = distance(name.toLowerCase(), c.toLowerCase());
            if (d > allowed || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                nearest.clear();
            }
            nearest.add(c);
        }
        Collections.sort(nearest);
        return nearest;
    }

    /** " (did you mean re78?)", " (did you mean re74, re75 or re78?)", or "". */
    public static String hint(String name, Collection<String> candidates) {
        return hint(closest(name, candidates));
    }

    /** The hint naming {@code near}, the {@link #closest} candidates: at most three of them, or "" for none. */
    static String hint(List<String> near) {
        if (near.isEmpty()) {
            return "";
        }
        List<String> shown = near.subList(0, Math.min(3, near.size()));
        String list = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        return " (did you mean " + list + "?)";
    }

    /** Optimal-string-alignment distance: edits, with two swapped neighbours (re87 for re78) counting as one. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
