package causal.runtime.nodes;

import causal.runtime.RunSession;
import causal.syntax.Stmt;

/** Names a row of a dataset the way the user can find it: in the file when the dataset is a file as read. */
final class DataPlaces {
    private DataPlaces() {
    }

    /** e.g. {@code data/x.csv, row 3 (line 4), column dose}, or {@code dataset adults, row 3, column dose}. */
    static String row(RunSession session, String dataset, int rowIndex, String column) {
        Stmt declaration = session.analysis().declarations().all().get(dataset);
        if (declaration instanceof Stmt.Data d && d.source() instanceof Stmt.DataSource.Read r) {
            return r.location() + ", row " + (rowIndex + 1) + " (line " + (rowIndex + 2) + "), column " + column;
        }
        return "dataset " + dataset + ", row " + (rowIndex + 1) + ", column " + column;
    }
}
