package causal.analysis;

import causal.syntax.Stmt;

import java.util.List;
import java.util.Set;

/**
 * What the checker knows of a dataset before any row is read: its column names (from headers, models and
 * {@code with}) and which columns are known to be binary (drawn from a bernoulli in a model).
 */
public record DatasetInfo(Stmt.Data declaration, List<String> columns, Set<String> binaryColumns) {
    public DatasetInfo {
        columns = List.copyOf(columns);
        binaryColumns = Set.copyOf(binaryColumns);
    }

    public String name() {
        return declaration.name().text();
    }
}
