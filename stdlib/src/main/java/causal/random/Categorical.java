package causal.random;

import java.util.List;

/**
 * A category code 0..k−1 drawn with probabilities p1..pk, as R's {@code sample.int(k, n, TRUE, prob)} but 0-based.
 * Its one script parameter is a list, so {@code params} holds one column per category; each row's probabilities must
 * lie in [0, 1] and sum to 1 (within 1e-6, then they are used as given, scaled by their sum).
 */
public record Categorical() implements Distribution {
    private static final double SUM_TOLERANCE = 1e-6;

    @Override
    public String name() {
        return "categorical";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("probabilities");
    }

    @Override
    public String signature() {
        return "categorical([p1, p2, …])";
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        if (params.length == 0) {
            throw new IllegalArgumentException("categorical: needs at least one probability");
        }
        int k = params.length;
        double[][] columns = new double[k][];
        int[] steps = new int[k];
        int checkedRows = 1;
        for (int j = 0; j < k; j++) {
            columns[j] = ParameterColumns.column(this, params, j, out.length);
            ParameterColumns.requireProbability(this, "p" + (j + 1), columns[j]);
            steps[j] = ParameterColumns.step(columns[j]);
            checkedRows = Math.max(checkedRows, columns[j].length);
        }
        for (int i = 0; i < checkedRows; i++) {
            double sum = rowSum(columns, steps, i);
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("categorical: the probabilities must sum to 1 but sum to "
                        + ParameterColumns.format(sum) + " at row " + i);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = draw(rng.nextDouble() * rowSum(columns, steps, i), columns, steps, i);
        }
    }

    private static double rowSum(double[][] columns, int[] steps, int row) {
        double sum = 0;
        for (int j = 0; j < columns.length; j++) {
            sum += columns[j][row * steps[j]];
        }
        return sum;
    }

    /** The first category whose cumulative probability exceeds {@code u}; rounding past the end picks the last possible one. */
    private static int draw(double u, double[][] columns, int[] steps, int row) {
        double cumulative = 0;
        int lastPossible = 0;
        for (int j = 0; j < columns.length; j++) {
            double p = columns[j][row * steps[j]];
            if (p > 0) {
                cumulative += p;
                lastPossible = j;
                if (u < cumulative) {
                    return j;
                }
            }
        }
        return lastPossible;
    }
}
