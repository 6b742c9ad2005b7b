package causal.runtime.nodes;

import causal.output.JsonLines;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Stmt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code export e to "e.json"}: the estimate as the same JSON object {@code --format json} prints. */
final class ExportNode extends StatementNode {
    private final Stmt.Export statement;

    ExportNode(Stmt.Export statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        String name = statement.subject().text();
        Object value = session.value(name).orElseThrow(() -> CausalException.at(statement.subject().span(),
                name + " has no value to export"));
        if (!(value instanceof Result.EstimateResult || value instanceof Result.IdentifyResult)) {
            throw CausalException.at(statement.subject().span(), "only estimates and identifications can be "
                    + "exported for now");
        }
        Result r = (Result) value;
        Path target = session.resolve(statement.path());
        try {
            Files.writeString(target, JsonLines.format(r) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CausalException.at(span(), "cannot write " + statement.path() + ": " + e.getMessage());
        }
        session.sink().accept(new Result.FileResult(span().line(), (r instanceof Result.EstimateResult ? "estimate " : "identification ")
                + name, statement.path()));
    }
}
