package causal.output;

import causal.analysis.DesignInfo;
import causal.analysis.EstimatePlan;
import causal.analysis.IdentifyPlan;
import causal.data.Column;
import causal.data.Table;
import causal.estimate.BalanceTable;
import causal.estimate.Estimate;
import causal.experiment.Effect;
import causal.experiment.PowerPoint;
import causal.graph.Instrument;
import causal.options.OptionValue;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Results as text, laid out like a statsmodels summary: aligned, at most 78 columns, fixed number formats, and
 * nothing that changes between runs (no dates, no absolute paths).
 */
public final class TextReport {
    static final int WIDTH = 78;
    private static final String DOUBLE_RULE = "=".repeat(WIDTH);
    static final String RULE = "-".repeat(WIDTH);

    private TextReport() {
    }

    public static String format(Result result) {
        if (result instanceof Result.EstimateResult e) {
            return estimate(e);
        }
        if (result instanceof Result.IdentifyResult i) {
            return identify(i);
        }
        if (result instanceof Result.DatasetResult d) {
            return dataset(d);
        }
        if (result instanceof Result.DagResult d) {
            return "dag " + d.name() + " (line " + d.line() + ")\n  nodes:  " + String.join(", ", d.nodes())
                    + "\n  latent: " + (d.latent().isEmpty() ? "none" : String.join(", ", d.latent()))
                    + "\n  edges:  " + String.join(", ", d.edges()) + "\n";
        }
        if (result instanceof Result.PowerResult p) {
            return power(p);
        }
        if (result instanceof Result.AaSimulationResult a) {
            return aaSimulation(a);
        }
        if (result instanceof Result.RefutationResult r) {
            return RobustnessReports.refutation(r);
        }
        if (result instanceof Result.SensitivityResult r) {
            return RobustnessReports.sensitivity(r);
        }
        if (result instanceof Result.DecompositionResult d) {
            return RobustnessReports.decomposition(d);
        }
        if (result instanceof Result.SimulationResult r) {
            return PersonalizationReports.simulation(r);
        }
        if (result instanceof Result.OffPolicyResult r) {
            return PersonalizationReports.offPolicy(r);
        }
        if (result instanceof Result.UpliftEvaluationResult r) {
            return PersonalizationReports.upliftEvaluation(r);
        }
        if (result instanceof Result.TargetResult r) {
            return PersonalizationReports.target(r);
        }
        if (result instanceof Result.RecommenderEvaluationResult r) {
            return PersonalizationReports.recommenderEvaluation(r);
        }
        if (result instanceof Result.RecommendationResult r) {
            return PersonalizationReports.recommendation(r);
        }
        if (result instanceof Result.PathsResult p) {
            return GraphReports.paths(p);
        }
        if (result instanceof Result.ImplicationsResult i) {
            return GraphReports.implications(i);
        }
        if (result instanceof Result.IndependenceTestsResult t) {
            return GraphReports.tests(t);
        }
        Result.FileResult f = (Result.FileResult) result;
        return "wrote " + f.what() + " to " + f.path() + " (line " + f.line() + ")\n";
    }

    private static String estimate(Result.EstimateResult r) {
        EstimatePlan p = r.plan();
        Estimate e = r.estimate();
        StringBuilder sb = new StringBuilder();
        String title = (p.name() == null ? "Estimate" : "Estimate " + p.name()) + (p.naive() ? " (NAIVE)" : "");
        sb.append(title).append(" ".repeat(Math.max(1, WIDTH - title.length() - ("line " + r.line()).length())))
                .append("line ").append(r.line()).append('\n');
        sb.append(DOUBLE_RULE).append('\n');
        pair(sb, "Estimand:", e.estimand().name() + (p.statement().estimand().by().isEmpty() ? ""
                : " by " + String.join(", ", p.statement().estimand().by().stream().map(n -> n.text()).toList())), "Estimator:", p.estimator().keyword());
        pair(sb, "Treatment:", e.treatment(), "Strategy:", p.strategy());
        pair(sb, "Outcome:", e.outcome(), "Observations:", e.n() + (r.dropped() > 0 ? " (" + r.dropped()
                + " dropped)" : ""));
        if (p.design().isPresent()) {
            pair(sb, "Data:", p.dataset(), "Design:", p.design().get().name());
            wrapped(sb, "Identified by:", p.reason());
        } else {
            pair(sb, "Data:", p.dataset(), "Graph:", p.dag() == null ? "none" : p.dag());
            if (!p.instruments().isEmpty()) {
                wrapped(sb, "Instruments:", "{" + String.join(", ", p.instruments()) + "}");
            }
            wrapped(sb, p.strategy().equals("frontdoor") ? "Mediators:" : p.instruments().isEmpty()
                    ? "Adjustment set:" : "Conditioned on:", "{" + String.join(", ", p.adjustment()) + "}");
            wrapped(sb, "Why this set:", p.reason());
        }
        if (!p.controls().isEmpty()) {
            wrapped(sb, "Controls:", "{" + String.join(", ", p.controls()) + "}" + (p.instruments().isEmpty() ? ""
                    : " (exogenous regressors in both stages)"));
        }
        if (!p.options().isEmpty()) {
            wrapped(sb, "Options:", new TreeMap<>(p.options()).entrySet().stream()
                    .map(o -> o.getKey() + " = " + option(o.getValue())).collect(Collectors.joining(", ")));
        }
        sb.append(DOUBLE_RULE).append('\n');
        // Estimators reporting degrees of freedom (ols, ttest, welch, twfe) use t, the others the normal.
        boolean t = e.statistics().containsKey("df_residual") || e.statistics().containsKey("df");
        sb.append(Printf.format("%-14s%12s%12s%9s%9s%11s%11s\n", "", "estimate", "std err",
                t ? "t" : "z", t ? "P>|t|" : "P>|z|", "[0.025", "0.975]"));
        sb.append(RULE).append('\n');
        sb.append(Printf.format("%-14s%12s%12s%9s%9s%11s%11s\n", clip(e.treatment(), 13),
                num(e.value()), num(e.stdError()), fixed(e.value() / e.stdError(), 3), pValue(e.pValue()), num(e.ciLow()),
                num(e.ciHigh())));
        sb.append(DOUBLE_RULE).append('\n');
        if (p.naive()) {
            sb.append("NAIVE: adjust by none compares the groups as they are; confounding is ignored.\n");
        }
        if (!e.statistics().isEmpty()) {
            sb.append("Diagnostics\n");
            for (Map.Entry<String, Double> s : e.statistics().entrySet()) {
                sb.append(Printf.format("  %-34s%s\n", s.getKey(), num(s.getValue())));
            }
        }
        e.balance().ifPresent(b -> balance(sb, b));
        for (String note : e.notes()) {
            wrapped(sb, "Note:", note);
        }
        return sb.toString();
    }

    private static void balance(StringBuilder sb, BalanceTable b) {
        sb.append("Balance (standardized mean differences)\n");
        sb.append(Printf.format("  %-18s%12s%12s%12s%12s\n", "covariate", "mean T", "mean C",
                "SMD before", "SMD after"));
        for (BalanceTable.Row row : b.rows()) {
            sb.append(Printf.format("  %-18s%12s%12s%12s%12s\n", clip(row.covariate(), 17),
                    num(row.meanTreated()), num(row.meanControl()), fixed(row.smdBefore(), 4),
                    fixed(row.smdAfter(), 4)));
        }
    }

    private static String power(Result.PowerResult r) {
        DesignInfo.Experiment d = r.design();
        StringBuilder sb = new StringBuilder();
        String title = "Power of design " + d.name();
        sb.append(title).append(" ".repeat(Math.max(1, WIDTH - title.length() - ("line " + r.line()).length())))
                .append("line ").append(r.line()).append('\n');
        sb.append(DOUBLE_RULE).append('\n');
        String metric = d.metrics().isEmpty() ? "the metric" : String.join(", ", d.metrics());
        if (r.plan().effect() instanceof Effect.TwoProportions p) {
            pair(sb, "Metric:", metric + " (rate)", "Baseline:", num(p.baseline()));
            pair(sb, "Effect (mde):", num(p.mde()) + " (to " + num(p.baseline() + p.mde()) + ")", "Alpha:",
                    num(d.alpha()) + (d.sides() == 2 ? " two-sided" : " one-sided"));
        } else {
            Effect.TwoMeans m = (Effect.TwoMeans) r.plan().effect();
            pair(sb, "Metric:", metric + d.ratioMetric().map(x -> " per " + x.per()).orElse(" (mean)"),
                    d.ratioMetric().isPresent() ? "SD (delta):" : "SD:", num(m.sd()));
            pair(sb, "Effect (mde):", num(m.mde()), "Alpha:", num(d.alpha()) + (d.sides() == 2 ? " two-sided"
                    : " one-sided"));
        }
        pair(sb, "Power:", num(d.power()), "Ratio:", num(d.ratio()) + " treatment : 1 control");
        if (r.size().designEffect() != 1.0) {
            wrapped(sb, "Clusters:", "design effect " + num(r.size().designEffect()) + " (cluster size "
                    + num(d.clusterSize().orElse(1.0)) + ", ICC " + num(d.icc().orElse(0.0)) + ")");
        }
        sb.append(RULE).append('\n');
        String size = r.size().control() == r.size().treatment()
                ? r.size().control() + " per arm (" + r.size().total() + " in total)"
                : r.size().control() + " control and " + r.size().treatment() + " treatment (" + r.size().total()
                        + " in total)";
        wrapped(sb, "Sample size:", size + "; exactly " + fixed(r.size().exactControl(), 2) + " control units");
        sb.append("Power curve (control units -> power):\n");
        for (PowerPoint point : r.curve()) {
            sb.append(Printf.format("  %10d   %.3f\n", (long) point.control(), point.power()));
        }
        return sb.toString();
    }

    private static String aaSimulation(Result.AaSimulationResult r) {
        StringBuilder sb = new StringBuilder();
        title(sb, "A/A simulation of design " + r.plan().design().name(), r.line());
        double alpha = r.plan().design().alpha();
        wrapped(sb, "Setting:", "both arms convert at " + num(r.plan().design().baseline().getAsDouble()).strip()
                + "; " + r.plan().perArm() + " units per arm looked at " + r.rates().looks() + " times; "
                + r.rates().runs() + " runs (seed " + r.seed() + ")");
        sb.append(Printf.format("False positives at alpha %s:\n", num(alpha).strip()));
        sb.append(Printf.format("  %-36s%8.1f%%\n", "an ordinary z test at every look", 100
                * r.rates().peekingRate()));
        sb.append(Printf.format("  %-36s%8.1f%%\n", "one z test at the end", 100
                * r.rates().fixedHorizonRate()));
        sb.append(Printf.format("  %-36s%8.1f%%\n", "msprt at every look", 100
                * r.rates().msprtRate()));
        wrapped(sb, "Reading:", Printf.format("stopping the first time an ordinary test is "
                + "significant makes %.1f%% of experiments without any effect look like wins, against %.1f%% when "
                + "testing once; msprt may be looked at as often as wanted and stays at %.1f%%",
                100 * r.rates().peekingRate(), 100 * r.rates().fixedHorizonRate(), 100 * r.rates().msprtRate()));
        return sb.toString();
    }

    private static String identify(Result.IdentifyResult r) {
        IdentifyPlan p = r.plan();
        StringBuilder sb = new StringBuilder();
        String title = "Identification of the " + p.estimand() + " of " + p.treatment() + " on " + p.outcome()
                + " under " + p.dag();
        sb.append(clip(title, WIDTH)).append('\n').append(DOUBLE_RULE).append('\n');
        if (p.backdoorIdentifiable()) {
            wrapped(sb, "Identifiable:", "yes, by the backdoor criterion");
        } else if (p.frontdoorIdentifiable()) {
            wrapped(sb, "Identifiable:", "yes, by the front-door criterion (no observed set blocks every backdoor "
                    + "path)");
        } else if (p.identifiable() && p.estimand().startsWith("CATE")) {
            wrapped(sb, "Identifiable:", "yes, by IDC (the ID algorithm for conditional effects)");
        } else if (p.identifiable()) {
            wrapped(sb, "Identifiable:", "yes, by the ID algorithm (neither the backdoor nor the front-door "
                    + "criterion applies)");
        } else {
            wrapped(sb, "Identifiable:", "no: not from the observed variables without further assumptions");
        }
        if (p.backdoorIdentifiable()) {
            sb.append("Minimal backdoor adjustment sets:\n");
            p.backdoorSets().forEach(set -> sb.append("  {").append(String.join(", ", set)).append("}\n"));
        } else if (r.openPathText() != null) {
            wrapped(sb, "Open path:", r.openPathText());
        }
        if (p.frontdoorIdentifiable()) {
            sb.append("Front-door sets:\n");
            p.frontdoorSets().forEach(set -> sb.append("  {").append(String.join(", ", set)).append("}\n"));
        }
        if (!p.instruments().isEmpty()) {
            sb.append("Instruments:\n");
            for (Instrument i : p.instruments()) {
                sb.append("  ").append(i.instrument()).append(i.conditionedOn().isEmpty() ? ""
                        : " given {" + String.join(", ", i.conditionedOn()) + "}").append('\n');
            }
            if (!p.identifiable()) {
                wrapped(sb, "Note:", "an instrument identifies the effect only under further assumptions: a "
                        + "linear model (tsls), or the local effect on compliers (LATE) under monotonicity");
            }
        }
        p.formula().ifPresent(f -> wrapped(sb, "Formula:", f));
        for (String note : p.notes()) {
            wrapped(sb, "Note:", note);
        }
        p.hedge().ifPresent(h -> wrapped(sb, "Why not:", h.explanation()));
        return sb.toString();
    }

    private static String dataset(Result.DatasetResult d) {
        Table t = d.table();
        StringBuilder sb = new StringBuilder();
        sb.append("dataset ").append(d.name()).append(": ").append(t.rowCount()).append(" rows, ")
                .append(t.columns().size()).append(" columns (line ").append(d.line()).append(")\n");
        for (Column c : t.columns()) {
            sb.append(Printf.format("  %-24s%-12s%s\n", clip(c.name(), 23), c.type(),
                    c.missingCount() == 0 ? "" : c.missingCount() + " missing"));
        }
        int rows = Math.min(d.headRows(), t.rowCount());
        List<String> header = new ArrayList<>();
        for (Column c : t.columns()) {
            header.add(clip(c.name(), 10));
        }
        sb.append("first ").append(rows).append(" rows:\n  ").append(String.join(" ", pad(header))).append('\n');
        for (int row = 0; row < rows; row++) {
            List<String> cells = new ArrayList<>();
            for (Column c : t.columns()) {
                cells.add(clip(c.isMissing(row) ? "NA" : c.text(row), 10));
            }
            sb.append("  ").append(String.join(" ", pad(cells))).append('\n');
        }
        return sb.toString();
    }

    private static List<String> pad(List<String> cells) {
        return cells.stream().map(s -> Printf.format("%10s", s)).toList();
    }

    static String option(OptionValue v) {
        if (v instanceof OptionValue.Number n) {
            return num(n.value()).strip();
        }
        if (v instanceof OptionValue.Text t) {
            return "\"" + t.value() + "\"";
        }
        if (v instanceof OptionValue.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof OptionValue.Word w) {
            return w.word();
        }
        OptionValue.Call c = (OptionValue.Call) v;
        List<String> parts = new ArrayList<>(c.args().stream().map(TextReport::option).toList());
        c.named().forEach((k, value) -> parts.add(k + " = " + option(value)));
        return c.function() + "(" + String.join(", ", parts) + ")";
    }

    private static void pair(StringBuilder sb, String k1, String v1, String k2, String v2) {
        sb.append(Printf.format("%-16s%-23s%-16s%s\n", k1, clip(v1, 22), k2, clip(v2, 23)));
    }

    /** A label and a long value wrapped at the report width, continuation lines indented under the value. */
    private static void wrapped(StringBuilder sb, String label, String value) {
        wrappedAt(sb, 16, label, value);
    }

    /** As {@link #wrapped} with the value starting at column {@code indent}. */
    static void wrappedAt(StringBuilder sb, int indent, String label, String value) {
        int room = WIDTH - indent;
        String[] words = value.split(" ");
        StringBuilder line = new StringBuilder();
        boolean first = true;
        String pad = indent == 0 ? "%s" : "%-" + indent + "s";
        for (String w : words) {
            if (line.length() > 0 && line.length() + 1 + w.length() > room) {
                sb.append(Printf.format(pad, first ? label : "")).append(line).append('\n');
                first = false;
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        sb.append(Printf.format(pad, first ? label : "")).append(line).append('\n');
    }

    /** A report's first two lines: the title with the statement's line at the right, then a double rule. */
    static void title(StringBuilder sb, String title, int line) {
        String where = "line " + line;
        String shown = clip(title, WIDTH - where.length() - 1);
        sb.append(shown).append(" ".repeat(Math.max(1, WIDTH - shown.length() - where.length()))).append(where)
                .append('\n').append(DOUBLE_RULE).append('\n');
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Numbers with 4 decimals, or in scientific notation when very large or very small. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "nan";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Printf.format("%d", (long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e7 || (a < 1e-4 && a > 0)) {
            return Printf.format("%.4e", v);
        }
        return Printf.format("%.4f", v);
    }

    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? Printf.format("%." + decimals + "f", v) : "nan";
    }

    private static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "-";
        }
        return p < 1e-4 ? "<0.0001" : Printf.format("%.4f", p);
    }
}
