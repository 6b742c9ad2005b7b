package causal.syntax;

import java.util.List;

/** A parsed script: its statements in source order. */
public record Script(SourceText source, List<Stmt> statements) {
    public Script {
        statements = List.copyOf(statements);
    }
}
