package causal.output;

import causal.analysis.GraphAnswer;
import causal.graph.ClassifiedPath;
import causal.graph.ImpliedIndependencies;
import causal.graph.Independence;
import causal.graph.IndependenceTest;
import causal.text.Printf;
import tools.jackson.core.JsonGenerator;

import java.util.List;

/** Text and JSON for the graph questions: {@code paths of}, {@code implications of}, {@code test G against D}. */
final class GraphReports {
    /** The false discovery rate at which an implication counts as rejected. */
    static final double ALPHA = 0.05;

    private GraphReports() {
    }

    static String paths(Result.PathsResult r) {
        GraphAnswer.Paths a = r.answer();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Paths from " + a.treatment() + " to " + a.outcome() + " under " + a.dag()
                + (a.given().isEmpty() ? "" : " given {" + String.join(", ", a.given()) + "}"), r.line());
        long open = 0;
        long openNonCausal = 0;
        for (ClassifiedPath p : a.paths()) {
            sb.append(Printf.format("%-9s%-12s%s\n", p.isOpen() ? "open" : "blocked", p.kind().words(),
                    p.path().render()));
            for (ClassifiedPath.Blocker b : p.blockers()) {
                TextReport.wrappedAt(sb, 21, "", b.explain());
            }
            if (p.isOpen()) {
                open++;
                openNonCausal += p.kind() == ClassifiedPath.Kind.CAUSAL ? 0 : 1;
            }
        }
        if (a.paths().isEmpty()) {
            sb.append("no path joins ").append(a.treatment()).append(" and ").append(a.outcome()).append('\n');
        }
        sb.append(TextReport.RULE).append('\n');
        TextReport.wrappedAt(sb, 0, "", a.paths().size() + (a.paths().size() == 1 ? " path, " : " paths, ") + open
                + " open" + (openNonCausal == 0 ? (open == 0 ? "" : ": every open path is causal")
                : ", of which " + openNonCausal + " non-causal: " + a.treatment() + " and " + a.outcome()
                        + " are confounded given this set"));
        return sb.toString();
    }

    static String implications(Result.ImplicationsResult r) {
        GraphAnswer.Implications a = r.answer();
        ImpliedIndependencies implied = a.implied();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Implications of dag " + a.dag(), r.line());
        for (Independence i : implied.statements()) {
            sb.append("  ").append(i.render()).append('\n');
        }
        if (implied.statements().isEmpty()) {
            sb.append("  none: every pair of observed nodes is adjacent or joined through latent nodes\n");
        }
        if (!implied.unseparated().isEmpty()) {
            TextReport.wrappedAt(sb, 0, "", "Not adjacent, but no set of observed nodes separates them (a latent "
                    + "node joins them): " + String.join("; ", implied.unseparated().stream()
                    .map(p -> p.x() + " and " + p.y()).toList()));
        }
        return sb.toString();
    }

    private static String bound(double v) {
        return Double.isNaN(v) ? "-" : Printf.format("%.4f", v);
    }

    static String tests(Result.IndependenceTestsResult r) {
        GraphAnswer.Test plan = r.plan();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Test of dag " + plan.dag() + " against " + plan.dataset(), r.line());
        boolean chiSquare = r.tests().stream().anyMatch(t -> Double.isNaN(t.lower()));
        boolean correlation = r.tests().stream().anyMatch(t -> !Double.isNaN(t.lower()));
        TextReport.wrappedAt(sb, 0, "", (correlation ? "partial correlations (Fisher z)" : "")
                + (correlation && chiSquare ? "; " : "") + (chiSquare ? "conditional chi-square tests for "
                + "categorical columns (estimate: the statistic; no interval)" : "") + ", " + r.rows() + " rows"
                + (r.dropped() > 0 ? " (" + r.dropped() + " with a missing value left out)" : "")
                + "; p-values adjusted by Benjamini-Hochberg");
        sb.append(TextReport.RULE).append('\n');
        sb.append(Printf.format("%-32s%9s%9s%9s%9s%9s\n", "implication", "estimate", "[0.025",
                "0.975]", "p", "adj. p"));
        int rejected = 0;
        if (r.tests().isEmpty()) {
            sb.append("(none: the dag implies no independence among the observed nodes)\n");
        }
        for (IndependenceTest t : r.tests()) {
            boolean no = t.rejectedAt(ALPHA);
            rejected += no ? 1 : 0;
            sb.append(Printf.format("%-32s%9.4f%9s%9s%9s%9s%s\n", clip(t.independence().render(), 31),
                    t.estimate(), bound(t.lower()), bound(t.upper()), p(t.pValue()), p(t.adjustedPValue()),
                    no ? " *" : ""));
        }
        sb.append(TextReport.RULE).append('\n');
        TextReport.wrappedAt(sb, 0, "", rejected == 0 ? "no implication is rejected at a 5% false discovery rate: "
                + "the data are consistent with the dag on what can be tested"
                : rejected + " of " + r.tests().size() + " implications rejected (*) at a 5% false discovery rate: "
                        + "the dag misses an edge or a common cause between those variables");
        return sb.toString();
    }

    static void pathsJson(JsonGenerator g, Result.PathsResult r) {
        GraphAnswer.Paths a = r.answer();
        JsonLines.header(g, "paths", r.line());
        g.writeStringProperty("dag", a.dag());
        g.writeStringProperty("treatment", a.treatment());
        g.writeStringProperty("outcome", a.outcome());
        JsonLines.strings(g, "given", a.given());
        g.writeName("paths");
        g.writeStartArray();
        for (ClassifiedPath p : a.paths()) {
            g.writeStartObject();
            g.writeStringProperty("path", p.path().render());
            g.writeStringProperty("kind", p.kind().words());
            g.writeBooleanProperty("open", p.isOpen());
            g.writeName("blocked_by");
            g.writeStartArray();
            for (ClassifiedPath.Blocker b : p.blockers()) {
                g.writeStartObject();
                g.writeStringProperty("node", b.node());
                g.writeStringProperty("reason", b.explain());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void implicationsJson(JsonGenerator g, Result.ImplicationsResult r) {
        JsonLines.header(g, "implications", r.line());
        g.writeStringProperty("dag", r.answer().dag());
        g.writeName("implications");
        g.writeStartArray();
        for (Independence i : r.answer().implied().statements()) {
            independence(g, i);
        }
        g.writeEndArray();
        g.writeName("unseparated");
        g.writeStartArray();
        for (ImpliedIndependencies.Pair p : r.answer().implied().unseparated()) {
            JsonLines.stringArray(g, List.of(p.x(), p.y()));
        }
        g.writeEndArray();
    }

    static void testsJson(JsonGenerator g, Result.IndependenceTestsResult r) {
        JsonLines.header(g, "test", r.line());
        g.writeStringProperty("dag", r.plan().dag());
        g.writeStringProperty("data", r.plan().dataset());
        g.writeNumberProperty("n", r.rows());
        g.writeNumberProperty("dropped", r.dropped());
        g.writeName("tests");
        g.writeStartArray();
        for (IndependenceTest t : r.tests()) {
            g.writeStartObject();
            g.writeStringProperty("implication", t.independence().render());
            g.writeStringProperty("x", t.independence().x());
            g.writeStringProperty("y", t.independence().y());
            JsonLines.strings(g, "given", t.independence().given());
            JsonLines.number(g, "estimate", t.estimate());
            g.writeName("ci");
            g.writeStartArray();
            JsonLines.number(g, t.lower());
            JsonLines.number(g, t.upper());
            g.writeEndArray();
            JsonLines.number(g, "p_value", t.pValue());
            JsonLines.number(g, "p_adjusted", t.adjustedPValue());
            g.writeBooleanProperty("rejected", t.rejectedAt(ALPHA));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void independence(JsonGenerator g, Independence i) {
        g.writeStartObject();
        g.writeStringProperty("implication", i.render());
        g.writeStringProperty("x", i.x());
        g.writeStringProperty("y", i.y());
        JsonLines.strings(g, "given", i.given());
        g.writeEndObject();
    }

    private static String p(double p) {
        return p < 1e-4 ? "<0.0001" : Printf.format("%.4f", p);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
