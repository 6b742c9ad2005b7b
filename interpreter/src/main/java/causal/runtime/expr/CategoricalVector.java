package causal.runtime.expr;

import java.util.List;

/** The values of a categorical column over one chunk of rows: a code per row (−1 when missing) into its levels. */
final class CategoricalVector {
    final int[] codes;
    final List<String> levels;

    CategoricalVector(int[] codes, List<String> levels) {
        this.codes = codes;
        this.levels = levels;
    }

    int length() {
        return codes.length;
    }
}
