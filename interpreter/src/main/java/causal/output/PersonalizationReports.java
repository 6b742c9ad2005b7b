package causal.output;

import causal.bandit.OffPolicyReport;
import causal.bandit.PolicyPerformance;
import causal.bandit.PolicyValueEstimate;
import causal.bandit.RegretPoint;
import causal.bandit.SimulationReport;
import causal.recommend.EvaluationResult;
import causal.recommend.MetricValue;
import causal.recommend.Recommendations;
import causal.text.Printf;
import causal.uplift.CurvePoint;
import causal.uplift.TargetGroup;
import causal.uplift.TargetRule;
import causal.uplift.UpliftEvaluation;
import tools.jackson.core.JsonGenerator;

import java.util.Locale;

/** Text and JSON for bandit simulations, offline policy evaluations, and uplift evaluation and targeting. */
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
        sb.append(Printf.format("%-20s%14s%12s%12s  %s\n", "policy", "total reward", "mean", "regret",
                "pulls by arm"));
        for (int k = 0; k < s.policies().size(); k++) {
            PolicyPerformance p = s.policies().get(k);
            StringBuilder shares = new StringBuilder();
            for (double share : p.armShares()) {
                shares.append(shares.length() == 0 ? "" : " ").append(Printf.format("%.2f", share));
            }
            sb.append(Printf.format("%-20s%14s%12s%12s  %s\n", TextReport.clip(r.policies().get(k), 19),
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
        sb.append(Printf.format("%-20s%12s%12s%12s%12s\n", "estimator", "value", "std err", "[0.025",
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
        sb.append(Printf.format("%-20s%12s%12s%12s%12s\n", name, TextReport.num(e.value()),
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

    static String upliftEvaluation(Result.UpliftEvaluationResult r) {
        UpliftEvaluation e = r.evaluation();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Uplift evaluation of " + r.target(), r.line());
        TextReport.wrappedAt(sb, 18, "Held out:", e.rows() + " rows (" + Math.round(100 * r.testShare())
                + "%, " + e.treated() + " treated); the learner is refitted on the rest and ranks these");
        r.metrics().forEach((name, value) -> TextReport.wrappedAt(sb, 18, name + ":", TextReport.num(value).strip()));
        for (String note : e.notes()) {
            TextReport.wrappedAt(sb, 18, "Note:", note);
        }
        TextReport.wrappedAt(sb, 18, "Reading:", "1 is a perfect ranking of who responds, 0 no better than random, "
                + "below 0 worse; plot qini of " + r.target() + " to \"qini.svg\" draws the curve");
        return sb.toString();
    }

    static void upliftEvaluationJson(JsonGenerator g, Result.UpliftEvaluationResult r) {
        JsonLines.header(g, "uplift_evaluation", r.line());
        g.writeStringProperty("estimate_name", r.target());
        g.writeNumberProperty("held_out_rows", r.evaluation().rows());
        g.writeName("metrics");
        g.writeStartObject();
        r.metrics().forEach((name, value) -> JsonLines.number(g, name, value));
        g.writeEndObject();
        g.writeName("qini_curve");
        g.writeStartArray();
        for (CurvePoint p : r.evaluation().qiniCurve()) {
            g.writeStartArray();
            g.writeNumber(p.targeted());
            JsonLines.number(g, p.value());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** The rows shown in text; JSON lists every targeted row. */
    private static final int SHOWN = 10;

    static String target(Result.TargetResult r) {
        TargetGroup t = r.group();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Targeting by " + r.target() + ": " + t.rule().text(), r.line());
        TextReport.wrappedAt(sb, 18, "Targeted:", t.count() + " of " + t.population() + " rows");
        TextReport.wrappedAt(sb, 18, "Expected uplift:", TextReport.num(t.expectedTotalUplift()).strip() + " in all"
                + t.expectedMeanUplift().stream().mapToObj(m -> ", " + TextReport.num(m).strip() + " per row")
                .findFirst().orElse("") + (t.rule() instanceof TargetRule.AboveCost
                ? "; net of the cost " + TextReport.num(t.expectedNetGain()).strip() : ""));
        t.observed().ifPresent(o -> TextReport.wrappedAt(sb, 18, "Observed uplift:", TextReport.num(o.value())
                .strip() + " (se " + TextReport.num(o.stdError()).strip() + "; treated minus control among the "
                + "targeted, " + o.treated() + " vs " + o.control() + " rows)"));
        StringBuilder header = new StringBuilder(Printf.format("%6s", "row"));
        for (String f : r.features()) {
            header.append(Printf.format("%12s", TextReport.clip(f, 11)));
        }
        sb.append(header).append(Printf.format("%12s\n", "cate"));
        for (int k = 0; k < Math.min(SHOWN, t.count()); k++) {
            int i = t.rows().get(k);
            StringBuilder line = new StringBuilder(Printf.format("%6d", i + 1));
            for (double[] column : r.x()) {
                line.append(Printf.format("%12s", TextReport.num(column[i])));
            }
            sb.append(line).append(Printf.format("%12s\n", TextReport.num(r.tau()[i])));
        }
        if (t.count() > SHOWN) {
            sb.append("  … ").append(t.count() - SHOWN).append(" more (all of them in --format json)\n");
        }
        for (String note : t.notes()) {
            TextReport.wrappedAt(sb, 18, "Note:", note);
        }
        return sb.toString();
    }

    static void targetJson(JsonGenerator g, Result.TargetResult r) {
        TargetGroup t = r.group();
        JsonLines.header(g, "target", r.line());
        g.writeStringProperty("estimate_name", r.target());
        g.writeStringProperty("rule", t.rule().text());
        g.writeNumberProperty("targeted", t.count());
        g.writeNumberProperty("population", t.population());
        JsonLines.number(g, "expected_total_uplift", t.expectedTotalUplift());
        t.observed().ifPresent(o -> {
            JsonLines.number(g, "observed_uplift", o.value());
            JsonLines.number(g, "observed_uplift_se", o.stdError());
        });
        g.writeName("rows");
        g.writeStartArray();
        for (int i : t.rows()) {
            g.writeStartObject();
            g.writeNumberProperty("row", i + 1);
            for (int j = 0; j < r.features().size(); j++) {
                JsonLines.number(g, r.features().get(j), r.x()[j][i]);
            }
            JsonLines.number(g, "cate", r.tau()[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String recommenderEvaluation(Result.RecommenderEvaluationResult r) {
        EvaluationResult e = r.evaluation();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, "Evaluation of recommender " + r.recommender() + " (" + e.method() + ")", r.line());
        TextReport.wrappedAt(sb, 18, "Split:", e.split().map(s -> s.order().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ", " + Math.round(100 * s.fraction()) + "% held out, seed " + s.seed()).orElse("-")
                + "; " + e.trainingInteractions() + " interactions to learn from, " + e.testInteractions()
                + " to test on (" + e.testUsers() + " users)");
        for (MetricValue v : e.values()) {
            TextReport.wrappedAt(sb, 18, v.name() + ":", TextReport.num(v.value()).strip());
        }
        return sb.toString();
    }

    static void recommenderEvaluationJson(JsonGenerator g, Result.RecommenderEvaluationResult r) {
        EvaluationResult e = r.evaluation();
        JsonLines.header(g, "recommender_evaluation", r.line());
        g.writeStringProperty("recommender", r.recommender());
        g.writeStringProperty("method", e.method());
        g.writeNumberProperty("training_interactions", e.trainingInteractions());
        g.writeNumberProperty("test_interactions", e.testInteractions());
        g.writeNumberProperty("test_users", e.testUsers());
        g.writeName("metrics");
        g.writeStartObject();
        for (MetricValue v : e.values()) {
            JsonLines.number(g, v.name(), v.value());
        }
        g.writeEndObject();
    }

    static String recommendation(Result.RecommendationResult r) {
        Recommendations rec = r.recommendations();
        StringBuilder sb = new StringBuilder();
        TextReport.title(sb, rec.items().size() + " recommendations for user " + rec.user() + " by " + r.recommender(),
                r.line());
        sb.append(Printf.format("%6s  %-40s%12s\n", "rank", "item", "score"));
        for (Recommendations.Item item : rec.items()) {
            sb.append(Printf.format("%6d  %-40s%12s\n", item.rank(), TextReport.clip(item.item(), 40),
                    TextReport.num(item.score())));
        }
        return sb.toString();
    }

    static void recommendationJson(JsonGenerator g, Result.RecommendationResult r) {
        JsonLines.header(g, "recommendation", r.line());
        g.writeStringProperty("recommender", r.recommender());
        g.writeStringProperty("user", r.recommendations().user());
        g.writeName("items");
        g.writeStartArray();
        for (Recommendations.Item item : r.recommendations().items()) {
            g.writeStartObject();
            g.writeNumberProperty("rank", item.rank());
            g.writeStringProperty("item", item.item());
            JsonLines.number(g, "score", item.score());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
