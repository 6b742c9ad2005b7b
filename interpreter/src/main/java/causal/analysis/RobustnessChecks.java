package causal.analysis;

import causal.check.ConfounderGrid;
import causal.check.Refuters;
import causal.estimate.Design;
import causal.estimate.OptionException;
import causal.options.OptionValue;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Stmt;
import causal.uplift.UpliftEvaluation;
import causal.uplift.UpliftMetric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Checks {@code refute} and {@code sensitivity of}: a named estimate, a known method, options that fit. */
final class RobustnessChecks {
    static final List<String> SENSITIVITY_METHODS = List.of("evalue", "robustness", "confounder");

    private final Checker checker;

    RobustnessChecks(Checker checker) {
        this.checker = checker;
    }

    void checkRefute(Stmt.Refute r) {
        Optional<EstimatePlan> target = target(r.target(), "refute");
        String keyword = r.refuter().function().text();
        if (!Refuters.keywords().contains(keyword)) {
            checker.unknown(DiagnosticCode.UNKNOWN_ESTIMATOR, r.refuter().function().span(), keyword,
                    Refuters.keywords(), hint -> "unknown refuter '" + keyword + "'" + hint, "refuters: "
                    + String.join(", ", Refuters.keywords()));
            return;
        }
        Optional<Map<String, OptionValue>> options = options(r.refuter());
        if (target.isEmpty() || options.isEmpty()) {
            return;
        }
        boolean did = target.get().design().filter(d -> d instanceof DesignInfo.DifferenceInDifferences).isPresent();
        if (keyword.equals("permutation") != did) {
            checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, r.target().span(), did
                    ? "a did estimate is refuted by permutation (shuffling the treated units)"
                    : keyword.equals("permutation") ? "permutation shuffles the treated units of a did design; "
                    + r.target().text() + " is not from one"
                    : "refuters question an adjustment from a graph; " + r.target().text() + " is estimated from a "
                    + target.get().design().get().kind() + " design");
            return;
        }
        try {
            Refuters.create(keyword, options.get());
        } catch (OptionException e) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, argument(r.refuter(), e.option()), e.getMessage());
            return;
        }
        checker.checkPlans().put(r, new CheckPlan.Refute(r, r.target().text(), keyword, options.get()));
    }

    void checkDecompose(Stmt.Decompose d) {
        Optional<EstimatePlan> target = target(d.target(), "decompose");
        if (target.isEmpty()) {
            return;
        }
        boolean did = target.get().design().filter(x -> x instanceof DesignInfo.DifferenceInDifferences).isPresent();
        if (!did || !target.get().estimator().keyword().equals("twfe")) {
            checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, d.target().span(), "decompose splits a twfe "
                    + "estimate from a did design into its 2x2 comparisons (Goodman-Bacon 2021); "
                    + d.target().text() + " is by " + target.get().estimator().keyword()
                    + (did ? "" : " and not from a did design"));
            return;
        }
        checker.checkPlans().put(d, new CheckPlan.Decompose(d, d.target().text()));
    }

    /** {@code evaluate tau metrics qini, auuc [split S] [seed N]} for an estimate by an uplift learner. */
    void checkUpliftEvaluation(Stmt.Evaluate e) {
        Optional<EstimatePlan> target = upliftTarget(e.subject(), "evaluate");
        if (target.isEmpty()) {
            return;
        }
        if (e.data().isPresent() || e.splitBy().isPresent() || !e.methods().isEmpty()) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), "evaluate of an uplift estimate takes metrics, "
                    + "split and seed: it refits on the estimate's own rows");
            return;
        }
        List<String> known = java.util.Arrays.stream(UpliftMetric.values()).map(UpliftMetric::keyword).toList();
        List<String> metrics = new ArrayList<>();
        for (Stmt.Metric m : e.metrics()) {
            if (UpliftMetric.find(m.name().text()).isEmpty() || m.k().isPresent()) {
                checker.unknown(DiagnosticCode.UNKNOWN_OPTION, m.span(), m.name().text(), known, hint ->
                        "unknown uplift metric '" + m.name().text() + "'" + hint, "metrics: " + String.join(", ",
                        known));
                return;
            }
            metrics.add(m.name().text());
        }
        if (metrics.isEmpty()) {
            metrics.addAll(List.of("qini", "auuc"));
        }
        double share = UpliftEvaluation.DEFAULT_TEST_SHARE;
        if (e.split().isPresent()) {
            Optional<Double> s = share(e.split().get(), "split is the share of rows held out for the evaluation");
            if (s.isEmpty()) {
                return;
            }
            share = s.get();
        }
        Optional<Long> seed = Optional.empty();
        if (e.seed().isPresent()) {
            if (!(e.seed().get() instanceof Expr.Number n) || n.value() != Math.rint(n.value()) || n.value() < 0) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.seed().get().span(), "seed is a whole number");
                return;
            }
            seed = Optional.of((long) ((Expr.Number) e.seed().get()).value());
        }
        checker.checkPlans().put(e, new CheckPlan.UpliftEvaluation(e, e.subject().text(), metrics, share, seed));
    }

    /** {@code target tau top 20%} or {@code target tau where cate > COST}. */
    void checkTarget(Stmt.Target t) {
        Optional<EstimatePlan> target = upliftTarget(t.subject(), "target");
        if (target.isEmpty()) {
            return;
        }
        if (t.top().isPresent()) {
            Optional<Double> s = share(t.top().get(), "top takes the share of rows to target, as in top 20%");
            s.ifPresent(v -> checker.checkPlans().put(t, new CheckPlan.Targeting(t, t.subject().text(),
                    OptionalDouble.of(v), OptionalDouble.empty())));
            return;
        }
        Expr where = t.where().orElseThrow();
        if (where instanceof Expr.Binary b && b.op() == Expr.BinaryOp.GREATER && b.left() instanceof Expr.Ref r
                && r.name().text().equals("cate") && number(b.right()).isPresent()) {
            checker.checkPlans().put(t, new CheckPlan.Targeting(t, t.subject().text(), OptionalDouble.empty(),
                    OptionalDouble.of(number(b.right()).get())));
            return;
        }
        checker.error(DiagnosticCode.BAD_OPTION_VALUE, where.span(), "target … where takes cate > COST: the rows "
                + "whose predicted effect exceeds the cost of treating them");
    }

    private Optional<EstimatePlan> upliftTarget(Name name, String statement) {
        Optional<EstimatePlan> target = target(name, statement);
        if (target.isEmpty()) {
            return target;
        }
        // Read here, not when the checker starts: the uplift registry builds every learner's options (1.5 ms cold).
        List<String> learners = causal.uplift.UpliftLearners.all().stream()
                .map(causal.uplift.UpliftLearnerSpec::keyword).toList();
        if (!learners.contains(target.get().estimator().keyword())) {
            checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, name.span(), statement + " needs an estimate by an "
                    + "uplift learner (" + String.join(", ", learners) + "); " + name.text() + " is by "
                    + target.get().estimator().keyword());
            return Optional.empty();
        }
        return target;
    }

    private Optional<Double> share(Expr e, String message) {
        if (e instanceof Expr.Number n) {
            double v = n.value();
            if (v > 0 && v < 1) {
                return Optional.of(v);
            }
        }
        checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), message + ", strictly between 0 and 1 (or 0% and "
                + "100%)");
        return Optional.empty();
    }

    private static Optional<Double> number(Expr e) {
        if (e instanceof Expr.Number n && !n.percent()) {
            return Optional.of(n.value());
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE && u.operand() instanceof Expr.Number n
                && !n.percent()) {
            return Optional.of(-n.value());
        }
        return Optional.empty();
    }

    void checkSensitivity(Stmt.Sensitivity s) {
        Optional<EstimatePlan> target = target(s.target(), "sensitivity of");
        String method = s.method().function().text();
        if (!SENSITIVITY_METHODS.contains(method)) {
            checker.unknown(DiagnosticCode.UNKNOWN_ESTIMATOR, s.method().function().span(), method, SENSITIVITY_METHODS,
                    hint -> "unknown sensitivity " + "analysis '" + method + "'" + hint, "analyses: "
                    + String.join(", ", SENSITIVITY_METHODS));
            return;
        }
        if (target.isEmpty()) {
            return;
        }
        EstimatePlan plan = target.get();
        if (!method.equals("evalue") && (!plan.estimator().keyword().equals("ols")
                || plan.estimator().design() != Design.Kind.OBSERVATIONAL)) {
            checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, s.method().function().span(), method + " works on "
                    + "an ols estimate (Cinelli and Hazlett's partial R² bounds); " + s.target().text() + " is by "
                    + plan.estimator().keyword() + (plan.design().isPresent() ? " from a design" : "")
                    + "; use evalue");
            return;
        }
        List<String> benchmarks = new ArrayList<>();
        List<Double> onTreatment = List.of();
        List<Double> onOutcome = List.of();
        for (Expr.Arg a : s.method().args()) {
            String name = a.name().map(Name::text).orElse("");
            List<String> known = switch (method) {
                case "robustness" -> List.of("benchmark");
                case "confounder" -> List.of("on_treatment", "on_outcome");
                default -> List.of();
            };
            if (!known.contains(name)) {
                checker.error(DiagnosticCode.UNKNOWN_OPTION, a.span(), method + " has no option '" + name + "'"
                        + (known.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", known)));
                return;
            }
            if (name.equals("benchmark")) {
                Optional<List<String>> columns = ExpressionNames.columns(a.value());
                if (columns.isEmpty() || !columns.get().stream().allMatch(plan.adjustment()::contains)) {
                    checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.value().span(), "benchmark names covariates "
                            + "of the estimate, as in benchmark = {" + String.join(", ", plan.adjustment()) + "}");
                    return;
                }
                benchmarks.addAll(columns.get());
            } else {
                Optional<List<Double>> grid = range(a.value());
                if (grid.isEmpty()) {
                    checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.value().span(), name + " is a range of partial "
                            + "R² between 0 and 1, as in " + name + " = 0.0..0.5");
                    return;
                }
                if (name.equals("on_treatment")) {
                    onTreatment = grid.get();
                } else {
                    onOutcome = grid.get();
                }
            }
        }
        if (method.equals("confounder")) {
            onTreatment = onTreatment.isEmpty() ? ConfounderGrid.range(0.0, 0.5, ConfounderGrid.DEFAULT_POINTS)
                    : onTreatment;
            onOutcome = onOutcome.isEmpty() ? ConfounderGrid.range(0.0, 0.5, ConfounderGrid.DEFAULT_POINTS)
                    : onOutcome;
        }
        checker.checkPlans().put(s, new CheckPlan.Sensitivity(s, s.target().text(), method, benchmarks, onTreatment,
                onOutcome));
    }

    private Optional<EstimatePlan> target(Name name, String statement) {
        if (!checker.requireDeclared(name)) {
            return Optional.empty();
        }
        EstimatePlan plan = checker.declarations().results().get(name.text());
        if (plan == null && !(checker.declarations().all().get(name.text()) instanceof Stmt.Estimate)) {
            checker.error(DiagnosticCode.TYPE_ERROR, name.span(), statement + " needs a named estimate (let "
                    + name.text() + " = estimate …); " + name.text() + " is not one");
        }
        return Optional.ofNullable(plan);
    }

    private Optional<Map<String, OptionValue>> options(Expr.Call call) {
        Map<String, OptionValue> values = new LinkedHashMap<>();
        for (Expr.Arg a : call.args()) {
            Optional<OptionValue> v = OptionValues.of(a.value());
            if (a.name().isEmpty() || v.isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "options are named, with a number, word or "
                        + "string value, as in runs = 100");
                return Optional.empty();
            }
            values.put(a.name().get().text(), v.get());
        }
        return Optional.of(values);
    }

    private static causal.syntax.Span argument(Expr.Call call, String option) {
        return call.args().stream().filter(a -> a.name().map(n -> n.text().equals(option)).orElse(false))
                .findFirst().map(Expr.Arg::span).orElse(call.span());
    }


    private static Optional<List<Double>> range(Expr e) {
        if (e instanceof Expr.Range r && r.low() instanceof Expr.Number lo && r.high() instanceof Expr.Number hi
                && lo.value() >= 0 && hi.value() < 1 && lo.value() < hi.value()) {
            return Optional.of(ConfounderGrid.range(lo.value(), hi.value(), ConfounderGrid.DEFAULT_POINTS));
        }
        return Optional.empty();
    }
}
