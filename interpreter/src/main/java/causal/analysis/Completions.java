package causal.analysis;

import causal.estimate.EstimatorSpec;
import causal.estimate.Estimators;
import causal.options.OptionSpec;
import causal.syntax.SourceTokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user may type next, for the REPL's tab completion and the language server's completion: keywords,
 * estimators and their options, and the names a script declares (datasets, their columns, DAGs and their nodes,
 * models, designs, results). One list for both front ends.
 */
public final class Completions {
    /** One candidate: the text to insert, what it is (keyword, estimator, option, dataset, column, …) and a hint. */
    public record Candidate(String text, String kind, String detail) {}

    private Completions() {
    }

    /** Every candidate for a script whose analysis is {@code analysis}, each text once (the first kind wins). */
    public static List<Candidate> of(Analysis analysis) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        Declarations d = analysis.declarations();
        d.datasets().forEach((name, info) -> add(out, name, "dataset", info.columns().size() + " columns"));
        d.dags().forEach((name, info) -> add(out, name, "dag", info.dag().nodes().size() + " nodes"));
        d.models().keySet().forEach(name -> add(out, name, "model", "structural model"));
        d.designs().forEach((name, info) -> add(out, name, "design", info.kind() + " design"));
        d.results().keySet().forEach(name -> add(out, name, "result", "estimate"));
        d.datasets().forEach((name, info) -> info.columns().forEach(c -> add(out, c, "column", "column of " + name)));
        d.dags().forEach((name, info) -> info.dag().nodes().forEach(n -> add(out, n, "node", "node of dag " + name)));
        for (EstimatorSpec e : Estimators.all()) {
            add(out, e.keyword(), "estimator", e.title());
        }
        for (EstimatorSpec e : Estimators.all()) {
            for (OptionSpec o : e.options()) {
                add(out, o.name(), "option", e.keyword() + " option, default " + o.defaultText());
            }
        }
        for (String k : SourceTokens.keywords()) {
            add(out, k, "keyword", "");
        }
        for (String strategy : List.of("backdoor", "frontdoor", "iv", "none")) {
            add(out, strategy, "strategy", "adjust by " + strategy);
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Candidate> out, String text, String kind, String detail) {
        out.putIfAbsent(text, new Candidate(text, kind, detail));
    }
}
