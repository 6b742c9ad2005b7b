package causal.runtime.expr;

import causal.random.RandomSource;

/**
 * What an expression reads while it runs: the columns its names are bound to (by slot, in order of first mention)
 * and one random stream per distribution call (by call index, in source order).
 */
final class EvaluationInput {
    private final ColumnSource[] columns;
    private final RandomSource[] streams;

    EvaluationInput(ColumnSource[] columns, RandomSource[] streams) {
        this.columns = columns;
        this.streams = streams;
    }

    ColumnSource column(int slot) {
        return columns[slot];
    }

    RandomSource stream(int drawIndex) {
        return streams[drawIndex];
    }
}
