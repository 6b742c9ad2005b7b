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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One JSON object per result, keys as LANGUAGE.md §11 names them (mapped here explicitly, never from Java names).
 * Numbers that are not finite are written as {@code null}: JSON has no NaN.
 */
public final class JsonLines {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Statistics that LANGUAGE.md §11 promises at the top of an experiment estimate (also in diagnostics). */
    private static final List<String> TOP_LEVEL_STATISTICS = List.of("prob_better", "expected_loss", "srm_p_value",
            "p_adjusted");

    private JsonLines() {
    }

    /** The result as one line of JSON, without the line break. */
    public static String format(Result result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, result);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Result result) {
        g.writeStartObject();
        if (result instanceof Result.EstimateResult e) {
            estimate(g, e);
        } else if (result instanceof Result.IdentifyResult i) {
            identify(g, i);
        } else if (result instanceof Result.DatasetResult d) {
            dataset(g, d);
        } else if (result instanceof Result.DagResult d) {
            header(g, "dag", d.line());
            g.writeStringProperty("name", d.name());
            strings(g, "nodes", d.nodes());
            strings(g, "latent", d.latent());
            strings(g, "edges", d.edges());
        } else if (result instanceof Result.PowerResult p) {
            power(g, p);
        } else if (result instanceof Result.AaSimulationResult a) {
            header(g, "simulate_aa", a.line());
            g.writeStringProperty("design", a.plan().design().name());
            g.writeNumberProperty("n_per_arm", a.plan().perArm());
            g.writeNumberProperty("looks", a.rates().looks());
            g.writeNumberProperty("runs", a.rates().runs());
            g.writeNumberProperty("seed", a.seed());
            number(g, "peeking_false_positive_rate", a.rates().peekingRate());
            number(g, "fixed_horizon_false_positive_rate", a.rates().fixedHorizonRate());
            number(g, "msprt_false_positive_rate", a.rates().msprtRate());
        } else if (result instanceof Result.RefutationResult r) {
            RobustnessReports.refutationJson(g, r);
        } else if (result instanceof Result.SensitivityResult r) {
            RobustnessReports.sensitivityJson(g, r);
        } else if (result instanceof Result.DecompositionResult d) {
            RobustnessReports.decompositionJson(g, d);
        } else if (result instanceof Result.SimulationResult r) {
            PersonalizationReports.simulationJson(g, r);
        } else if (result instanceof Result.OffPolicyResult r) {
            PersonalizationReports.offPolicyJson(g, r);
        } else if (result instanceof Result.UpliftEvaluationResult r) {
            PersonalizationReports.upliftEvaluationJson(g, r);
        } else if (result instanceof Result.TargetResult r) {
            PersonalizationReports.targetJson(g, r);
        } else if (result instanceof Result.RecommenderEvaluationResult r) {
            PersonalizationReports.recommenderEvaluationJson(g, r);
        } else if (result instanceof Result.RecommendationResult r) {
            PersonalizationReports.recommendationJson(g, r);
        } else if (result instanceof Result.PathsResult p) {
            GraphReports.pathsJson(g, p);
        } else if (result instanceof Result.ImplicationsResult i) {
            GraphReports.implicationsJson(g, i);
        } else if (result instanceof Result.IndependenceTestsResult t) {
            GraphReports.testsJson(g, t);
        } else if (result instanceof Result.FileResult f) {
            header(g, "file", f.line());
            g.writeStringProperty("what", f.what());
            g.writeStringProperty("path", f.path());
        }
        g.writeEndObject();
    }

    static void header(JsonGenerator g, String kind, int line) {
        g.writeStringProperty("kind", kind);
        g.writeNumberProperty("line", line);
    }

    private static void estimate(JsonGenerator g, Result.EstimateResult r) {
        EstimatePlan p = r.plan();
        Estimate e = r.estimate();
        header(g, "estimate", r.line());
        nullableString(g, "name", p.name());
        g.writeStringProperty("estimand", e.estimand().name());
        g.writeStringProperty("treatment", e.treatment());
        g.writeStringProperty("outcome", e.outcome());
        g.writeStringProperty("strategy", p.strategy());
        g.writeBooleanProperty("naive", p.naive());
        strings(g, "adjustment_set", p.adjustment());
        if (!p.statement().estimand().by().isEmpty()) {
            strings(g, "modifiers", p.statement().estimand().by().stream().map(n -> n.text()).toList());
        }
        if (!p.instruments().isEmpty()) {
            strings(g, "instruments", p.instruments());
        }
        g.writeName("minimal_sets");
        g.writeStartArray();
        for (List<String> set : p.minimalSets()) {
            g.writeStartArray();
            set.forEach(g::writeString);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringProperty("adjustment_reason", p.reason());
        strings(g, "controls", p.controls());
        g.writeStringProperty("estimator", p.estimator().keyword());
        g.writeName("options");
        g.writeStartObject();
        for (Map.Entry<String, OptionValue> o : new TreeMap<>(p.options()).entrySet()) {
            g.writeName(o.getKey());
            option(g, o.getValue());
        }
        g.writeEndObject();
        number(g, "estimate", e.value());
        number(g, "std_error", e.stdError());
        g.writeName("ci");
        g.writeStartArray();
        number(g, e.ciLow());
        number(g, e.ciHigh());
        g.writeEndArray();
        number(g, "p_value", e.pValue());
        g.writeNumberProperty("n", e.n());
        g.writeNumberProperty("dropped", r.dropped());
        for (String key : TOP_LEVEL_STATISTICS) {
            if (e.statistics().containsKey(key)) {
                number(g, key, e.statistics().get(key));
            }
        }
        p.design().ifPresent(d -> g.writeStringProperty("design", d.name()));
        g.writeName("diagnostics");
        g.writeStartObject();
        for (Map.Entry<String, Double> s : e.statistics().entrySet()) {
            number(g, s.getKey(), s.getValue());
        }
        e.balance().ifPresent(b -> balance(g, b));
        g.writeEndObject();
        strings(g, "notes", e.notes());
    }

    private static void balance(JsonGenerator g, BalanceTable b) {
        g.writeName("balance");
        g.writeStartArray();
        for (BalanceTable.Row row : b.rows()) {
            g.writeStartObject();
            g.writeStringProperty("covariate", row.covariate());
            number(g, "mean_treated", row.meanTreated());
            number(g, "mean_control", row.meanControl());
            number(g, "smd_before", row.smdBefore());
            number(g, "mean_treated_after", row.meanTreatedAfter());
            number(g, "mean_control_after", row.meanControlAfter());
            number(g, "smd_after", row.smdAfter());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void option(JsonGenerator g, OptionValue v) {
        if (v instanceof OptionValue.Number n) {
            number(g, n.value());
        } else if (v instanceof OptionValue.Bool b) {
            g.writeBoolean(b.value());
        } else if (v instanceof OptionValue.Text t) {
            g.writeString(t.value());
        } else {
            g.writeString(TextReport.option(v));
        }
    }

    private static void identify(JsonGenerator g, Result.IdentifyResult r) {
        IdentifyPlan p = r.plan();
        header(g, "identify", r.line());
        nullableString(g, "name", p.statement().name().map(n -> n.text()).orElse(null));
        g.writeStringProperty("estimand", p.estimand());
        g.writeStringProperty("treatment", p.treatment());
        g.writeStringProperty("outcome", p.outcome());
        g.writeStringProperty("dag", p.dag());
        g.writeBooleanProperty("identifiable", p.identifiable());
        sets(g, "backdoor_sets", p.backdoorSets());
        sets(g, "frontdoor_sets", p.frontdoorSets());
        g.writeName("instruments");
        g.writeStartArray();
        p.instruments().stream().filter(i -> i.conditionedOn().isEmpty()).forEach(i -> g.writeString(i.instrument()));
        g.writeEndArray();
        g.writeName("conditional_instruments");
        g.writeStartArray();
        for (Instrument i : p.instruments()) {
            if (!i.conditionedOn().isEmpty()) {
                g.writeStartObject();
                g.writeStringProperty("instrument", i.instrument());
                g.writeName("given");
                g.writeStartArray();
                i.conditionedOn().forEach(g::writeString);
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        nullableString(g, "formula", p.formula().orElse(null));
        nullableString(g, "formula_latex", p.latex().orElse(null));
        nullableString(g, "hedge", p.hedge().map(h -> h.explanation()).orElse(null));
        g.writeName("notes");
        g.writeStartArray();
        p.notes().forEach(g::writeString);
        g.writeEndArray();
        nullableString(g, "open_path", r.openPathText());
    }

    private static void power(JsonGenerator g, Result.PowerResult r) {
        DesignInfo.Experiment d = r.design();
        header(g, "power", r.line());
        g.writeStringProperty("design", d.name());
        strings(g, "metrics", d.metrics());
        if (r.plan().effect() instanceof Effect.TwoProportions p) {
            g.writeStringProperty("metric_type", "proportion");
            number(g, "baseline", p.baseline());
            number(g, "mde", p.mde());
        } else {
            Effect.TwoMeans m = (Effect.TwoMeans) r.plan().effect();
            g.writeStringProperty("metric_type", "mean");
            number(g, "mde", m.mde());
            number(g, "sd", m.sd());
        }
        number(g, "alpha", d.alpha());
        number(g, "power", d.power());
        g.writeNumberProperty("sides", d.sides());
        number(g, "ratio", d.ratio());
        g.writeNumberProperty("n_per_arm", r.size().control());
        g.writeNumberProperty("n_control", r.size().control());
        g.writeNumberProperty("n_treatment", r.size().treatment());
        g.writeNumberProperty("n_total", r.size().total());
        number(g, "n_exact", r.size().exactControl());
        number(g, "design_effect", r.size().designEffect());
        g.writeName("curve");
        g.writeStartArray();
        for (PowerPoint point : r.curve()) {
            g.writeStartObject();
            g.writeNumberProperty("n", (long) point.control());
            number(g, "power", point.power());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void sets(JsonGenerator g, String key, List<List<String>> sets) {
        g.writeName(key);
        g.writeStartArray();
        for (List<String> set : sets) {
            g.writeStartArray();
            set.forEach(g::writeString);
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void dataset(JsonGenerator g, Result.DatasetResult d) {
        Table t = d.table();
        header(g, "dataset", d.line());
        g.writeStringProperty("name", d.name());
        g.writeNumberProperty("rows", t.rowCount());
        g.writeName("columns");
        g.writeStartArray();
        for (Column c : t.columns()) {
            g.writeStartObject();
            g.writeStringProperty("name", c.name());
            g.writeStringProperty("type", c.type().toString());
            g.writeNumberProperty("missing", c.missingCount());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("head");
        g.writeStartArray();
        for (int row = 0; row < Math.min(d.headRows(), t.rowCount()); row++) {
            g.writeStartObject();
            for (Column c : t.columns()) {
                g.writeName(c.name());
                if (c.isMissing(row)) {
                    g.writeNull();
                } else if (c.type() == causal.data.ColumnType.CATEGORICAL) {
                    g.writeString(c.text(row));
                } else if (c.type() == causal.data.ColumnType.BOOLEAN) {
                    g.writeBoolean(c.numeric(row) == 1.0);
                } else {
                    number(g, c.numeric(row));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nullableString(JsonGenerator g, String name, String value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        stringArray(g, values);
    }

    static void stringArray(JsonGenerator g, List<String> values) {
        g.writeStartArray();
        values.forEach(g::writeString);
        g.writeEndArray();
    }

    static void number(JsonGenerator g, String name, double value) {
        g.writeName(name);
        number(g, value);
    }

    static void number(JsonGenerator g, double value) {
        if (Double.isFinite(value)) {
            g.writeNumber(value);
        } else {
            g.writeNull();
        }
    }
}
