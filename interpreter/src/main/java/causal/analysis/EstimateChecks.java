package causal.analysis;

import causal.estimate.Design;
import causal.estimate.Estimand;
import causal.estimate.EstimatorSpec;
import causal.estimate.Estimators;
import causal.estimate.OptionException;
import causal.graph.BackdoorCriterion;
import causal.graph.Dag;
import causal.graph.EffectIdentification;
import causal.graph.FrontdoorCriterion;
import causal.graph.IdAlgorithm;
import causal.graph.Instrument;
import causal.graph.Instruments;
import causal.graph.InterventionalQuery;
import causal.graph.SearchLimitException;
import causal.options.OptionSpec;
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
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks {@code estimate} and {@code identify}: the data and graph they use, the treatment and outcome, the
 * adjustment set (found or checked with the backdoor criterion), and the estimator with its options.
 */
final class EstimateChecks {
    private final Checker checker;
    private final Identification identification;

    /** The corrections {@code correct by} takes, as R's {@code p.adjust} methods. */
    private static final List<String> MULTIPLE_TESTING = List.of("bh", "bonferroni", "holm");

    /** The experiment estimators that take a cluster-randomized design (cluster-robust standard errors). */
    private static final List<String> CLUSTERED_EXPERIMENT_ESTIMATORS = List.of("difference", "ttest", "welch",
            "ztest");
    private static final Map<Design.Kind, String> DEFAULT_ESTIMATOR = Map.of(Design.Kind.OBSERVATIONAL, "ols",
            Design.Kind.FRONTDOOR, "ols", Design.Kind.INSTRUMENTS, "tsls",
            Design.Kind.EXPERIMENT, "difference", Design.Kind.DIFFERENCE_IN_DIFFERENCES, "twfe",
            Design.Kind.PANEL, "twfe", Design.Kind.REGRESSION_DISCONTINUITY, "local_linear",
            Design.Kind.INTERRUPTED_TIME_SERIES, "segmented");
    private static final Map<Design.Kind, String> DESIGN_WORDS = Map.of(Design.Kind.OBSERVATIONAL,
            "from observational data (adjust by backdoor or none)", Design.Kind.FRONTDOOR, "through the front door",
            Design.Kind.INSTRUMENTS, "with instruments (adjust by iv)",
            Design.Kind.EXPERIMENT, "from an experiment",
            Design.Kind.DIFFERENCE_IN_DIFFERENCES, "from a difference-in-differences design",
            Design.Kind.PANEL, "from a panel with fixed effects",
            Design.Kind.REGRESSION_DISCONTINUITY, "from a regression discontinuity",
            Design.Kind.INTERRUPTED_TIME_SERIES, "from an interrupted time series");

    EstimateChecks(Checker checker) {
        this.checker = checker;
        this.identification = new Identification(checker);
    }

    void checkIdentify(Stmt.Identify s) {
        if (s.treatments().size() > 1 || s.outcomes().size() > 1) {
            dag(s.dag(), s.span()).ifPresent(d -> checkJointIdentify(s, d));
            return;
        }
        Optional<DagInfo> dag = dag(s.dag(), s.span());
        if (dag.isEmpty()) {
            return;
        }
        Name t = s.treatments().get(0);
        Name y = s.outcomes().get(0);
        Dag g = dag.get().dag();
        if (!identification.inDag(g, dag.get().name(), t, "treatment") | !identification.inDag(g, dag.get().name(), y,
                "outcome")) {
            return;
        }
        Set<String> observed = g.observed();
        if (s.estimand().kind() == Stmt.EstimandKind.CATE) {
            checkConditionalIdentify(s, dag.get(), t, y, observed);
            return;
        }
        GraphCache cache = checker.graphs();
        List<Object> query = List.of(t.text(), y.text(), observed);
        List<List<String>> sets = cache.get(g, "backdoor sets", query,
                () -> BackdoorCriterion.minimalSets(g, Set.of(t.text()), Set.of(y.text()), observed));
        var open = sets.isEmpty()
                ? cache.get(g, "unblockable path", query, () -> BackdoorCriterion.unblockablePath(g,
                        Set.of(t.text()), Set.of(y.text()), observed)).map(p -> Identification.explain(p, g, null))
                : Optional.<String>empty();
        List<String> notes = new ArrayList<>();
        List<List<String>> frontdoor = List.of();
        if (sets.isEmpty()) {
            try {
                frontdoor = cache.get(g, "frontdoor sets", query,
                        () -> FrontdoorCriterion.minimalSets(g, t.text(), y.text(), observed));
            } catch (SearchLimitException e) {
                notes.add("front-door sets were not searched: more than " + FrontdoorCriterion.MAX_CANDIDATES
                        + " candidate mediators");
            }
        }
        Supplier<List<Instrument>> instruments = () -> cache.get(g, "instruments", query,
                () -> Instruments.find(g, t.text(), y.text(), observed));
        Optional<EffectIdentification> general = sets.isEmpty() && frontdoor.isEmpty()
                ? Optional.of(cache.get(g, "id", query, () -> IdAlgorithm.identify(g,
                InterventionalQuery.of(List.of(t.text()), List.of(y.text())), observed))) : Optional.empty();
        checker.identifications().put(s, new IdentifyPlan(s, dag.get().name(), s.estimand().kind().name(),
                List.of(t.text()), List.of(y.text()), sets, open, frontdoor, instruments, general, notes));
    }

    /**
     * {@code identify ATE of {a, b} on {y, z}}: the joint effect P(y, z | do(a, b)) — every minimal backdoor set for
     * the treatments together (Pearl's criterion for a set of treatments), else the ID algorithm's formula or hedge.
     * Front-door sets and instruments are for one treatment and one outcome and are not searched.
     */
    private void checkJointIdentify(Stmt.Identify s, DagInfo dag) {
        Dag g = dag.dag();
        boolean ok = true;
        for (Name t : s.treatments()) {
            ok &= identification.inDag(g, dag.name(), t, "treatment");
        }
        for (Name y : s.outcomes()) {
            ok &= identification.inDag(g, dag.name(), y, "outcome");
        }
        if (!ok || s.estimand().kind() != Stmt.EstimandKind.ATE) {
            if (ok) {
                checker.error(DiagnosticCode.ESTIMAND_NOT_SUPPORTED, s.estimand().span(), "several treatments or "
                        + "outcomes are identified jointly for the ATE only");
            }
            return;
        }
        Set<String> x = new TreeSet<>(names(s.treatments()));
        Set<String> y = new TreeSet<>(names(s.outcomes()));
        if (x.stream().anyMatch(y::contains)) {
            checker.error(DiagnosticCode.TYPE_ERROR, s.span(), "a node cannot be both a treatment and an outcome");
            return;
        }
        Set<String> observed = g.observed();
        GraphCache cache = checker.graphs();
        List<Object> query = List.of(x, y, observed);
        List<List<String>> sets = cache.get(g, "joint backdoor sets", query,
                () -> BackdoorCriterion.minimalSets(g, x, y, observed));
        Optional<String> open = sets.isEmpty() ? cache.get(g, "joint unblockable path", query,
                () -> BackdoorCriterion.unblockablePath(g, x, y, observed)).map(p -> Identification.explain(p, g, null))
                : Optional.empty();
        Optional<EffectIdentification> general = sets.isEmpty() ? Optional.of(cache.get(g, "joint id", query,
                () -> IdAlgorithm.identify(g, InterventionalQuery.of(x, y), observed))) : Optional.empty();
        checker.identifications().put(s, new IdentifyPlan(s, dag.name(), "ATE", List.copyOf(x), List.copyOf(y), sets, open, List.of(), List::of, general, List.of("a joint effect: front-door "
                + "sets and instruments are searched for one treatment and one outcome only")));
    }

    /**
     * {@code identify CATE by z of t on y}: the conditional effect P(y | do(t), z) by IDC (Shpitser and Pearl 2006),
     * a formula or the hedge.
     */
    private void checkConditionalIdentify(Stmt.Identify s, DagInfo dag, Name t, Name y, Set<String> observed) {
        Dag g = dag.dag();
        List<String> by = new ArrayList<>();
        for (Name z : s.estimand().by()) {
            if (!identification.inDag(g, dag.name(), z, "covariate")) {
                return;
            }
            if (g.isLatent(z.text()) || z.text().equals(t.text()) || z.text().equals(y.text())) {
                checker.error(DiagnosticCode.TYPE_ERROR, z.span(), "the CATE is by observed covariates other than the "
                        + "treatment and the outcome; '" + z.text() + "' is " + (g.isLatent(z.text()) ? "latent"
                        : "the " + (z.text().equals(t.text()) ? "treatment" : "outcome")));
                return;
            }
            by.add(z.text());
        }
        InterventionalQuery query = InterventionalQuery.of(List.of(t.text()), List.of(y.text())).given(by);
        EffectIdentification answer = checker.graphs().get(g, "idc", List.of(t.text(), y.text(), by, observed),
                () -> IdAlgorithm.identify(g, query, observed));
        checker.identifications().put(s, new IdentifyPlan(s, dag.name(), "CATE by " + String.join(", ", by),
                List.of(t.text()), List.of(y.text()), List.of(), Optional.empty(), List.of(), List::of,
                Optional.of(answer),
                List.of("a conditional effect is decided by IDC (Shpitser and Pearl 2006); backdoor and front-door "
                        + "sets are searched for average effects only")));
    }

    void checkEstimate(Stmt.Estimate s) {
        Optional<Estimand> estimand = estimand(s.estimand());
        if (estimand.isEmpty()) {
            return;
        }
        Stmt.Strategy strategy = s.strategy().orElse(null);
        boolean byDesign = strategy instanceof Stmt.Strategy.Design;
        if (s.treatments().size() > 1 && s.outcomes().size() == 1 && !byDesign
                && (strategy == null || strategy instanceof Stmt.Strategy.Backdoor)) {
            checkJointEstimate(s, estimand.get());
            return;
        }
        if (!(byDesign && s.treatments().size() == 1 && s.outcomes().size() > 1)
                && !singleEffect(s.treatments(), s.outcomes(), s.span())) {
            return;
        }
        if (!correction(s)) {
            return;
        }
        Optional<DatasetInfo> data = dataset(s);
        if (strategy instanceof Stmt.Strategy.Design d) {
            DesignInfo design = checker.declarations().designs().get(d.design().text());
            if (design != null) {
                checkDesignEstimate(s, estimand.get(), data, design);
            } else if (!(checker.declarations().all().get(d.design().text()) instanceof Stmt.Design)) {
                checker.unknown(DiagnosticCode.UNKNOWN_DESIGN, d.design().span(), d.design().text(),
                        checker.declarations().designs().keySet(), hint -> "unknown strategy or design '"
                        + d.design().text() + "': use backdoor, frontdoor, iv, none, a set {…} or a declared design"
                        + hint);
            }
            return;
        }
        boolean none = strategy instanceof Stmt.Strategy.None;
        boolean frontdoor = strategy instanceof Stmt.Strategy.Frontdoor;
        boolean iv = strategy instanceof Stmt.Strategy.Instruments;
        Optional<DagInfo> dag = none && s.dag().isEmpty() ? Optional.empty() : dag(s.dag(), s.span());
        if (!none && dag.isEmpty()) {
            return;
        }
        Optional<EstimatorSpec> estimator = estimator(s, estimand.get(), frontdoor ? Design.Kind.FRONTDOOR
                : iv ? Design.Kind.INSTRUMENTS : Design.Kind.OBSERVATIONAL);
        Optional<Map<String, OptionValue>> options = estimator.flatMap(e -> options(s, e));
        if (data.isEmpty()) {
            return;
        }
        Name t = s.treatments().get(0);
        Name y = s.outcomes().get(0);
        boolean columnsOk = column(data.get(), t) & column(data.get(), y);
        for (Name c : s.controls()) {
            columnsOk &= column(data.get(), c);
        }
        if (!columnsOk || estimator.isEmpty() || options.isEmpty()) {
            return;
        }
        List<String> extraColumns = optionColumns(s, estimator.get(), options.get(), data.get());
        if (extraColumns == null) {
            return;
        }
        if (estimator.get().needsBinaryTreatment() && data.get().declaration().source()
                instanceof Stmt.DataSource.Simulate && !data.get().binaryColumns().contains(t.text())) {
            checker.error(DiagnosticCode.TREATMENT_NOT_BINARY, t.span(), estimator.get().keyword()
                    + " needs a binary (0/1) treatment, and " + t.text() + " is not drawn from a bernoulli in the model");
            return;
        }
        Optional<Identification.Adjustment> adjustment = none
                ? Optional.of(Identification.Adjustment.none(s.controls()))
                : frontdoor ? identification.frontdoor(s, dag.get(), data.get(), t, y, (Stmt.Strategy.Frontdoor) strategy)
                : iv ? identification.instruments(s, dag.get(), data.get(), t, y, (Stmt.Strategy.Instruments) strategy)
                : identification.backdoor(s, dag.get(), data.get(), t, y, (Stmt.Strategy.Backdoor) strategy);
        if (adjustment.isPresent() && estimand.get() == Estimand.CATE
                && !modifiersValid(s, dag.orElse(null), data.get(), t, y, adjustment.get())) {
            return;
        }
        adjustment.ifPresent(a -> {
            EstimatePlan plan = new EstimatePlan(s, data.get().name(), dag.map(DagInfo::name).orElse(null),
                    estimand.get(), t.text(), y.text(), none ? "none" : frontdoor ? "frontdoor" : iv ? "iv" : "backdoor",
                    a.set(), a.minimalSets(),
                    a.reason(), names(s.controls()), estimator.get(), options.get(), extraColumns, Optional.empty(),
                    a.instruments(), List.of(y.text()), Optional.empty(), List.of());
            checker.estimates().put(s, plan);
            s.name().ifPresent(n -> checker.declarations().putResult(n.text(), plan));
            if (none) {
                checker.warning(DiagnosticCode.NAIVE_CONTRAST, strategy.span(), "adjust by none: the naive contrast "
                        + "of " + t.text() + " on " + y.text() + " ignores confounding");
            }
        });
    }

    /**
     * Columns that options name, such as the cluster of {@code se = cluster(state)}: each must be a column of the
     * data. Null when one is not (the error is reported).
     */
    private List<String> optionColumns(Stmt.Estimate s, EstimatorSpec spec, Map<String, OptionValue> options,
                                       DatasetInfo data) {
        List<String> columns = new java.util.ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, OptionValue> o : options.entrySet()) {
            boolean columnOption = spec.options().stream().anyMatch(os -> os.name().equals(o.getKey())
                    && os.type().equals("column"));
            if (columnOption && o.getValue() instanceof OptionValue.Word w) {
                if (data.columns().contains(w.word())) {
                    columns.add(w.word());
                } else {
                    ok = false;
                    checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, argumentSpan(s, o.getKey()), w.word(),
                            data.columns(), hint -> "unknown column '" + w.word() + "' in dataset " + data.name()
                            + hint);
                }
                continue;
            }
            if (o.getValue() instanceof OptionValue.Call c && c.function().equals("cluster")) {
                for (OptionValue arg : c.args()) {
                    String col = arg instanceof OptionValue.Word w ? w.word()
                            : arg instanceof OptionValue.Text t ? t.value() : null;
                    if (col != null && !data.columns().contains(col)) {
                        ok = false;
                        Span where = argumentSpan(s, o.getKey());
                        checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, where, col, data.columns(), hint ->
                                "unknown cluster column '" + col + "' in dataset " + data.name() + hint);
                    } else if (col != null) {
                        columns.add(col);
                    }
                }
            }
        }
        return ok ? columns : null;
    }

    /**
     * An estimate from a declared design: the design replaces the graph (randomization or parallel trends is the
     * identifying assumption), so only the columns are checked here.
     */
    private void checkDesignEstimate(Stmt.Estimate s, Estimand estimand, Optional<DatasetInfo> data,
                                     DesignInfo design) {
        Design.Kind kind = design instanceof DesignInfo.Experiment ? Design.Kind.EXPERIMENT
                : design instanceof DesignInfo.Panel ? Design.Kind.PANEL
                : design instanceof DesignInfo.RegressionDiscontinuity ? Design.Kind.REGRESSION_DISCONTINUITY
                : design instanceof DesignInfo.InterruptedTimeSeries ? Design.Kind.INTERRUPTED_TIME_SERIES
                : Design.Kind.DIFFERENCE_IN_DIFFERENCES;
        Optional<EstimatorSpec> estimator = estimator(s, estimand, kind);
        Optional<Map<String, OptionValue>> options = estimator.flatMap(e -> options(s, e));
        if (data.isEmpty() || estimator.isEmpty() || options.isEmpty()) {
            return;
        }
        Name t = s.treatments().get(0);
        Name y = s.outcomes().get(0);
        boolean ok = column(data.get(), t);
        for (Name outcome : s.outcomes()) {
            ok &= column(data.get(), outcome);
        }
        for (Name c : s.controls()) {
            ok &= column(data.get(), c);
        }
        List<String> extra = optionColumns(s, estimator.get(), options.get(), data.get());
        if (!ok || extra == null) {
            return;
        }
        List<String> designColumns = new ArrayList<>();
        String reason;
        if (design instanceof DesignInfo.Experiment e) {
            ok = role(t, e.arm(), "arm", design);
            for (Name outcome : s.outcomes()) {
                if (!e.metrics().isEmpty() && !e.metrics().contains(outcome.text())) {
                    ok = false;
                    checker.error(DiagnosticCode.UNKNOWN_COLUMN, outcome.span(), "'" + outcome.text() + "' is not a "
                            + "metric of design " + design.name() + "; its metrics: " + String.join(", ",
                            e.metrics()));
                }
            }
            if (e.control().isEmpty()) {
                ok = false;
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, design.declaration().spec().span(), "design "
                        + design.name() + " needs control = … (the control arm's value of " + e.arm()
                        + ") to estimate an effect");
            }
            e.ratioMetric().ifPresent(m -> designColumns.add(m.per()));
            if (e.ratioMetric().isPresent() && !estimator.get().keyword().equals("difference")) {
                ok = false;
                checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, s.estimator().map(c -> c.function().span())
                        .orElse(s.span()), "a ratio metric (per " + e.ratioMetric().get().per() + ") is estimated by "
                        + "difference, with the delta method's standard error; " + estimator.get().keyword()
                        + " compares means of rows");
            }
            if (e.cluster().isPresent()) {
                designColumns.add(e.cluster().get());
                if (!CLUSTERED_EXPERIMENT_ESTIMATORS.contains(estimator.get().keyword())) {
                    ok = false;
                    checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, s.estimator().map(c -> c.function().span())
                            .orElse(s.span()), estimator.get().keyword() + " treats rows as independent; design "
                            + design.name() + " randomizes clusters of " + e.cluster().get() + ": use "
                            + String.join(", ", CLUSTERED_EXPERIMENT_ESTIMATORS) + " (cluster-robust errors)");
                }
            }
            reason = "randomized experiment (design " + design.name() + "): the arms are comparable by design, so "
                    + "nothing is adjusted for";
        } else if (design instanceof DesignInfo.RegressionDiscontinuity rd) {
            designColumns.add(rd.running());
            rd.fuzzy().ifPresent(designColumns::add);
            designColumns.addAll(rd.balance());
            if (rd.fuzzy().isPresent()) {
                ok = role(t, rd.fuzzy().get(), "fuzzy treatment", design);
            }
            reason = "regression discontinuity (design " + design.name() + "): assumes units just below and just "
                    + "above the cutoff " + (rd.fuzzy().isPresent() ? "" : "of " + rd.running() + " ")
                    + "are alike but for the treatment";
        } else if (design instanceof DesignInfo.InterruptedTimeSeries its) {
            designColumns.add(its.time());
            its.interventionColumn().ifPresent(designColumns::add);
            if (its.interventionColumn().isPresent()) {
                ok = role(t, its.interventionColumn().get(), "intervention", design);
            }
            reason = "interrupted time series (design " + design.name() + "): assumes the pre-intervention trend "
                    + "would have continued without it";
        } else if (design instanceof DesignInfo.Panel p) {
            designColumns.add(p.unit());
            designColumns.add(p.time());
            reason = "panel (design " + design.name() + "): fixed effects absorb whatever is constant within a unit "
                    + "or common to a period; assumes no time-varying confounder beyond the controls";
        } else {
            DesignInfo.DifferenceInDifferences d = (DesignInfo.DifferenceInDifferences) design;
            ok = role(t, d.treated(), "treated", design);
            designColumns.add(d.unit());
            designColumns.add(d.time());
            for (Name n : ExpressionNames.references(d.post())) {
                designColumns.add(n.text());
            }
            reason = "difference in differences (design " + design.name() + "): assumes the treated and control "
                    + "units would have followed parallel trends";
        }
        for (String c : designColumns) {
            if (!data.get().columns().contains(c)) {
                ok = false;
                checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, design.declaration().spec().span(), c,
                        data.get().columns(), hint -> "design " + design.name() + " names column '" + c
                        + "', which dataset " + data.get().name() + " does not have" + hint);
            }
        }
        if (!ok) {
            return;
        }
        List<String> columns = new ArrayList<>(extra);
        designColumns.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        EstimatePlan plan = new EstimatePlan(s, data.get().name(), null, estimand, t.text(), y.text(), design.kind(),
                List.of(), List.of(), reason, names(s.controls()), estimator.get(), options.get(), columns,
                Optional.of(design), List.of(), names(s.outcomes()), s.correction().map(Name::text), List.of());
        checker.estimates().put(s, plan);
        s.name().ifPresent(n -> checker.declarations().putResult(n.text(), plan));
    }

    /** The estimate's treatment must be the design's column for that role. */
    private boolean role(Name treatment, String column, String role, DesignInfo design) {
        if (treatment.text().equals(column)) {
            return true;
        }
        checker.error(DiagnosticCode.TYPE_ERROR, treatment.span(), "design " + design.name() + " randomizes "
                + column + " (its " + role + "), so the treatment must be " + column + ", not " + treatment.text());
        return false;
    }

    /**
     * The modifiers of {@code CATE by …}: columns and nodes of the dag, not effects of the treatment, and the
     * adjustment set with them still blocking every backdoor path (a modifier can be a collider).
     */
    private boolean modifiersValid(Stmt.Estimate s, DagInfo dag, DatasetInfo data, Name t, Name y,
                                   Identification.Adjustment adjustment) {
        boolean ok = true;
        for (Name m : s.estimand().by()) {
            ok &= column(data, m);
            if (dag != null && !dag.dag().has(m.text())) {
                ok = false;
                checker.unknown(DiagnosticCode.UNKNOWN_NODE, m.span(), m.text(), dag.dag().nodes(), hint ->
                        "the effect modifier '" + m.text() + "' is not " + "a node of dag " + dag.name() + hint);
            } else if (dag != null && dag.dag().descendants(Set.of(t.text())).contains(m.text())) {
                ok = false;
                checker.error(DiagnosticCode.ADJUSTMENT_HAS_DESCENDANT, m.span(), "the effect modifier '" + m.text()
                        + "' is affected by the treatment " + t.text() + ": the effect cannot be conditioned on it");
            }
        }
        if (!ok || dag == null) {
            return ok;
        }
        Set<String> z = new TreeSet<>(adjustment.set());
        s.estimand().by().forEach(m -> z.add(m.text()));
        Set<String> observed = new TreeSet<>(dag.dag().observed());
        observed.retainAll(data.columns());
        var check = BackdoorCriterion.check(dag.dag(), Set.of(t.text()), Set.of(y.text()), z, observed);
        if (check instanceof causal.graph.BackdoorCheck.OpenPath open) {
            checker.error(DiagnosticCode.BACKDOOR_PATH_OPEN, s.estimand().span(), "adjusting for the effect modifiers "
                    + "as well opens the backdoor path " + Identification.explain(open.path(), dag.dag(), data));
            return false;
        }
        return true;
    }

    private static Span argumentSpan(Stmt.Estimate s, String option) {
        return s.estimator().flatMap(call -> call.args().stream().filter(a -> a.name()
                .map(n -> n.text().equals(option)).orElse(false)).findFirst()).map(Expr.Arg::span).orElse(s.span());
    }

    private static List<String> names(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    private Optional<Estimand> estimand(Stmt.Estimand e) {
        return switch (e.kind()) {
            case ATE -> Optional.of(Estimand.ATE);
            case ATT -> Optional.of(Estimand.ATT);
            case ATC -> Optional.of(Estimand.ATC);
            case CATE -> Optional.of(Estimand.CATE);
            case LATE -> Optional.of(Estimand.LATE);
        };
    }

    /**
     * Several outcomes (metrics of an experiment) in one statement may name a correction; one outcome may not, and
     * a named estimate has one outcome.
     */
    private boolean correction(Stmt.Estimate s) {
        if (s.correction().isPresent() && !MULTIPLE_TESTING.contains(s.correction().get().text())) {
            checker.unknown(DiagnosticCode.BAD_OPTION_VALUE, s.correction().get().span(), s.correction().get().text(),
                    MULTIPLE_TESTING, hint -> "correct by takes " + String.join(", ", MULTIPLE_TESTING) + hint);
            return false;
        }
        if (s.correction().isPresent() && s.outcomes().size() == 1) {
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, s.correction().get().span(), "correct by adjusts the "
                    + "p-values of several outcomes, as in on {converted, revenue}; this estimate has one");
            return false;
        }
        if (s.outcomes().size() > 1 && s.name().isPresent()) {
            checker.error(DiagnosticCode.TYPE_ERROR, s.name().get().span(), "a named estimate has one outcome; "
                    + "estimate each outcome with its own let");
            return false;
        }
        if (s.outcomes().size() > 1 && s.correction().isEmpty()) {
            checker.warning(DiagnosticCode.MULTIPLE_OUTCOMES_UNCORRECTED, s.outcomes().get(1).span(), s.outcomes().size()
                    + " outcomes without correct by: their p-values are not adjusted for testing several metrics");
        }
        return true;
    }

    /**
     * {@code estimate ATE of {a, b} on y using ols}: one adjustment set valid for the treatments together (the
     * adjustment criterion for a set of treatments), then one regression in which each treatment's coefficient is its
     * effect with the others held fixed.
     */
    private void checkJointEstimate(Stmt.Estimate s, Estimand estimand) {
        Optional<DatasetInfo> data = dataset(s);
        Optional<DagInfo> dag = dag(s.dag(), s.span());
        if (data.isEmpty() || dag.isEmpty()) {
            return;
        }
        if (estimand != Estimand.ATE) {
            checker.error(DiagnosticCode.ESTIMAND_NOT_SUPPORTED, s.estimand().span(), "several treatments are "
                    + "estimated jointly for the ATE only");
            return;
        }
        Optional<EstimatorSpec> estimator = estimator(s, estimand, Design.Kind.OBSERVATIONAL);
        if (estimator.isPresent() && !estimator.get().keyword().equals("ols")) {
            checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, s.estimator().get().function().span(), "several "
                    + "treatments are estimated jointly by ols (one regression, each coefficient the effect with the "
                    + "others held fixed); estimate each treatment on its own with " + estimator.get().keyword());
            return;
        }
        Optional<Map<String, OptionValue>> options = estimator.flatMap(e -> options(s, e));
        Name y = s.outcomes().get(0);
        boolean ok = column(data.get(), y) && estimator.isPresent() && options.isPresent();
        Dag g = dag.get().dag();
        for (Name t : s.treatments()) {
            ok &= column(data.get(), t);
            if (!g.has(t.text())) {
                ok = false;
                checker.unknown(DiagnosticCode.TREATMENT_NOT_IN_DAG, t.span(), t.text(), g.nodes(), hint ->
                        "treatment '" + t.text() + "' is not a " + "node of dag " + dag.get().name() + hint);
            }
        }
        for (Name c : s.controls()) {
            ok &= column(data.get(), c);
        }
        if (!g.has(y.text())) {
            ok = false;
            checker.unknown(DiagnosticCode.OUTCOME_NOT_IN_DAG, y.span(), y.text(), g.nodes(), hint -> "outcome '"
                    + y.text() + "' is not a node of " + "dag " + dag.get().name() + hint);
        }
        List<String> extra = ok ? optionColumns(s, estimator.get(), options.get(), data.get()) : null;
        if (!ok || extra == null) {
            return;
        }
        Set<String> x = new TreeSet<>(names(s.treatments()));
        Set<String> observed = new TreeSet<>(g.observed());
        observed.retainAll(data.get().columns());
        Set<String> controls = new TreeSet<>(names(s.controls()));
        Optional<List<Name>> given = s.strategy().map(st -> ((Stmt.Strategy.Backdoor) st).set()).orElse(Optional.empty());
        List<String> set;
        String reason;
        if (given.isPresent()) {
            Set<String> z = new TreeSet<>(names(given.get()));
            z.addAll(controls);
            var check = BackdoorCriterion.check(g, x, Set.of(y.text()), z, observed);
            if (!(check instanceof causal.graph.BackdoorCheck.Valid)) {
                String why = check instanceof causal.graph.BackdoorCheck.OpenPath open ? "it leaves open the path "
                        + Identification.explain(open.path(), g, data.get())
                        : check instanceof causal.graph.BackdoorCheck.Descendant d ? d.node() + " is an effect of a "
                        + "treatment on a causal path to " + y.text()
                        : ((causal.graph.BackdoorCheck.Unobserved) check).node() + " is latent or not a column";
                checker.error(DiagnosticCode.BACKDOOR_PATH_OPEN, s.strategy().get().span(), "{" + String.join(", ",
                        z) + "} is not a valid adjustment set for " + String.join(", ", x) + " together: " + why);
                return;
            }
            set = names(given.get());
            reason = "your set, checked for the treatments together (adjustment criterion), with the other "
                    + "treatments held fixed";
        } else {
            Optional<List<String>> smallest = checker.graphs().get(g, "joint smallest set", List.of(x, y.text(),
                    observed), () -> BackdoorCriterion.smallestSet(g, x, Set.of(y.text()), observed));
            if (smallest.isEmpty()) {
                String path = BackdoorCriterion.unblockablePath(g, x, Set.of(y.text()), observed)
                        .map(p -> Identification.explain(p, g, data.get())).orElse("");
                checker.error(DiagnosticCode.BACKDOOR_PATH_OPEN, s.span(), "no observed set identifies the effect of "
                        + String.join(", ", x) + " together on " + y.text() + ": open path " + path);
                return;
            }
            set = smallest.get();
            reason = "the smallest set valid for " + String.join(", ", x) + " together (adjustment criterion), "
                    + "with the other treatments held fixed";
        }
        EstimatePlan plan = new EstimatePlan(s, data.get().name(), dag.get().name(), estimand, x.iterator().next(),
                y.text(), "backdoor", set, List.of(set), reason, names(s.controls()), estimator.get(), options.get(),
                extra, Optional.empty(), List.of(), List.of(y.text()), Optional.empty(), List.copyOf(x));
        checker.estimates().put(s, plan);
        s.name().ifPresent(n -> checker.declarations().putResult(n.text(), plan));
    }

    private boolean singleEffect(List<Name> treatments, List<Name> outcomes, Span span) {
        if (treatments.size() == 1 && outcomes.size() == 1) {
            return true;
        }
        if (treatments.size() > 1) {
            checker.error(DiagnosticCode.TYPE_ERROR, span, "several treatments are estimated jointly only by "
                    + "back-door adjustment (adjust by backdoor, or no strategy); estimate each treatment on its own "
                    + "with a front door, instruments or a design");
        } else {
            checker.error(DiagnosticCode.TYPE_ERROR, span, "several outcomes in one statement are the metrics of an "
                    + "experiment (adjust by a design); identified in a graph, estimate each outcome on its own, as "
                    + "each may need its own adjustment set");
        }
        return false;
    }

    private Optional<DatasetInfo> dataset(Stmt.Estimate s) {
        Map<String, DatasetInfo> all = checker.declarations().datasets();
        if (s.data().isPresent()) {
            Name n = s.data().get();
            DatasetInfo info = all.get(n.text());
            if (info == null && !checker.declarations().all().containsKey(n.text())) {
                checker.unknown(DiagnosticCode.UNKNOWN_DATASET, n.span(), n.text(), all.keySet(), hint ->
                        "unknown dataset '" + n.text() + "'" + hint);
            }
            return Optional.ofNullable(info);
        }
        long declared = checker.declarations().all().values().stream().filter(d -> d instanceof Stmt.Data).count();
        if (declared == 1 || declared > 1 && checker.interactive()) {
            return checker.mostRecent(Stmt.Data.class, all);
        }
        checker.error(declared == 0 ? DiagnosticCode.MISSING_DATASET : DiagnosticCode.AMBIGUOUS_DATASET, s.span(),
                declared == 0 ? "no dataset is declared before this estimate: add data d = csv(\"…\") and 'in d'"
                        : "several datasets are declared: say which one with 'in NAME'");
        return Optional.empty();
    }

    private Optional<DagInfo> dag(Optional<Name> named, Span span) {
        Map<String, DagInfo> all = checker.declarations().dags();
        if (named.isPresent()) {
            Name n = named.get();
            DagInfo info = all.get(n.text());
            if (info == null && !checker.declarations().all().containsKey(n.text())) {
                checker.unknown(DiagnosticCode.UNKNOWN_DAG, n.span(), n.text(), all.keySet(), hint -> "unknown dag '"
                        + n.text() + "'" + hint);
            }
            return Optional.ofNullable(info);
        }
        long declared = checker.declarations().all().values().stream().filter(d -> d instanceof Stmt.Dag).count();
        if (declared == 1 || declared > 1 && checker.interactive()) {
            return checker.mostRecent(Stmt.Dag.class, all);
        }
        checker.error(declared == 0 ? DiagnosticCode.MISSING_DAG : DiagnosticCode.AMBIGUOUS_DAG, span,
                declared == 0 ? "no dag is declared: identification needs a causal graph (declare one with dag g { … }"
                        + " and 'under g'), or write 'adjust by none' for the naive contrast"
                        : "several dags are declared: say which one with 'under NAME'");
        return Optional.empty();
    }

    private boolean column(DatasetInfo data, Name column) {
        if (data.columns().contains(column.text())) {
            return true;
        }
        checker.unknown(DiagnosticCode.UNKNOWN_COLUMN, column.span(), column.text(), data.columns(), hint ->
                "unknown column '" + column.text() + "' in dataset " + data.name() + hint);
        return false;
    }

    private Optional<EstimatorSpec> estimator(Stmt.Estimate s, Estimand estimand, Design.Kind kind) {
        String keyword = s.estimator().map(c -> c.function().text()).orElse(DEFAULT_ESTIMATOR.get(kind));
        Span span = s.estimator().map(c -> c.function().span()).orElse(s.span());
        Optional<EstimatorSpec> spec = Estimators.find(keyword, kind);
        if (spec.isEmpty()) {
            Optional<String> later = LaterFeatures.estimator(keyword);
            if (later.isPresent()) {
                checker.error(DiagnosticCode.NOT_AVAILABLE_YET, span, LaterFeatures.message("estimator " + keyword,
                        later.get()));
            } else {
                checker.unknown(DiagnosticCode.UNKNOWN_ESTIMATOR, span, keyword,
                        Estimators.all().stream().map(EstimatorSpec::keyword).toList(), hint -> "unknown estimator '"
                        + keyword + "'" + hint, "estimators available now: " + String.join(", ",
                        Estimators.all().stream().map(EstimatorSpec::keyword).toList()));
            }
            return Optional.empty();
        }
        if (spec.get().design() != kind) {
            List<String> fitting = Estimators.forDesign(kind).stream().map(EstimatorSpec::keyword).toList();
            checker.error(DiagnosticCode.ESTIMATOR_DOES_NOT_FIT, span, keyword + " estimates " + DESIGN_WORDS.get(
                    spec.get().design()) + ", not " + DESIGN_WORDS.get(kind), "estimators " + DESIGN_WORDS.get(kind)
                    + ": " + String.join(", ", fitting));
            return Optional.empty();
        }
        if (!spec.get().estimands().contains(estimand)) {
            checker.error(DiagnosticCode.ESTIMAND_NOT_SUPPORTED, s.estimand().span(), keyword + " does not estimate the "
                    + estimand + "; it estimates " + String.join(", ", spec.get().estimands().stream()
                    .map(Enum::name).sorted().toList()));
            return Optional.empty();
        }
        return spec;
    }

    private Optional<Map<String, OptionValue>> options(Stmt.Estimate s, EstimatorSpec spec) {
        Map<String, OptionValue> values = new LinkedHashMap<>();
        List<String> known = spec.options().stream().map(OptionSpec::name).toList();
        boolean ok = true;
        for (Expr.Arg arg : s.estimator().map(Expr.Call::args).orElse(List.of())) {
            if (arg.name().isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, arg.span(), "options of " + spec.keyword()
                        + " are named, as in " + spec.keyword() + "(" + (known.isEmpty() ? "" : known.get(0) + " = …")
                        + ")");
                ok = false;
                continue;
            }
            Name name = arg.name().get();
            boolean bootstrap = name.text().equals("se") && arg.value() instanceof Expr.Call call
                    && call.function().text().equals("bootstrap");
            if (!known.contains(name.text()) && !bootstrap) {
                checker.unknown(DiagnosticCode.UNKNOWN_OPTION, name.span(), name.text(), known, hint -> spec.keyword()
                        + " has no option '" + name.text() + "'" + hint, known.isEmpty() ? spec.keyword()
                        + " takes no options" : "its options: " + String.join(", ", known));
                ok = false;
                continue;
            }
            Optional<OptionValue> value = OptionValues.of(arg.value());
            if (value.isEmpty()) {
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, arg.value().span(), "option " + name.text()
                        + " takes a number, a string, true/false, a word or a call such as cluster(col)");
                ok = false;
                continue;
            }
            values.put(name.text(), value.get());
        }
        if (!ok) {
            return Optional.empty();
        }
        try {
            spec.create(values);
        } catch (OptionException e) {
            Span where = s.estimator().flatMap(c -> c.args().stream().filter(a -> a.name().isPresent()
                    && a.name().get().text().equals(e.option())).findFirst().map(Expr.Arg::span)).orElse(s.span());
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, where, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(values);
    }

}
