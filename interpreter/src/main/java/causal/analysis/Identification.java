package causal.analysis;

import causal.graph.BackdoorCheck;
import causal.graph.BackdoorCriterion;
import causal.graph.FrontdoorCheck;
import causal.graph.FrontdoorCriterion;
import causal.graph.Instrument;
import causal.graph.InstrumentCheck;
import causal.graph.Instruments;
import causal.graph.SearchLimitException;
import causal.graph.Dag;
import causal.graph.Path;
import causal.syntax.DiagnosticCode;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The backdoor step of the checker: finds the smallest observed adjustment set, or checks the user's set, and
 * explains every refusal with the offending node and an open path in words.
 */
final class Identification {

    /**
     * The set an estimate adjusts for (through the front door: the mediators; with instruments: the conditioning
     * set), the other minimal sets, why this one, and the instruments when the strategy uses them.
     */
    record Adjustment(List<String> set, List<List<String>> minimalSets, String reason, List<String> instruments) {
        Adjustment(List<String> set, List<List<String>> minimalSets, String reason) {
            this(set, minimalSets, reason, List.of());
        }

        static Adjustment none(List<Name> controls) {
            List<String> c = controls.stream().map(Name::text).sorted().toList();
            return new Adjustment(List.of(), List.of(), controls.isEmpty()
                    ? "no adjustment (adjust by none): the naive contrast"
                    : "no adjustment (adjust by none); precision covariates only: " + String.join(", ", c));
        }
    }

    private final Checker checker;

    Identification(Checker checker) {
        this.checker = checker;
    }

    boolean inDag(Dag g, String dagName, Name node, String role) {
        if (g.has(node.text())) {
            return true;
        }
        checker.unknown(role.equals("treatment") ? DiagnosticCode.TREATMENT_NOT_IN_DAG : role.equals("outcome")
                ? DiagnosticCode.OUTCOME_NOT_IN_DAG : DiagnosticCode.UNKNOWN_NODE, node.span(), node.text(), g.nodes(),
                hint -> "the " + role + " '" + node.text() + "' is not a node of dag " + dagName + hint);
        return false;
    }

    Optional<Adjustment> backdoor(Stmt.Estimate s, DagInfo dagInfo, DatasetInfo data, Name t, Name y,
                                  Stmt.Strategy.Backdoor strategy) {
        Dag g = dagInfo.dag();
        boolean ok = inDag(g, dagInfo.name(), t, "treatment") & inDag(g, dagInfo.name(), y, "outcome");
        for (Name c : s.controls()) {
            if (c.text().equals(t.text()) || c.text().equals(y.text())) {
                ok = false;
                checker.error(DiagnosticCode.TYPE_ERROR, c.span(), "'" + c.text() + "' is the "
                        + (c.text().equals(t.text()) ? "treatment" : "outcome") + "; it cannot also be a control");
            } else {
                ok &= inDag(g, dagInfo.name(), c, "covariate");
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (t.text().equals(y.text())) {
            checker.error(DiagnosticCode.TYPE_ERROR, y.span(), "the treatment and the outcome are the same column");
            return Optional.empty();
        }
        Set<String> observed = new TreeSet<>(g.observed());
        observed.retainAll(data.columns());
        Set<String> x = Set.of(t.text());
        Set<String> yy = Set.of(y.text());
        GraphCache cache = checker.graphs();
        List<Object> query = List.of(x, yy, observed);
        List<List<String>> minimal = cache.get(g, "backdoor sets", List.of(t.text(), y.text(), observed),
                () -> BackdoorCriterion.minimalSets(g, x, yy, observed));
        Optional<List<Name>> userSet = strategy == null ? Optional.empty() : strategy.set();
        if (userSet.isPresent()) {
            return checkUserSet(s, g, data, t, y, userSet.get(), observed, minimal);
        }
        Optional<List<String>> smallest = cache.get(g, "smallest backdoor set", query,
                () -> BackdoorCriterion.smallestSet(g, x, yy, observed));
        if (smallest.isEmpty()) {
            String path = cache.get(g, "unblockable path", List.of(t.text(), y.text(), observed),
                    () -> BackdoorCriterion.unblockablePath(g, x, yy, observed)).map(p -> explain(p, g, data))
                    .orElse("");
            checker.error(DiagnosticCode.BACKDOOR_PATH_OPEN, s.span(), "no observed set blocks every backdoor path from "
                    + t.text() + " to " + y.text() + " in dag " + dagInfo.name(),
                    path.isEmpty() ? "every adjustment set leaves a backdoor path open" : "open path: " + path,
                    "`identify " + s.estimand().kind().name() + " of " + t.text() + " on " + y.text() + " under "
                            + dagInfo.name() + "` lists front-door sets and instruments that may identify it instead");
            return Optional.empty();
        }
        List<String> set = withControls(smallest.get(), s.controls());
        if (!checkControls(s, g, x, yy, set, observed, data)) {
            return Optional.empty();
        }
        return Optional.of(new Adjustment(set, minimal, reasonFor(smallest.get(), minimal, s.controls())));
    }

    /**
     * {@code adjust by frontdoor [{m}]}: the smallest front-door set (ties by name), or the user's set checked
     * against the three conditions, each failure named with its path.
     */
    Optional<Adjustment> frontdoor(Stmt.Estimate s, DagInfo dagInfo, DatasetInfo data, Name t, Name y,
                                   Stmt.Strategy.Frontdoor strategy) {
        Dag g = dagInfo.dag();
        if (!(inDag(g, dagInfo.name(), t, "treatment") & inDag(g, dagInfo.name(), y, "outcome"))) {
            return Optional.empty();
        }
        if (!s.controls().isEmpty()) {
            checker.error(DiagnosticCode.TYPE_ERROR, s.controls().get(0).span(), "controlling for is not used "
                    + "through the front door: the mediators are the only covariates");
            return Optional.empty();
        }
        Set<String> observed = new TreeSet<>(g.observed());
        observed.retainAll(data.columns());
        List<List<String>> sets;
        try {
            sets = checker.graphs().get(g, "frontdoor sets", List.of(t.text(), y.text(), observed),
                    () -> FrontdoorCriterion.minimalSets(g, t.text(), y.text(), observed));
        } catch (SearchLimitException e) {
            sets = List.of();
        }
        if (strategy.set().isPresent()) {
            List<Name> user = strategy.set().get();
            Set<String> m = new TreeSet<>();
            for (Name n : user) {
                if (n.text().equals(t.text()) || n.text().equals(y.text())) {
                    checker.error(DiagnosticCode.FRONTDOOR_INVALID, n.span(), "the treatment and the outcome cannot "
                            + "be mediators");
                    return Optional.empty();
                }
                if (!g.has(n.text())) {
                    checker.unknown(DiagnosticCode.UNKNOWN_NODE, n.span(), n.text(), g.nodes(), hint -> "'" + n.text()
                            + "' is not a node of the dag" + hint);
                    return Optional.empty();
                }
                m.add(n.text());
            }
            FrontdoorCheck check = FrontdoorCriterion.check(g, t.text(), y.text(), m, observed);
            if (!(check instanceof FrontdoorCheck.Valid)) {
                String message = "{" + String.join(", ", m) + "} does not meet the front-door criterion: "
                        + check.reason();
                if (sets.isEmpty()) {
                    checker.error(DiagnosticCode.FRONTDOOR_INVALID, strategy.span(), message,
                            "no observed set meets the front-door criterion in dag " + dagInfo.name());
                } else {
                    checker.errorSuggestingSet(DiagnosticCode.FRONTDOOR_INVALID, strategy.span(), message, sets.get(0));
                }
                return Optional.empty();
            }
            return Optional.of(new Adjustment(List.copyOf(m), sets, "the mediators given in the script, checked "
                    + "with the front-door criterion" + otherSets(List.copyOf(m), sets)));
        }
        if (sets.isEmpty()) {
            checker.error(DiagnosticCode.FRONTDOOR_INVALID, strategy.span(), "no observed set of mediators meets "
                    + "the front-door criterion for " + t.text() + " on " + y.text() + " in dag " + dagInfo.name(),
                    "a front-door set intercepts every causal path from " + t.text() + " to " + y.text()
                            + ", has no open backdoor path from " + t.text() + ", and " + t.text()
                            + " blocks its backdoor paths to " + y.text());
            return Optional.empty();
        }
        return Optional.of(new Adjustment(sets.get(0), sets, "the smallest set meeting the front-door criterion "
                + "(ties broken by name)" + otherSets(sets.get(0), sets)));
    }

    /**
     * {@code adjust by iv [{z…}]}: the user's instruments checked given the controls (the exogenous regressors),
     * each refusal with the open path; or the instruments found in the graph — every unconditional one, else the
     * conditional one with the smallest conditioning set (ties by name), whose set joins the regressors.
     */
    Optional<Adjustment> instruments(Stmt.Estimate s, DagInfo dagInfo, DatasetInfo data, Name t, Name y,
                                     Stmt.Strategy.Instruments strategy) {
        Dag g = dagInfo.dag();
        boolean ok = inDag(g, dagInfo.name(), t, "treatment") & inDag(g, dagInfo.name(), y, "outcome");
        for (Name c : s.controls()) {
            ok &= inDag(g, dagInfo.name(), c, "covariate");
        }
        if (!ok) {
            return Optional.empty();
        }
        Set<String> observed = new TreeSet<>(g.observed());
        observed.retainAll(data.columns());
        Set<String> controls = new TreeSet<>();
        s.controls().forEach(c -> controls.add(c.text()));
        List<Instrument> found = checker.graphs().get(g, "instruments", List.of(t.text(), y.text(), observed),
                () -> Instruments.find(g, t.text(), y.text(), observed));
        if (strategy.set().isPresent()) {
            List<String> chosen = new ArrayList<>();
            for (Name z : strategy.set().get()) {
                if (z.text().equals(t.text()) || z.text().equals(y.text()) || controls.contains(z.text())) {
                    checker.error(DiagnosticCode.INSTRUMENT_INVALID, z.span(), "'" + z.text() + "' is the "
                            + (z.text().equals(t.text()) ? "treatment" : z.text().equals(y.text()) ? "outcome"
                            : "a control") + "; it cannot also be an instrument");
                    return Optional.empty();
                }
                if (!g.has(z.text())) {
                    checker.unknown(DiagnosticCode.UNKNOWN_NODE, z.span(), z.text(), g.nodes(), hint -> "'" + z.text()
                            + "' is not a node of the dag" + hint);
                    return Optional.empty();
                }
                InstrumentCheck check = Instruments.check(g, t.text(), y.text(), z.text(), controls, observed);
                if (!(check instanceof InstrumentCheck.Valid)) {
                    checker.error(DiagnosticCode.INSTRUMENT_INVALID, z.span(), "'" + z.text() + "' is not an "
                            + "instrument for " + t.text() + " on " + y.text() + (controls.isEmpty() ? ""
                            : " given {" + String.join(", ", controls) + "}") + ": " + check.reason(),
                            found.isEmpty() ? "the dag has no instrument for this effect" : "instruments in the dag: "
                                    + describe(found));
                    return Optional.empty();
                }
                chosen.add(z.text());
            }
            return Optional.of(new Adjustment(List.of(), List.of(), "the instruments given in the script, checked "
                    + "in the graph", chosen.stream().sorted().toList()));
        }
        List<String> plain = new ArrayList<>();
        for (Instrument i : found) {
            if (controls.containsAll(i.conditionedOn())
                    && Instruments.check(g, t.text(), y.text(), i.instrument(), controls, observed)
                    instanceof InstrumentCheck.Valid) {
                plain.add(i.instrument());
            }
        }
        if (!plain.isEmpty()) {
            return Optional.of(new Adjustment(List.of(), List.of(), "every instrument in the graph"
                    + (controls.isEmpty() ? "" : " given the controls"), plain));
        }
        Optional<Instrument> conditional = found.stream().min(java.util.Comparator
                .<Instrument>comparingInt(i -> i.conditionedOn().size()).thenComparing(Instrument::instrument));
        if (conditional.isEmpty()) {
            checker.error(DiagnosticCode.INSTRUMENT_INVALID, strategy.span(), "dag " + dagInfo.name() + " has no "
                    + "instrument for " + t.text() + " on " + y.text(), "an instrument affects " + t.text()
                    + " and reaches " + y.text() + " only through it; none of the observed nodes does");
            return Optional.empty();
        }
        Instrument i = conditional.get();
        return Optional.of(new Adjustment(i.conditionedOn(), List.of(), "the conditional instrument " + i.instrument()
                + " with the smallest conditioning set {" + String.join(", ", i.conditionedOn()) + "}, which joins "
                + "both stages as exogenous regressors", List.of(i.instrument())));
    }

    private static String describe(List<Instrument> found) {
        return String.join(", ", found.stream().map(i -> i.instrument() + (i.conditionedOn().isEmpty() ? ""
                : " given {" + String.join(", ", i.conditionedOn()) + "}")).toList());
    }

    private Optional<Adjustment> checkUserSet(Stmt.Estimate s, Dag g, DatasetInfo data, Name t, Name y,
                                              List<Name> user, Set<String> observed, List<List<String>> minimal) {
        boolean ok = true;
        for (Name n : user) {
            if (n.text().equals(t.text()) || n.text().equals(y.text())) {
                ok = false;
                checker.error(DiagnosticCode.ADJUSTMENT_HAS_DESCENDANT, n.span(), "the adjustment set cannot contain"
                        + " the " + (n.text().equals(t.text()) ? "treatment" : "outcome") + " '" + n.text() + "'");
            } else if (!g.has(n.text())) {
                ok = false;
                checker.unknown(DiagnosticCode.UNKNOWN_NODE, n.span(), n.text(), g.nodes(), hint -> "'" + n.text()
                        + "' is not a node of the dag" + hint);
            } else if (g.isLatent(n.text())) {
                ok = false;
                checker.error(DiagnosticCode.ADJUSTMENT_UNOBSERVED, n.span(), "cannot adjust for '" + n.text()
                        + "': it is latent (unobserved)");
            } else if (!data.columns().contains(n.text())) {
                ok = false;
                checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, n.span(), n.text(), data.columns(), hint ->
                        "cannot adjust for '" + n.text() + "': it is not a column of dataset " + data.name() + hint);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        Set<String> z = new TreeSet<>();
        user.forEach(n -> z.add(n.text()));
        Set<String> x = Set.of(t.text());
        Set<String> yy = Set.of(y.text());
        if (!explainCheck(s, g, data, x, yy, z, observed, user, minimal)) {
            return Optional.empty();
        }
        List<String> set = withControls(List.copyOf(z), s.controls());
        if (!checkControls(s, g, x, yy, set, observed, data)) {
            return Optional.empty();
        }
        boolean isMinimal = minimal.contains(List.copyOf(z));
        String reason = "the set given in the script, checked with the backdoor criterion"
                + (isMinimal ? " (a minimal set)" : "") + otherSets(List.copyOf(z), minimal);
        return Optional.of(new Adjustment(set, minimal, reason));
    }

    /** Reports why z fails the backdoor criterion, if it does. */
    private boolean explainCheck(Stmt.Estimate s, Dag g, DatasetInfo data, Set<String> x, Set<String> y,
                                 Set<String> z, Set<String> observed, List<Name> user, List<List<String>> minimal) {
        BackdoorCheck check = BackdoorCriterion.check(g, x, y, z, observed);
        if (check instanceof BackdoorCheck.Descendant d) {
            refuseSet(DiagnosticCode.ADJUSTMENT_HAS_DESCENDANT, spanOf(user, d.node(), s), "cannot adjust for '"
                    + d.node() + "': it is a descendant of the treatment (" + d.fromTreatment().render()
                    + "), so adjusting for it biases the effect (a mediator or a collider)", minimal);
            return false;
        }
        if (check instanceof BackdoorCheck.OpenPath o) {
            String path = explain(o.path(), g, data);
            String message = o.openedCollider().map(c -> "adjusting for '" + c + "' opens the backdoor path " + path
                    + " (" + c + " is a collider, or a descendant of one, on it)")
                    .orElse("the set {" + String.join(", ", z) + "} leaves the backdoor path " + path + " open");
            refuseSet(DiagnosticCode.BACKDOOR_PATH_OPEN, o.openedCollider().map(c -> spanOf(user, c, s))
                    .orElse(s.span()), message, minimal);
            return false;
        }
        if (check instanceof BackdoorCheck.Unobserved u) {
            checker.error(DiagnosticCode.ADJUSTMENT_UNOBSERVED, spanOf(user, u.node(), s), "cannot adjust for '"
                    + u.node() + "': it is not observed");
            return false;
        }
        return true;
    }

    /** Reports a set that fails the backdoor criterion, noting the first of the {@code minimal} valid sets. */
    private void refuseSet(DiagnosticCode code, causal.syntax.Span span, String message, List<List<String>> minimal) {
        if (minimal.isEmpty()) {
            checker.error(code, span, message, "no observed set satisfies the backdoor criterion");
        } else {
            checker.errorSuggestingSet(code, span, message, minimal.get(0));
        }
    }

    private boolean checkControls(Stmt.Estimate s, Dag g, Set<String> x, Set<String> y, List<String> set,
                                  Set<String> observed, DatasetInfo data) {
        if (s.controls().isEmpty()) {
            return true;
        }
        return explainCheck(s, g, data, x, y, new TreeSet<>(set), observed, s.controls(), List.of());
    }

    private static causal.syntax.Span spanOf(List<Name> names, String node, Stmt.Estimate s) {
        return names.stream().filter(n -> n.text().equals(node)).findFirst().map(Name::span).orElse(s.span());
    }

    private static List<String> withControls(List<String> set, List<Name> controls) {
        Set<String> all = new TreeSet<>(set);
        controls.forEach(c -> all.add(c.text()));
        return List.copyOf(all);
    }

    private static String reasonFor(List<String> smallest, List<List<String>> minimal, List<Name> controls) {
        String base = smallest.isEmpty() ? "no backdoor path needs blocking: the empty set is valid"
                : "the smallest observed set that satisfies the backdoor criterion (ties broken by name)";
        String extra = controls.isEmpty() ? "" : "; plus precision covariates "
                + String.join(", ", controls.stream().map(Name::text).toList());
        return base + otherSets(smallest, minimal) + extra;
    }

    private static String otherSets(List<String> used, List<List<String>> minimal) {
        List<String> others = new ArrayList<>();
        for (List<String> m : minimal) {
            if (!m.equals(used)) {
                others.add("{" + String.join(", ", m) + "}");
            }
        }
        return others.isEmpty() ? "" : "; other minimal sets: " + String.join(", ", others);
    }

    /** A path in words, naming the nodes on it that cannot be adjusted for and why. */
    static String explain(Path p, Dag g, DatasetInfo data) {
        List<String> why = new ArrayList<>();
        for (String n : p.nodes().subList(1, p.nodes().size() - 1)) {
            if (g.isLatent(n)) {
                why.add(n + " is latent");
            } else if (data != null && !data.columns().contains(n)) {
                why.add(n + " is not a column of " + data.name());
            }
        }
        if (p.render().contains("<->")) {
            why.add("<-> is an unobserved common cause");
        }
        return p.render() + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")");
    }
}
