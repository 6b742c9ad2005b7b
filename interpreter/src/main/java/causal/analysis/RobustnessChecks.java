package causal.analysis;

import causal.check.ConfounderGrid;
import causal.check.Refuters;
import causal.estimate.Design;
import causal.estimate.OptionException;
import causal.estimate.OptionValue;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            checker.error(DiagnosticCode.UNKNOWN_ESTIMATOR, r.refuter().function().span(), "unknown refuter '"
                    + keyword + "'" + Suggestions.hint(keyword, Refuters.keywords()), "refuters: "
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

    void checkSensitivity(Stmt.Sensitivity s) {
        Optional<EstimatePlan> target = target(s.target(), "sensitivity of");
        String method = s.method().function().text();
        if (!SENSITIVITY_METHODS.contains(method)) {
            checker.error(DiagnosticCode.UNKNOWN_ESTIMATOR, s.method().function().span(), "unknown sensitivity "
                    + "analysis '" + method + "'" + Suggestions.hint(method, SENSITIVITY_METHODS), "analyses: "
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
                Optional<List<String>> columns = names(a.value());
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

    private static Optional<List<String>> names(Expr e) {
        if (e instanceof Expr.Ref r) {
            return Optional.of(List.of(r.name().text()));
        }
        if (e instanceof Expr.SetLit set) {
            List<String> out = new ArrayList<>();
            for (Expr item : set.items()) {
                if (!(item instanceof Expr.Ref r)) {
                    return Optional.empty();
                }
                out.add(r.name().text());
            }
            return Optional.of(out);
        }
        return Optional.empty();
    }

    private static Optional<List<Double>> range(Expr e) {
        if (e instanceof Expr.Range r && r.low() instanceof Expr.Number lo && r.high() instanceof Expr.Number hi
                && lo.value() >= 0 && hi.value() < 1 && lo.value() < hi.value()) {
            return Optional.of(ConfounderGrid.range(lo.value(), hi.value(), ConfounderGrid.DEFAULT_POINTS));
        }
        return Optional.empty();
    }
}
