package causal.runtime.nodes;

import causal.analysis.DagInfo;
import causal.analysis.RecommenderInfo;
import causal.data.CsvWriter;
import causal.data.Table;
import causal.graph.DagittyFormat;
import causal.output.JsonLines;
import causal.output.Result;
import causal.recommend.Interactions;
import causal.recommend.Recommendations;
import causal.recommend.RecommenderException;
import causal.recommend.TrainedRecommender;
import causal.runtime.CausalException;
import causal.runtime.RunSession;
import causal.syntax.Stmt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code export NAME to "file"}: an estimate or identification as the JSON object {@code --format json} prints, a
 * dag in dagitty's format, a dataset as CSV ({@link CsvWriter}), a recommender as every user's top 10 items in CSV.
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
        RecommenderInfo recommender = session.analysis().declarations().recommenders().get(name);
        if (recommender != null) {
            write(recommendations(recommender, session), session);
            session.sink().accept(new Result.FileResult(span().line(), "top " + EXPORTED_ITEMS + " per user by "
                    + name, statement.path()));
            return;
        }
        Object value = session.value(name).orElseThrow(() -> CausalException.at(statement.subject().span(),
                name + " has no value to export"));
        if (value instanceof Table table) {
            try {
                CsvWriter.write(table, session.resolve(statement.path()));
            } catch (IOException e) {
                throw CausalException.at(span(), "cannot write " + statement.path() + ": " + e.getMessage());
            }
            session.sink().accept(new Result.FileResult(span().line(), "dataset " + name + " (" + table.rowCount()
                    + " rows)", statement.path()));
            return;
        }
        if (!(value instanceof Result.EstimateResult || value instanceof Result.IdentifyResult)) {
            throw CausalException.at(statement.subject().span(), "only estimates and identifications can be "
                    + "exported for now");
        }
        Result r = (Result) value;
        write(JsonLines.format(r) + "\n", session);
        session.sink().accept(new Result.FileResult(span().line(), (r instanceof Result.EstimateResult ? "estimate " : "identification ")
                + name, statement.path()));
    }

    /** How many items per user the export of a recommender lists. */
    static final int EXPORTED_ITEMS = 10;

    /** Every user's top items by the recommender fitted on all its data, as CSV: user, rank, item, score. */
    private String recommendations(RecommenderInfo r, RunSession session) {
        Table table = (Table) session.value(r.dataset()).orElseThrow(() -> CausalException.at(span(),
                "dataset " + r.dataset() + " has no value"));
        try {
            TrainedRecommender model = RecommenderNode.fittedOnAll(r, table, session);
            Interactions data = model.training();
            StringBuilder csv = new StringBuilder("user,rank,item,score\n");
            for (int u = 0; u < data.users().size(); u++) {
                Recommendations list = model.recommend(data.users().key(u), EXPORTED_ITEMS);
                for (Recommendations.Item item : list.items()) {
                    csv.append(csvCell(list.user())).append(',').append(item.rank()).append(',')
                            .append(csvCell(item.item())).append(',').append(item.score()).append('\n');
                }
            }
            return csv.toString();
        } catch (RecommenderException e) {
            throw CausalException.at(span(), "export " + r.name() + ": " + e.getMessage());
        }
    }

    private static String csvCell(String text) {
        return CsvWriter.cell(text);
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
