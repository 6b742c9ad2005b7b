package causal.runtime.nodes;

import causal.analysis.DagInfo;
import causal.graph.DagittyFormat;
import causal.output.JsonLines;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Stmt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code export NAME to "file"}: an estimate or identification as the JSON object {@code --format json} prints, a
 * dag in dagitty's format.
 */
final class ExportNode extends StatementNode {
    private final Stmt.Export statement;

    ExportNode(Stmt.Export statement) {
        super(statement.span());
        this.statement = statement;
    }

    @Override
    protected void run(RunSession session) {
        String name = statement.subject().text();
        DagInfo dag = session.analysis().declarations().dags().get(name);
        if (dag != null) {
            // dagitty's own format, with the positions, exposures and outcomes of a dag read from dagitty kept.
            write(dag.dagitty().map(DagittyFormat::write).orElseGet(() -> DagittyFormat.write(dag.dag())), session);
            session.sink().accept(new Result.FileResult(span().line(), "dag " + name, statement.path()));
            return;
        }
        Object value = session.value(name).orElseThrow(() -> CausalException.at(statement.subject().span(),
                name + " has no value to export"));
        if (!(value instanceof Result.EstimateResult || value instanceof Result.IdentifyResult)) {
            throw CausalException.at(statement.subject().span(), "only estimates and identifications can be "
                    + "exported for now");
        }
        Result r = (Result) value;
        write(JsonLines.format(r) + "\n", session);
        session.sink().accept(new Result.FileResult(span().line(), (r instanceof Result.EstimateResult ? "estimate " : "identification ")
                + name, statement.path()));
    }

    private void write(String text, RunSession session) {
        Path target = session.resolve(statement.path());
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CausalException.at(span(), "cannot write " + statement.path() + ": " + e.getMessage());
        }
    }
}
