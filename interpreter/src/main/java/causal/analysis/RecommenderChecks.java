package causal.analysis;

import causal.options.OptionValue;
import causal.recommend.Metric;
import causal.recommend.RecommenderArguments;
import causal.recommend.RecommenderException;
import causal.recommend.RecommenderOptionException;
import causal.recommend.RecommenderSpec;
import causal.recommend.Recommenders;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks {@code recommender} declarations, {@code evaluate R on D …} and {@code recommend K for user U using R}. */
final class RecommenderChecks {
    private static final Set<String> ROLES = Set.of("user", "item", "rating", "event", "time", "text");

    private final Checker checker;

    RecommenderChecks(Checker checker) {
        this.checker = checker;
    }

    void checkRecommender(Stmt.Recommender r) {
        checker.declare(r.name(), r);
        String keyword = r.algorithm().function().text();
        Optional<RecommenderSpec> spec = Recommenders.find(keyword);
        List<String> known = Recommenders.all().stream().map(RecommenderSpec::keyword).toList();
        if (spec.isEmpty()) {
            checker.unknown(DiagnosticCode.UNKNOWN_ESTIMATOR, r.algorithm().function().span(), keyword, known, hint ->
                    "unknown recommender '" + keyword + "'" + hint, "recommenders: " + String.join(", ", known));
            return;
        }
        DatasetInfo data = checker.declarations().datasets().get(r.data().text());
        if (data == null) {
            if (!checker.declarations().all().containsKey(r.data().text())) {
                checker.unknown(DiagnosticCode.UNKNOWN_DATASET, r.data().span(), r.data().text(),
                        checker.declarations().datasets().keySet(), hint -> "unknown dataset '" + r.data().text() + "'"
                        + hint);
            }
            return;
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Expr.Arg a : r.roles()) {
            Optional<List<String>> names = ExpressionNames.columns(a.value());
            if (a.name().isEmpty() || !ROLES.contains(a.name().get().text()) || names.isEmpty()
                    || !a.name().get().text().equals("text") && names.get().size() != 1) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "the data's columns are named by role: "
                        + "user = …, item = …, rating = … or event = …, and optionally time = … and text = {…}");
                return;
            }
            for (String c : names.get()) {
                if (!data.columns().contains(c)) {
                    checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, a.value().span(), c, data.columns(), hint ->
                            "unknown column '" + c + "' in dataset " + data.name() + hint);
                    return;
                }
            }
            roles.put(a.name().get().text(), names.get());
        }
        // Neither rating nor event: every row is one event of strength 1 (a log of purchases, say).
        if (!roles.containsKey("user") || !roles.containsKey("item")
                || roles.containsKey("rating") && roles.containsKey("event")) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, r.span(), "a recommender's data names user = COLUMN, "
                    + "item = COLUMN and at most one of rating = COLUMN (explicit ratings) or event = COLUMN (clicks, "
                    + "plays; without either, each row is one event)");
            return;
        }
        List<RecommenderInfo> bases = new ArrayList<>();
        Map<String, OptionValue> options = new LinkedHashMap<>();
        for (Expr.Arg a : r.algorithm().args()) {
            if (a.name().isEmpty()) {
                if (!(a.value() instanceof Expr.Ref ref)) {
                    checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "options are named, as in "
                            + keyword + "(factors = 32); a positional argument names a recommender to combine");
                    return;
                }
                RecommenderInfo base = checker.declarations().recommenders().get(ref.name().text());
                if (base == null) {
                    checker.unknown(DiagnosticCode.UNKNOWN_RESULT, a.span(), ref.name().text(),
                            checker.declarations().recommenders().keySet(), hint -> "unknown recommender '"
                            + ref.name().text() + "'" + hint);
                    return;
                }
                bases.add(base);
                continue;
            }
            Optional<OptionValue> v = value(a.value());
            if (v.isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.value().span(), "option " + a.name().get().text()
                        + " takes a number, a word or true/false");
                return;
            }
            options.put(a.name().get().text(), v.get());
        }
        if (bases.size() != spec.get().bases()) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, r.algorithm().span(), keyword + " combines "
                    + spec.get().bases() + " recommender" + (spec.get().bases() == 1 ? "" : "s") + " declared before it, "
                    + "as in " + (spec.get().bases() == 2 ? "hybrid(knn, mf, alpha = 0.5)" : spec.get().bases() == 1
                    ? "mmr(mf, lambda = 0.7)" : keyword + "()") + "; it was given " + bases.size());
            return;
        }
        if (spec.get().needsItemTexts() && !roles.containsKey("text")) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, r.span(), keyword + " reads the items' text: name its "
                    + "columns, as in on " + data.name() + "(user = …, item = …, event = …, text = {title, genres})");
            return;
        }
        try {
            spec.get().create(new RecommenderArguments(List.of(), Optional.empty(), options));
        } catch (RecommenderOptionException e) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, argument(r.algorithm(), e.option()), e.getMessage());
            return;
        } catch (RecommenderException e) {
            // Bases and item texts are checked above; the library's own check needs the fitted bases.
        }
        checker.declarations().putRecommender(r.name().text(), new RecommenderInfo(r, keyword, options, bases,
                data.name(), roles.get("user").get(0), roles.get("item").get(0), one(roles, "rating"),
                one(roles, "event"), one(roles, "time"), roles.getOrDefault("text", List.of())));
    }

    void checkEvaluation(Stmt.Evaluate e) {
        RecommenderInfo r = checker.declarations().recommenders().get(e.subject().text());
        String dataset = e.data().map(Name::text).orElse(r.dataset());
        DatasetInfo data = checker.declarations().datasets().get(dataset);
        if (data == null) {
            checker.error(DiagnosticCode.UNKNOWN_DATASET, e.data().get().span(), "unknown dataset '" + dataset + "'");
            return;
        }
        for (String c : r.columns()) {
            if (!data.columns().contains(c)) {
                checker.error(DiagnosticCode.UNKNOWN_COLUMN, e.data().get().span(), "dataset " + dataset + " has no "
                        + "column '" + c + "', which recommender " + r.name() + " reads");
                return;
            }
        }
        if (e.offline() || !e.methods().isEmpty() || !e.roles().isEmpty()) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), "evaluate of a recommender takes split, seed, "
                    + "by time | user and metrics");
            return;
        }
        double share = 0.2;
        if (e.split().isPresent()) {
            if (!(e.split().get() instanceof Expr.Number n) || !(n.value() > 0 && n.value() < 1)) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.split().get().span(), "split is the share of the "
                        + "interactions held out for testing, strictly between 0 and 1");
                return;
            }
            share = n.value();
        }
        String order = e.splitBy().map(Name::text).orElse("random");
        if (!Set.of("random", "time", "user").contains(order)) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.splitBy().get().span(), "split by time (each user's "
                    + "latest interactions held out) or by user (each user holds out the same share)");
            return;
        }
        if (order.equals("time") && r.time().isEmpty()) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.splitBy().get().span(), "split by time needs the "
                    + "recommender's data to name its time column, as in time = ts");
            return;
        }
        Optional<Long> seed = Optional.empty();
        if (e.seed().isPresent()) {
            if (!(e.seed().get() instanceof Expr.Number n) || n.value() != Math.rint(n.value()) || n.value() < 0) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.seed().get().span(), "seed is a whole number");
                return;
            }
            seed = Optional.of((long) n.value());
        }
        List<String> metrics = new ArrayList<>();
        for (Stmt.Metric m : e.metrics()) {
            String text = m.name().text() + (m.k().isPresent() ? "@" + m.k().getAsInt() : "");
            try {
                Metric metric = Metric.parse(text);
                if (!metric.kind().list() && r.rating().isEmpty()) {
                    checker.error(DiagnosticCode.BAD_OPTION_VALUE, m.span(), text + " compares predicted with actual "
                            + "ratings; " + r.name() + " learns from events, so use precision@k, ndcg@k, …");
                    return;
                }
            } catch (RecommenderException ex) {
                checker.error(DiagnosticCode.UNKNOWN_OPTION, m.span(), ex.getMessage());
                return;
            }
            metrics.add(text);
        }
        if (metrics.isEmpty()) {
            metrics.addAll(r.rating().isPresent() ? List.of("rmse", "precision@10", "ndcg@10")
                    : List.of("precision@10", "ndcg@10", "coverage"));
        }
        checker.personalizationPlans().put(e, new PersonalizationPlan.RecommenderEvaluation(e, r, dataset, order,
                share, seed, metrics));
    }

    void checkRecommend(Stmt.Recommend s) {
        RecommenderInfo r = checker.declarations().recommenders().get(s.recommender().text());
        if (r == null) {
            checker.unknown(DiagnosticCode.UNKNOWN_RESULT, s.recommender().span(), s.recommender().text(),
                    checker.declarations().recommenders().keySet(), hint -> "unknown recommender '"
                    + s.recommender().text() + "'" + hint);
            return;
        }
        if (!(s.count() instanceof Expr.Number n) || n.value() != Math.rint(n.value()) || n.value() < 1
                || n.value() > 10_000) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, s.count().span(), "recommend takes how many items, a "
                    + "whole number from 1 to 10000");
            return;
        }
        String user;
        if (s.user() instanceof Expr.Number u) {
            user = u.value() == Math.rint(u.value()) ? Long.toString((long) u.value()) : Double.toString(u.value());
        } else if (s.user() instanceof Expr.Str u) {
            user = u.value();
        } else if (s.user() instanceof Expr.Ref u) {
            user = u.name().text();
        } else {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, s.user().span(), "the user is the value of the user "
                    + "column, as in recommend 10 for user 42 or for user \"ana\"");
            return;
        }
        checker.personalizationPlans().put(s, new PersonalizationPlan.Recommendation(s, r, (int) n.value(), user));
    }

    /** A recommender option: a number, a word or true/false; the recommenders read a quoted word as the bare word. */
    private static Optional<OptionValue> value(Expr e) {
        return OptionValues.of(e).filter(v -> !(v instanceof OptionValue.Call))
                .map(v -> v instanceof OptionValue.Text t ? new OptionValue.Word(t.value()) : v);
    }

    private static Optional<String> one(Map<String, List<String>> roles, String role) {
        return Optional.ofNullable(roles.get(role)).map(l -> l.get(0));
    }


    private static causal.syntax.Span argument(Expr.Call call, String option) {
        return call.args().stream().filter(a -> a.name().map(n -> n.text().equals(option)).orElse(false))
                .findFirst().map(Expr.Arg::span).orElse(call.span());
    }
}
