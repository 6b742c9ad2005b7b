package causal.panel;

import java.util.List;

/**
 * How many free parameters a set of fixed effects uses up: the rank of their dummies. The first two factors are
 * counted exactly as levels₁ + levels₂ − (connected components of the bipartite graph whose edges are the rows),
 * which is {@code lm}'s count (one aliased dummy per extra component) and fixest's with
 * {@code fixef.force_exact = TRUE}; each further factor adds its levels − 1, as fixest assumes by default.
 */
final class AbsorbedLevels {
    private AbsorbedLevels() {
    }

    static int count(List<Factor> factors) {
        int total = factors.get(0).levelsPresent();
        if (factors.size() >= 2) {
            Factor first = factors.get(0);
            Factor second = factors.get(1);
            total += second.levelsPresent() - components(first, second);
        }
        for (int j = 2; j < factors.size(); j++) {
            total += factors.get(j).levelsPresent() - 1;
        }
        return total;
    }

    /** Connected components among the present levels of a and b, joined by the rows (union-find, path halving). */
    static int components(Factor a, Factor b) {
        int la = a.levels();
        int[] parent = new int[la + b.levels()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int present = a.levelsPresent() + b.levelsPresent();
        int merges = 0;
        int[] ca = a.codes();
        int[] cb = b.codes();
        for (int i = 0; i < ca.length; i++) {
            int x = root(parent, ca[i]);
            int y = root(parent, la + cb[i]);
            if (x != y) {
                parent[x] = y;
                merges++;
            }
        }
        return present - merges;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
