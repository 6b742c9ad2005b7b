package causal.runtime.expr;

import causal.data.Column;
import causal.data.Table;
import causal.progress.Progress;
import causal.random.RandomSource;
import causal.runtime.CausalException;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Simulates data from a structural model (LANGUAGE.md §4). Lines may come in any order: variables are computed
 * parents first. The k-th distribution call of line i draws from {@code new RandomSource(seed).stream(i).stream(k)},
 * consumed in row order, so a seed gives the same table bit for bit whatever the order of the lines' evaluation.
 *
 * <p>Rows are simulated in chunks of {@link CompiledExpression#ROWS_PER_CHUNK}, a variable's chunk soon after its
 * parents' (while they are still in cache), on as many threads as there are cores; {@link SimulationSchedule} keeps
 * the result and the first error independent of the number of threads.
 */
public final class ModelSimulation {
    private ModelSimulation() {
    }

    /**
     * Simulates {@code n} rows of {@code model} with {@code seed}; latent variables are simulated but not returned.
     * Columns come in line order; a {@code ~ bernoulli} variable is a numeric 0/1 column, as the draws of every
     * distribution are (categorical gives its category's index, 0 to k−1).
     */
    public static Table simulate(Stmt.Model model, int n, long seed) {
        return simulate(model, n, seed, ExpressionHost.STANDALONE);
    }

    /** As {@link #simulate(Stmt.Model, int, long)}, with nodes and worker threads belonging to {@code host}. */
    public static Table simulate(Stmt.Model model, int n, long seed, ExpressionHost host) {
        return simulate(model, n, seed, Runtime.getRuntime().availableProcessors(), host);
    }

    /** As {@link #simulate(Stmt.Model, int, long)} on at most {@code threads} threads; the result is the same. */
    static Table simulate(Stmt.Model model, int n, long seed, int threads) {
        return simulate(model, n, seed, threads, ExpressionHost.STANDALONE);
    }

    private static Table simulate(Stmt.Model model, int n, long seed, int threads, ExpressionHost host) {
        if (n < 0) {
            throw CausalException.at(model.span(), "cannot simulate " + n + " rows; n must be at least 0");
        }
        ModelPlan plan = ModelPlan.of(model);
        int[] order = plan.topologicalOrder();
        int lines = plan.size();
        CompiledExpression[] expressions = new CompiledExpression[lines];
        ColumnAccumulator[] values = new ColumnAccumulator[lines];
        for (int i = 0; i < lines; i++) {
            expressions[i] = ExpressionTranslator.compile(plan.line(i).value(), host);
            values[i] = new ColumnAccumulator(n);
        }
        RandomSource root = new RandomSource(seed);
        EvaluationInput[] inputs = new EvaluationInput[lines];
        for (int i = 0; i < lines; i++) {
            inputs[i] = input(plan, i, expressions[i], values, root.stream(i));
        }
        int chunks = Math.max(1, (n + CompiledExpression.ROWS_PER_CHUNK - 1) / CompiledExpression.ROWS_PER_CHUNK);
        // A chunk's rows are done when every variable has written them (variables without a common ancestor run
        // in any order).
        AtomicIntegerArray variablesDone = new AtomicIntegerArray(chunks);
        try (Progress.Task progress = Progress.start("simulate " + model.name().text(), n, "rows")) {
            SimulationSchedule schedule = new SimulationSchedule(parentPositions(plan, order), chunks,
                    (position, chunk) -> {
                        int line = order[position];
                        int first = chunk * CompiledExpression.ROWS_PER_CHUNK;
                        int end = Math.min(n, first + CompiledExpression.ROWS_PER_CHUNK);
                        values[line].write(expressions[line].evaluateChunk(inputs[line], first, end), first, end);
                        if (variablesDone.incrementAndGet(chunk) == lines) {
                            progress.advance(end - first);
                        }
                    });
            schedule.run(chunks > 1 ? Math.max(1, Math.min(threads, lines)) : 1, host.threads());
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            if (!plan.line(i).latent()) {
                columns.add(values[i].toColumn(plan.line(i).variable().text()));
            }
        }
        return Table.of(model.name().text(), n, columns);
    }

    /** Each model variable's parents (the variables its right side names), in line order — for {@code dag of M}. */
    public static Map<String, List<String>> parents(Stmt.Model model) {
        return ModelPlan.of(model).parentNames();
    }

    /** For each position in {@code order}, the positions of that line's parents. */
    private static int[][] parentPositions(ModelPlan plan, int[] order) {
        int[] positionOf = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            positionOf[order[k]] = k;
        }
        int[][] out = new int[order.length][];
        for (int k = 0; k < order.length; k++) {
            int[] parents = plan.parents(order[k]);
            out[k] = new int[parents.length];
            for (int j = 0; j < parents.length; j++) {
                out[k][j] = positionOf[parents[j]];
            }
        }
        return out;
    }

    /** Line {@code i}'s names bound to its parents' columns, its k-th draw to {@code lineStream.stream(k)}. */
    private static EvaluationInput input(ModelPlan plan, int i, CompiledExpression expression,
                                         ColumnAccumulator[] values, RandomSource lineStream) {
        List<Name> names = expression.columns();
        ColumnSource[] columns = new ColumnSource[names.size()];
        for (int s = 0; s < columns.length; s++) {
            columns[s] = values[plan.lineOf(names.get(s).text())];
        }
        RandomSource[] streams = new RandomSource[expression.drawCount()];
        for (int k = 0; k < streams.length; k++) {
            streams[k] = lineStream.stream(k);
        }
        return new EvaluationInput(columns, streams);
    }
}
