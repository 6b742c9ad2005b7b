package causal.analysis;

import causal.bandit.BanditException;
import causal.bandit.BanditSimulation;
import causal.bandit.OffPolicyEstimator;
import causal.bandit.OffPolicyEvaluation;
import causal.bandit.Policies;
import causal.bandit.PolicySpec;
import causal.options.OptionValue;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Span;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the statements of LANGUAGE.md §9 that decide what each user gets: policies, bandit simulations and the
 * offline evaluation of a policy on logged data.
 */
final class PersonalizationChecks {
    private static final Set<String> LOG_ROLES = Set.of("action", "reward", "propensity", "context", "position",
            "slate");
    private static final double DEFAULT_EVALUATION_SHARE = 0.5;

    private final Checker checker;

    PersonalizationChecks(Checker checker) {
        this.checker = checker;
    }

    void checkPolicy(Stmt.Policy p) {
        checker.declare(p.name(), p);
        String keyword = p.policy().function().text();
        Optional<PolicySpec> spec = Policies.find(keyword);
        List<String> known = Policies.all().stream().map(PolicySpec::keyword).toList();
        if (spec.isEmpty()) {
            checker.unknown(DiagnosticCode.UNKNOWN_ESTIMATOR, p.policy().function().span(), keyword, known, hint ->
                    "unknown policy '" + keyword + "'" + hint, "policies: " + String.join(", ", known));
            return;
        }
        Map<String, OptionValue> options = new LinkedHashMap<>();
        List<String> features = new ArrayList<>();
        for (Expr.Arg a : p.policy().args()) {
            if (a.name().isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "options of " + keyword + " are named, as in "
                        + keyword + "(" + (spec.get().options().isEmpty() ? "" : spec.get().options().get(0).name())
                        + " = …)");
                return;
            }
            String name = a.name().get().text();
            if (name.equals("features")) {
                Optional<List<String>> columns = ExpressionNames.columns(a.value());
                if (columns.isEmpty()) {
                    checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.value().span(), "features lists the context "
                            + "columns, as in features = {age, income}");
                    return;
                }
                features.addAll(columns.get());
                continue;
            }
            Optional<OptionValue> v = OptionValues.of(a.value());
            if (v.isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.value().span(), "option " + name + " takes a number, "
                        + "a word or a call such as beta(1, 1)");
                return;
            }
            options.put(name, v.get());
        }
        try {
            Policies.create(keyword, options, features);
        } catch (BanditException e) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, argument(p.policy(), e.option().orElse("")),
                    e.getMessage());
            return;
        }
        checker.declarations().putPolicy(p.name().text(), new PolicyInfo(p, keyword, options, features));
    }

    void checkSimulation(Stmt.SimulatePolicy s) {
        List<PolicyInfo> policies = new ArrayList<>();
        boolean ok = true;
        for (Name n : s.policies()) {
            Optional<PolicyInfo> p = policy(n);
            ok &= p.isPresent();
            p.ifPresent(policies::add);
        }
        Optional<Integer> rounds = wholeNumber(s.rounds(), "rounds", 1, 100_000_000);
        Optional<Long> seed = s.seed().flatMap(e -> wholeNumber(e, "seed", 0, Integer.MAX_VALUE).map(Long::valueOf));
        ok &= rounds.isPresent() && (s.seed().isEmpty() || seed.isPresent());
        List<Double> arms = new ArrayList<>();
        Optional<PersonalizationPlan.LogRoles> log = Optional.empty();
        if (s.environment() instanceof Expr.Call c && c.function().text().equals("bernoulli_arms")) {
            for (Expr.Arg a : c.args()) {
                if (a.name().isPresent() || !(a.value() instanceof Expr.Number n) || n.value() > 1) {
                    checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "bernoulli_arms lists each arm's "
                            + "success probability, a number from 0 to 1, as in bernoulli_arms(0.10, 0.13)");
                    return;
                }
                arms.add(n.value());
            }
            if (arms.size() < 2) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, c.span(), "a bandit needs at least 2 arms");
                return;
            }
        } else if (s.environment() instanceof Expr.Call c) {
            log = logRoles(c.function(), c.args(), c.span());
            ok &= log.isPresent();
        } else {
            checker.error(DiagnosticCode.TYPE_ERROR, s.environment().span(), "simulate runs policies on "
                    + "bernoulli_arms(p1, p2, …) or on logged data, as in logs(action = item, reward = click)");
            return;
        }
        if (!ok) {
            return;
        }
        if (log.isEmpty()) {
            for (PolicyInfo p : policies) {
                if (!p.features().isEmpty()) {
                    checker.error(DiagnosticCode.TYPE_ERROR, s.span(), p.name() + " reads context features, which "
                            + "bernoulli_arms do not have: simulate it on logged data with context = {…}");
                    return;
                }
            }
        }
        Optional<Map<String, OptionValue>> settings = settings(s.options(), s.span(), "simulate",
                values -> BanditSimulation.options(1, 1, values));
        if (settings.isEmpty()) {
            return;
        }
        checker.personalizationPlans().put(s, new PersonalizationPlan.Simulation(s, policies, arms, log, rounds.get(), seed,
                settings.get()));
    }

    void checkOfflineEvaluation(Stmt.Evaluate e) {
        Optional<PolicyInfo> policy = policy(e.subject());
        if (e.data().isEmpty()) {
            checker.error(DiagnosticCode.UNKNOWN_DATASET, e.span(), "evaluate " + e.subject().text() + " offline "
                    + "needs the log: on DATA(action = …, reward = …, propensity = …)");
            return;
        }
        Optional<PersonalizationPlan.LogRoles> log = logRoles(e.data().get(), e.roles(), e.span());
        if (policy.isEmpty() || log.isEmpty()) {
            return;
        }
        if (!e.metrics().isEmpty() || e.splitBy().isPresent()) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), "an offline evaluation takes split, seed and "
                    + "using (its estimators), not metrics or by");
            return;
        }
        List<String> estimators = new ArrayList<>();
        List<String> known = java.util.Arrays.stream(OffPolicyEstimator.values()).map(OffPolicyEstimator::keyword)
                .toList();
        for (Name m : e.methods()) {
            if (OffPolicyEstimator.find(m.text()).isEmpty()) {
                checker.unknown(DiagnosticCode.UNKNOWN_ESTIMATOR, m.span(), m.text(), known, hint ->
                        "unknown off-policy estimator '" + m.text() + "'" + hint, "estimators: " + String.join(", ",
                        known));
                return;
            }
            estimators.add(m.text());
        }
        if (estimators.isEmpty()) {
            estimators.addAll(log.get().propensity().isPresent() ? List.of("ips", "snips", "dr") : List.of("replay"));
        }
        if (log.get().propensity().isEmpty() && estimators.stream().anyMatch(k -> !k.equals("replay"))) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), "ips, snips and dr weight each row by the "
                    + "logging policy's probability of its action: name that column, as in propensity = pscore "
                    + "(replay works without it, on uniformly random logs)");
            return;
        }
        double share = DEFAULT_EVALUATION_SHARE;
        if (e.split().isPresent()) {
            if (!(e.split().get() instanceof Expr.Number n) || !(n.value() > 0) || n.value() > 1) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.split().get().span(), "split is the share of the "
                        + "log's last rows the policy is evaluated on (it learns from the rows before), from 0 to 1");
                return;
            }
            share = n.value();
        }
        Optional<Long> seed = e.seed().flatMap(x -> wholeNumber(x, "seed", 0, Integer.MAX_VALUE).map(Long::valueOf));
        if (e.seed().isPresent() && seed.isEmpty()) {
            return;
        }
        Optional<Map<String, OptionValue>> settings = settings(e.options(), e.span(), "evaluate offline",
                OffPolicyEvaluation::options);
        if (settings.isEmpty()) {
            return;
        }
        checker.personalizationPlans().put(e, new PersonalizationPlan.OfflineEvaluation(e, policy.get(), log.get(), estimators, share,
                seed, settings.get()));
    }

    /** {@code DATA(action = a, reward = r, …)}: the dataset and its columns for each role. */
    private Optional<PersonalizationPlan.LogRoles> logRoles(Name data, List<Expr.Arg> args, Span span) {
        DatasetInfo info = checker.declarations().datasets().get(data.text());
        if (info == null) {
            if (!checker.declarations().all().containsKey(data.text())) {
                checker.unknown(DiagnosticCode.UNKNOWN_DATASET, data.span(), data.text(),
                        checker.declarations().datasets().keySet(), hint -> "unknown dataset '" + data.text() + "'"
                        + hint);
            }
            return Optional.empty();
        }
        Map<String, Expr> roles = new LinkedHashMap<>();
        for (Expr.Arg a : args) {
            if (a.name().isEmpty() || !LOG_ROLES.contains(a.name().get().text())) {
                checker.error(DiagnosticCode.UNKNOWN_OPTION, a.span(), "a log names its columns by role: action, "
                        + "reward, propensity, context = {…}, position, slate");
                return Optional.empty();
            }
            roles.put(a.name().get().text(), a.value());
        }
        if (!roles.containsKey("action") || !roles.containsKey("reward")) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, span, "the log needs at least action = COLUMN and "
                    + "reward = COLUMN, as in " + data.text() + "(action = item, reward = click)");
            return Optional.empty();
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> r : roles.entrySet()) {
            Optional<List<String>> names = ExpressionNames.columns(r.getValue());
            if (names.isEmpty() || !r.getKey().equals("context") && names.get().size() != 1) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, r.getValue().span(), r.getKey() + " names "
                        + (r.getKey().equals("context") ? "columns, as in context = {age, income}" : "one column"));
                return Optional.empty();
            }
            for (String c : names.get()) {
                if (!info.columns().contains(c)) {
                    checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, r.getValue().span(), c, info.columns(), hint ->
                            "unknown column '" + c + "' in dataset " + data.text() + hint);
                    return Optional.empty();
                }
            }
            columns.put(r.getKey(), names.get());
        }
        return Optional.of(new PersonalizationPlan.LogRoles(data.text(), columns.get("action").get(0),
                columns.get("reward").get(0), one(columns, "propensity"), columns.getOrDefault("context", List.of()),
                one(columns, "position"), one(columns, "slate")));
    }

    private Optional<PolicyInfo> policy(Name n) {
        PolicyInfo p = checker.declarations().policies().get(n.text());
        if (p != null) {
            return Optional.of(p);
        }
        Stmt declared = checker.declarations().all().get(n.text());
        if (declared == null) {
            checker.unknown(DiagnosticCode.UNKNOWN_RESULT, n.span(), n.text(),
                    checker.declarations().policies().keySet(), hint -> "unknown policy '" + n.text() + "'" + hint);
        } else if (!(declared instanceof Stmt.Policy)) {
            checker.error(DiagnosticCode.TYPE_ERROR, n.span(), n.text() + " is not a policy (declare one with policy "
                    + n.text() + " = thompson(prior = beta(1, 1)))");
        }
        return Optional.empty();
    }

    private Optional<Integer> wholeNumber(Expr e, String what, long least, long most) {
        if (e instanceof Expr.Number n && !n.percent() && n.value() == Math.rint(n.value()) && n.value() >= least
                && n.value() <= most) {
            return Optional.of((int) n.value());
        }
        checker.error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), what + " is a whole number from " + least + " to "
                + most);
        return Optional.empty();
    }

    private static Optional<String> one(Map<String, List<String>> columns, String role) {
        return Optional.ofNullable(columns.get(role)).map(l -> l.get(0));
    }


    /**
     * A statement's {@code with (name = value, …)} settings, checked by the library's own reader so a wrong name or
     * value is reported at check time, at the argument.
     */
    private Optional<Map<String, OptionValue>> settings(List<Expr.Arg> args, Span span, String statement,
            java.util.function.Consumer<Map<String, OptionValue>> validate) {
        Map<String, OptionValue> values = new LinkedHashMap<>();
        for (Expr.Arg a : args) {
            Optional<OptionValue> v = OptionValues.of(a.value());
            if (a.name().isEmpty() || v.isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "the settings of " + statement
                        + " are named numbers, as in with (runs = 20)");
                return Optional.empty();
            }
            values.put(a.name().get().text(), v.get());
        }
        try {
            validate.accept(values);
        } catch (BanditException e) {
            Span at = args.stream().filter(a -> a.name().get().text().equals(e.option().orElse("")))
                    .findFirst().map(Expr.Arg::span).orElse(span);
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, at, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(values);
    }

    private static Span argument(Expr.Call call, String option) {
        return call.args().stream().filter(a -> a.name().map(n -> n.text().equals(option)).orElse(false))
                .findFirst().map(Expr.Arg::span).orElse(call.span());
    }
}
