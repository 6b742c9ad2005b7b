package causal.lsp;

import causal.analysis.DagInfo;
import causal.analysis.DatasetInfo;
import causal.analysis.Declarations;
import causal.analysis.DesignInfo;
import causal.analysis.EstimatePlan;
import causal.analysis.IdentifyPlan;
import causal.analysis.Reference;
import causal.estimate.EstimatorSpec;
import causal.estimate.Estimators;
import causal.graph.Dag;
import causal.options.OptionSpec;
import causal.syntax.SourceTokens;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an editor shows on hover, in Markdown: a dataset's columns, a column's type and summary, a DAG node's
 * parents and children, an estimator's options and defaults, an estimate's identification, a keyword's reference.
 */
final class Hovers {
    private static final int REFERENCE_LINES = 24;

    private final ColumnSummaries summaries;

    Hovers(ColumnSummaries summaries) {
        this.summaries = summaries;
    }

    Optional<String> at(OpenDocument doc, int offset) {
        Optional<SourceTokens.Token> token = doc.tokenAt(offset);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        SourceTokens.Token t = token.get();
        Declarations d = doc.analysis().declarations();
        if (t.kind() == SourceTokens.Kind.KEYWORD) {
            if (t.text().equals("estimate") || t.text().equals("identify")) {
                Optional<String> plan = plan(doc, offset);
                if (plan.isPresent()) {
                    return plan;
                }
            }
            return Reference.find(t.text()).map(s -> excerpt(s.text()));
        }
        if (t.kind() != SourceTokens.Kind.IDENTIFIER) {
            return Optional.empty();
        }
        String w = t.text().replace("`", "");
        List<String> parts = new ArrayList<>();
        if (d.datasets().containsKey(w)) {
            DatasetInfo info = d.datasets().get(w);
            parts.add("**dataset " + w + "** — " + info.columns().size() + " columns: " + String.join(", ",
                    info.columns()));
        } else if (d.dags().containsKey(w)) {
            Dag g = d.dags().get(w).dag();
            parts.add("**dag " + w + "** — " + g.nodes().size() + " nodes, " + g.edges().size() + " edges"
                    + latent(g));
        } else if (d.designs().containsKey(w)) {
            DesignInfo info = d.designs().get(w);
            parts.add("**design " + w + "** — " + info.kind() + ": " + info.declaration().spec().args().size()
                    + " arguments");
        } else if (d.results().containsKey(w)) {
            parts.add(describe(d.results().get(w)));
        } else if (d.models().containsKey(w)) {
            parts.add("**model " + w + "** — variables " + String.join(", ", d.models().get(w).parents().keySet()));
        }
        Optional<EstimatorSpec> estimator = Estimators.find(w);
        if (parts.isEmpty() && estimator.isPresent()) {
            parts.add(estimator(estimator.get()));
        }
        for (Map.Entry<String, DatasetInfo> e : d.datasets().entrySet()) {
            if (e.getValue().columns().contains(w)) {
                parts.add("column **" + w + "** of dataset " + e.getKey()
                        + summaries.summary(e.getValue(), w, doc.analysis().source().name()).map(s -> ": " + s)
                        .orElse(""));
            }
        }
        for (Map.Entry<String, DagInfo> e : d.dags().entrySet()) {
            Dag g = e.getValue().dag();
            if (g.has(w)) {
                parts.add("node **" + w + "** of dag " + e.getKey() + (g.isLatent(w) ? " (latent)" : "")
                        + " — parents: " + list(g.parents(w)) + "; children: " + list(g.children(w)));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
    }

    /** The plan of the estimate or identify statement containing {@code offset}. */
    private static Optional<String> plan(OpenDocument doc, int offset) {
        for (Map.Entry<Stmt.Estimate, EstimatePlan> e : doc.analysis().estimates().entrySet()) {
            if (contains(e.getKey(), offset)) {
                return Optional.of(describe(e.getValue()));
            }
        }
        for (Map.Entry<Stmt.Identify, IdentifyPlan> e : doc.analysis().identifications().entrySet()) {
            if (contains(e.getKey(), offset)) {
                IdentifyPlan p = e.getValue();
                return Optional.of("**identify " + p.estimand() + " of " + p.treatment() + " on " + p.outcome()
                        + "** — " + (p.identifiable() ? "identifiable" : "not identified by backdoor or front door")
                        + p.formula().map(f -> "\n\n`" + f + "`").orElse(""));
            }
        }
        return Optional.empty();
    }

    private static boolean contains(Stmt s, int offset) {
        return s.span().offset() <= offset && offset <= s.span().offset() + s.span().length();
    }

    private static String describe(EstimatePlan p) {
        return "**estimate " + p.estimand() + " of " + p.treatment() + " on " + p.outcome() + "** — "
                + p.strategy() + ", adjusting for {" + String.join(", ", p.adjustment()) + "}"
                + (p.instruments().isEmpty() ? "" : ", instruments {" + String.join(", ", p.instruments()) + "}")
                + ", estimator " + p.estimator().keyword() + "\n\n" + p.reason();
    }

    private static String estimator(EstimatorSpec e) {
        StringBuilder sb = new StringBuilder("**" + e.keyword() + "** — " + e.title() + "\n\n" + e.description()
                + "\n\nEstimands: " + String.join(", ", e.estimands().stream().map(Enum::name).sorted().toList()));
        if (!e.options().isEmpty()) {
            sb.append("\n\n| option | default | |\n|---|---|---|\n");
            for (OptionSpec o : e.options()) {
                sb.append("| `").append(o.name()).append("` | ").append(o.defaultText()).append(" | ")
                        .append(o.description()).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String latent(Dag g) {
        List<String> latent = g.nodes().stream().filter(g::isLatent).toList();
        return latent.isEmpty() ? "" : "; latent: " + String.join(", ", latent);
    }

    private static String list(java.util.Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String excerpt(String text) {
        String[] lines = text.split("\n");
        if (lines.length <= REFERENCE_LINES) {
            return text;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, REFERENCE_LINES)) + "\n\n…";
    }
}
