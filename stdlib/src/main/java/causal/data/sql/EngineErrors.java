package causal.data.sql;

import causal.data.DataException;
import causal.data.DataLocation;

import java.sql.SQLException;

/**
 * DuckDB's errors as {@link DataException}s: DuckDB's own message (its kind, e.g. {@code Binder Error}, the words,
 * and where it has one the line of the query with a caret), never a Java exception name or stack frames.
 */
final class EngineErrors {
    private EngineErrors() {
    }

    static DataException inWords(SQLException e, SqlQuery query) {
        String message = e.getMessage() == null ? "DuckDB failed without a message" : e.getMessage().strip();
        // DuckDB quotes the query it ran, which is the script's query rewritten (absolute paths, pushed-down
        // filters, a temporary folder in tests): the script's own place is in the diagnostic already.
        int context = message.indexOf("\nLINE ");
        if (context >= 0) {
            message = message.substring(0, context).strip();
        }
        if (message.startsWith("Missing Extension Error")) {
            // DuckDB's advice (INSTALL …, or turn auto-install on) is not something a Causal query can do.
            message = firstLine(e) + "; Causal does not download DuckDB extensions: copy the file next to the "
                    + "script and read it from there";
        }
        return new DataException(message, DataLocation.file(query.source()));
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
