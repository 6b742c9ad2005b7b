package causal.output;

import causal.check.ConfounderBound;
import causal.check.ConfounderGrid;
import causal.check.EValue;
import causal.check.Refutation;
import causal.check.RegressionSensitivity;
import causal.check.SignificanceTest;
import causal.panel.BaconDecomposition;
import causal.text.Printf;
import tools.jackson.core.JsonGenerator;

import java.util.Locale;

/** Text and JSON for {@code refute} and {@code sensitivity of}, each with its reading in words. */
final class RobustnessReports {
    private RobustnessReports() {
    }

    static String refutation(Result.RefutationResult r) {
        Refutation f = r.refutation();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Refutation of " + r.target() + ": " + f.refuter(), r.line());
        TextReport.wrappedAt(sb, 18, "Original effect:", TextReport.num(f.originalEffect()).strip());
        TextReport.wrappedAt(sb, 18, "New effect:", TextReport.num(f.newEffect()).strip() + " (mean of " + f.runs()
                + " runs; sd " + TextReport.num(f.stdDeviation()).strip() + "; 95% of runs in ["
                + TextReport.num(f.low()).strip() + ", " + TextReport.num(f.high()).strip() + "])");
        TextReport.wrappedAt(sb, 18, "p-value:", Printf.format("%.4f", f.pValue()) + " ("
                + f.test().name().toLowerCase(Locale.ROOT) + " test" + (f.test() == SignificanceTest.PERMUTATION
                ? ", Fisher's randomization test)" : ", as DoWhy)"));
        TextReport.wrappedAt(sb, 18, "Reading:", f.interpretation());
        return sb.toString();
    }

    static String sensitivity(Result.SensitivityResult r) {
        StringBuilder sb = new StringBuilder();
        if (r.sensitivity() instanceof Result.Sensitivity.Evalue e) {
            EValue v = e.value();
            TextReport.title(sb, "Sensitivity of " + r.target() + ": E-value", r.line());
            TextReport.wrappedAt(sb, 18, "Measure:", v.measure() + ", estimate " + TextReport.num(v.estimate()).strip()
                    + ", as a risk ratio " + TextReport.num(v.riskRatio()).strip() + " ["
                    + TextReport.num(v.riskRatioLow()).strip() + ", " + TextReport.num(v.riskRatioHigh()).strip() + "]");
            TextReport.wrappedAt(sb, 18, "E-value:", TextReport.num(v.point()).strip() + " (estimate), "
                    + TextReport.num(v.interval()).strip() + " (confidence limit nearer 1)");
            TextReport.wrappedAt(sb, 18, "Reading:", v.interpretation());
        } else if (r.sensitivity() instanceof Result.Sensitivity.Robustness rb) {
            RegressionSensitivity v = rb.value();
            TextReport.title(sb, "Sensitivity of " + r.target() + ": robustness value", r.line());
            TextReport.wrappedAt(sb, 18, "Partial R²:", pct(v.partialR2()) + " of the outcome's residual variance "
                    + "is explained by " + v.treatment());
            TextReport.wrappedAt(sb, 18, "Robustness value:", pct(v.robustnessValue()) + " to bring the estimate to "
                    + "0; " + pct(v.robustnessValueAlpha()) + " to make it not significant at 5%");
            if (!v.bounds().isEmpty()) {
                sb.append(Printf.format("%-24s%9s%9s%12s%12s\n", "confounder as strong as", "R²(T)",
                        "R²(Y)", "estimate", "t"));
                for (ConfounderBound b : v.bounds()) {
                    sb.append(Printf.format("%-24s%9s%9s%12s%12s\n",
                            TextReport.clip(TextReport.num(b.kd()).strip() + "x " + b.benchmark(), 23), pct(b.r2dz()),
                            pct(b.r2yz()), TextReport.num(b.adjustedEstimate()), TextReport.fixed(b.adjustedT(), 3)));
                }
            }
            TextReport.wrappedAt(sb, 18, "Reading:", v.interpretation());
        } else {
            ConfounderGrid g = ((Result.Sensitivity.Grid) r.sensitivity()).value();
            TextReport.title(sb, "Sensitivity of " + r.target() + ": confounder grid", r.line());
            TextReport.wrappedAt(sb, 0, "", "The estimate once a confounder is removed whose partial R² with the "
                    + "treatment is the row and with the outcome the column:");
            int step = Math.max(1, (g.onOutcome().size() + 5) / 6);
            sb.append(Printf.format("%8s", "T \\ Y"));
            for (int j = 0; j < g.onOutcome().size(); j += step) {
                sb.append(Printf.format("%11.2f", g.onOutcome().get(j)));
            }
            sb.append('\n');
            for (int i = 0; i < g.onTreatment().size(); i += step) {
                sb.append(Printf.format("%8.2f", g.onTreatment().get(i)));
                for (int j = 0; j < g.onOutcome().size(); j += step) {
                    sb.append(Printf.format("%11s", TextReport.num(g.cell(i, j).adjustedEstimate())));
                }
                sb.append('\n');
            }
            TextReport.wrappedAt(sb, 18, "Reading:", g.interpretation());
        }
        return sb.toString();
    }

    static String decomposition(Result.DecompositionResult r) {
        BaconDecomposition b = r.decomposition();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Goodman-Bacon decomposition of " + r.target(), r.line());
        TextReport.wrappedAt(sb, 18, "TWFE estimate:", TextReport.num(b.twoWayFixedEffects()).strip() + " = the "
                + "weighted sum of " + b.comparisons().size() + " 2x2 comparisons ("
                + TextReport.num(b.weightedSum()).strip() + ")");
        sb.append(Printf.format("%-28s%8s%10s%14s\n", "type", "count", "weight", "avg estimate"));
        for (BaconDecomposition.TypeSummary t : b.byType()) {
            sb.append(Printf.format("%-28s%8d%10s%14s\n", t.type().label(), t.comparisons(),
                    TextReport.num(t.weight()).strip(), TextReport.num(t.averageEstimate())));
        }
        double forbidden = b.byType().stream().filter(t -> t.type() == BaconDecomposition.ComparisonType
                .LATER_VS_EARLIER_TREATED).mapToDouble(BaconDecomposition.TypeSummary::weight).sum();
        TextReport.wrappedAt(sb, 18, "Reading:", forbidden == 0 ? "no comparison uses already-treated units as "
                + "controls: the TWFE estimate is a weighted average of clean 2x2 comparisons"
                : Printf.format("%.1f%% of the weight is on comparisons that use already-treated "
                + "units as controls; if effects change over time, TWFE is biased: prefer callaway_santanna",
                100 * forbidden));
        return sb.toString();
    }

    static void decompositionJson(JsonGenerator g, Result.DecompositionResult r) {
        BaconDecomposition b = r.decomposition();
        JsonLines.header(g, "decompose", r.line());
        g.writeStringProperty("estimate_name", r.target());
        JsonLines.number(g, "twfe", b.twoWayFixedEffects());
        g.writeName("comparisons");
        g.writeStartArray();
        for (BaconDecomposition.Comparison c : b.comparisons()) {
            g.writeStartObject();
            g.writeStringProperty("type", c.type().label());
            g.writeNumberProperty("treated_cohort", c.treatedCohort());
            if (c.controlCohort().isPresent()) {
                g.writeNumberProperty("control_cohort", c.controlCohort().getAsInt());
            } else {
                g.writeNullProperty("control_cohort");
            }
            JsonLines.number(g, "estimate", c.estimate());
            JsonLines.number(g, "weight", c.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void refutationJson(JsonGenerator g, Result.RefutationResult r) {
        Refutation f = r.refutation();
        JsonLines.header(g, "refute", r.line());
        g.writeStringProperty("estimate_name", r.target());
        g.writeStringProperty("refuter", f.refuter());
        JsonLines.number(g, "original_effect", f.originalEffect());
        JsonLines.number(g, "new_effect", f.newEffect());
        JsonLines.number(g, "p_value", f.pValue());
        g.writeStringProperty("test", f.test().name().toLowerCase(Locale.ROOT));
        g.writeNumberProperty("runs", f.runs());
        JsonLines.number(g, "std_deviation", f.stdDeviation());
        g.writeName("range");
        g.writeStartArray();
        JsonLines.number(g, f.low());
        JsonLines.number(g, f.high());
        g.writeEndArray();
        g.writeStringProperty("interpretation", f.interpretation());
    }

    static void sensitivityJson(JsonGenerator g, Result.SensitivityResult r) {
        JsonLines.header(g, "sensitivity", r.line());
        g.writeStringProperty("estimate_name", r.target());
        g.writeName("values");
        g.writeStartObject();
        String interpretation;
        String method;
        if (r.sensitivity() instanceof Result.Sensitivity.Evalue e) {
            EValue v = e.value();
            method = "evalue";
            g.writeStringProperty("measure", v.measure());
            JsonLines.number(g, "estimate", v.estimate());
            JsonLines.number(g, "risk_ratio", v.riskRatio());
            JsonLines.number(g, "risk_ratio_low", v.riskRatioLow());
            JsonLines.number(g, "risk_ratio_high", v.riskRatioHigh());
            JsonLines.number(g, "evalue", v.point());
            JsonLines.number(g, "evalue_ci", v.interval());
            interpretation = v.interpretation();
        } else if (r.sensitivity() instanceof Result.Sensitivity.Robustness rb) {
            RegressionSensitivity v = rb.value();
            method = "robustness";
            JsonLines.number(g, "partial_r2", v.partialR2());
            JsonLines.number(g, "robustness_value", v.robustnessValue());
            JsonLines.number(g, "robustness_value_alpha", v.robustnessValueAlpha());
            JsonLines.number(g, "t", v.tStatistic());
            g.writeNumberProperty("dof", v.dof());
            g.writeName("bounds");
            g.writeStartArray();
            for (ConfounderBound b : v.bounds()) {
                g.writeStartObject();
                g.writeStringProperty("benchmark", b.benchmark());
                JsonLines.number(g, "multiplier", b.kd());
                JsonLines.number(g, "r2_treatment", b.r2dz());
                JsonLines.number(g, "r2_outcome", b.r2yz());
                JsonLines.number(g, "estimate", b.adjustedEstimate());
                JsonLines.number(g, "std_error", b.adjustedStdError());
                JsonLines.number(g, "t", b.adjustedT());
                g.writeEndObject();
            }
            g.writeEndArray();
            interpretation = v.interpretation();
        } else {
            ConfounderGrid v = ((Result.Sensitivity.Grid) r.sensitivity()).value();
            method = "confounder";
            g.writeName("cells");
            g.writeStartArray();
            for (ConfounderGrid.Cell c : v.cells()) {
                g.writeStartObject();
                JsonLines.number(g, "on_treatment", c.onTreatment());
                JsonLines.number(g, "on_outcome", c.onOutcome());
                JsonLines.number(g, "estimate", c.adjustedEstimate());
                JsonLines.number(g, "t", c.adjustedT());
                g.writeEndObject();
            }
            g.writeEndArray();
            interpretation = v.interpretation();
        }
        g.writeEndObject();
        g.writeStringProperty("method", method);
        g.writeStringProperty("interpretation", interpretation);
    }

    private static String pct(double x) {
        return Printf.format("%.1f%%", 100 * x);
    }
}
