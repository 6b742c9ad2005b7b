package causal.analysis;

import causal.graph.ClassifiedPath;
import causal.graph.ImpliedIndependencies;
import causal.syntax.Stmt;

import java.util.List;

/**
 * What the checker works out for a question about a graph ({@code paths of}, {@code implications of},
 * {@code test G against D}): the graph alone answers the first two; the third needs the data, so its plan says
 * which statements to test on which columns.
 */
public sealed interface GraphAnswer {
    Stmt statement();

    /** Every path between the treatment and the outcome, classified and explained. */
    record Paths(Stmt.Paths statement, String dag, String treatment, String outcome, List<String> given,
                 List<ClassifiedPath> paths) implements GraphAnswer {
        public Paths {
            given = List.copyOf(given);
            paths = List.copyOf(paths);
        }
    }

    /** A basis of the conditional independencies the DAG implies. */
    record Implications(Stmt.Implications statement, String dag, ImpliedIndependencies implied)
            implements GraphAnswer {}

    /** The implications of {@code dag} to test on the columns of {@code dataset}. */
    record Test(Stmt.Test statement, String dag, String dataset, ImpliedIndependencies implied)
            implements GraphAnswer {}
}
