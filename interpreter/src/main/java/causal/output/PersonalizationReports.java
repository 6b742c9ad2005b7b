package causal.output;

import causal.bandit.OffPolicyReport;
import causal.bandit.PolicyPerformance;
import causal.bandit.PolicyValueEstimate;
import causal.bandit.RegretPoint;
import causal.bandit.SimulationReport;
import tools.jackson.core.JsonGenerator;

import java.util.Locale;

/** Text and JSON for bandit simulations and offline policy evaluations. */
final class PersonalizationReports {
    private PersonalizationReports() {
    }

    static String simulation(Result.SimulationResult r) {
        SimulationReport s = r.report();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Simulation of " + String.join(", ", r.policies()), r.line());
        TextReport.wrappedAt(sb, 18, "Environment:", s.environment() + "; " + s.rounds() + " rounds"
                + (s.runs() > 1 ? ", " + s.runs() + " runs averaged" : "") + ", seed " + s.seed()
                + "; best arm's mean reward " + TextReport.num(s.bestArmMean()).strip());
        sb.append(String.format(Locale.ROOT, "%-20s%14s%12s%12s  %s\n", "policy", "total reward", "mean", "regret",
                "pulls by arm"));
        for (int k = 0; k < s.policies().size(); k++) {
            PolicyPerformance p = s.policies().get(k);
            StringBuilder shares = new StringBuilder();
            for (double share : p.armShares()) {
                shares.append(shares.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", share));
            }
            sb.append(String.format(Locale.ROOT, "%-20s%14s%12s%12s  %s\n", TextReport.clip(r.policies().get(k), 19),
                    TextReport.num(p.cumulativeReward()), TextReport.num(p.meanReward()), TextReport.num(p.regret()),
                    TextReport.clip(shares.toString(), 24)));
        }
        for (String note : s.notes()) {
            TextReport.wrappedAt(sb, 18, "Note:", note);
        }
        TextReport.wrappedAt(sb, 18, "Reading:", "regret is the reward lost against always playing the best arm; a "
                + "policy that learns has regret growing ever more slowly (plot regret of " + r.policies().get(0)
                + " to \"regret.svg\")");
        return sb.toString();
    }

    static void simulationJson(JsonGenerator g, Result.SimulationResult r) {
        SimulationReport s = r.report();
        JsonLines.header(g, "simulation", r.line());
        g.writeStringProperty("environment", s.environment());
        g.writeNumberProperty("rounds", s.rounds());
        g.writeNumberProperty("runs", s.runs());
        g.writeNumberProperty("seed", s.seed());
        JsonLines.number(g, "best_arm_mean", s.bestArmMean());
        g.writeName("policies");
        g.writeStartArray();
        for (int k = 0; k < s.policies().size(); k++) {
            PolicyPerformance p = s.policies().get(k);
            g.writeStartObject();
            g.writeStringProperty("policy", r.policies().get(k));
            g.writeStringProperty("spec", p.policy());
            JsonLines.number(g, "cumulative_reward", p.cumulativeReward());
            JsonLines.number(g, "mean_reward", p.meanReward());
            JsonLines.number(g, "regret", p.regret());
            g.writeName("arm_shares");
            g.writeStartArray();
            p.armShares().forEach(v -> JsonLines.number(g, v));
            g.writeEndArray();
            g.writeName("regret_curve");
            g.writeStartArray();
            for (RegretPoint point : p.curve()) {
                g.writeStartArray();
                g.writeNumber(point.round());
                JsonLines.number(g, point.regret());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonLines.strings(g, "notes", s.notes());
    }

    static String offPolicy(Result.OffPolicyResult r) {
        OffPolicyReport o = r.report();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Offline evaluation of " + r.policy(), r.line());
        TextReport.wrappedAt(sb, 18, "Log:", (r.trainingRows() > 0 ? "the policy learnt from the first "
                + r.trainingRows() + " rows and is evaluated on the next " + o.rows() : "evaluated on " + o.rows()
                + " rows") + " (" + o.arms() + " arms" + (o.slates() > 0 ? ", " + o.slates() + " slates" : "") + ")");
        sb.append(String.format(Locale.ROOT, "%-20s%12s%12s%12s%12s\n", "estimator", "value", "std err", "[0.025",
                "0.975]"));
        for (PolicyValueEstimate e : o.estimates()) {
            row(sb, e.estimator(), e);
        }
        row(sb, "logging policy", o.loggingPolicy());
        o.effectiveSampleSize().ifPresent(v -> TextReport.wrappedAt(sb, 18, "Effective n:", TextReport.num(v).strip()
                + " of " + o.rows() + " (Kish)"));
        o.maxWeight().ifPresent(v -> TextReport.wrappedAt(sb, 18, "Largest weight:", TextReport.num(v).strip()));
        for (String w : o.warnings()) {
            TextReport.wrappedAt(sb, 18, "Warning:", w);
        }
        TextReport.wrappedAt(sb, 18, "Reading:", reading(o));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, PolicyValueEstimate e) {
        sb.append(String.format(Locale.ROOT, "%-20s%12s%12s%12s%12s\n", name, TextReport.num(e.value()),
                TextReport.num(e.stdError()), TextReport.num(e.ciLow()), TextReport.num(e.ciHigh())));
    }

    /** Whether the policy's value is clearly above or below the logging policy's, in words. */
    private static String reading(OffPolicyReport o) {
        PolicyValueEstimate best = o.estimates().get(o.estimates().size() - 1);
        double logged = o.loggingPolicy().value();
        String verdict = best.ciLow() > logged ? "above" : best.ciHigh() < logged ? "below" : "not distinguishable from";
        return "by " + best.estimator() + " the policy's value is " + TextReport.num(best.value()).strip()
                + ", " + verdict + " the logging policy's " + TextReport.num(logged).strip()
                + (verdict.startsWith("not") ? " at 95%" : " (its interval excludes it)");
    }

    static void offPolicyJson(JsonGenerator g, Result.OffPolicyResult r) {
        OffPolicyReport o = r.report();
        JsonLines.header(g, "offline_evaluation", r.line());
        g.writeStringProperty("policy", r.policy());
        g.writeNumberProperty("training_rows", r.trainingRows());
        g.writeNumberProperty("rows", o.rows());
        g.writeNumberProperty("arms", o.arms());
        g.writeName("estimates");
        g.writeStartObject();
        for (PolicyValueEstimate e : o.estimates()) {
            estimate(g, e.estimator(), e);
        }
        g.writeEndObject();
        estimate(g, "logging_policy", o.loggingPolicy());
        o.effectiveSampleSize().ifPresent(v -> JsonLines.number(g, "effective_sample_size", v));
        o.maxWeight().ifPresent(v -> JsonLines.number(g, "max_weight", v));
        JsonLines.strings(g, "warnings", o.warnings());
    }

    private static void estimate(JsonGenerator g, String name, PolicyValueEstimate e) {
        g.writeName(name);
        g.writeStartObject();
        JsonLines.number(g, "value", e.value());
        JsonLines.number(g, "std_error", e.stdError());
        g.writeName("ci");
        g.writeStartArray();
        JsonLines.number(g, e.ciLow());
        JsonLines.number(g, e.ciHigh());
        g.writeEndArray();
        g.writeEndObject();
    }
}
