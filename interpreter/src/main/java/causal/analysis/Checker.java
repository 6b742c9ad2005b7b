package causal.analysis;

import causal.syntax.Diagnostic;
import causal.syntax.DiagnosticCode;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Script;
import causal.syntax.SourceText;
import causal.syntax.Span;
import causal.syntax.Stmt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Checks a script statement by statement, in order: names, schemas, graphs, models and identification. Reports
 * every problem as a diagnostic and never throws for a user's mistake. One instance checks one script.
 */
final class Checker {
    private final SourceText source;
    private final boolean interactive;
    private final GraphCache graphs;
    private final SchemaProvider schemas;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Declarations declarations = new Declarations();
    private final Map<Stmt.Estimate, EstimatePlan> estimates = new IdentityHashMap<>();
    private final Map<Stmt.Identify, IdentifyPlan> identifications = new IdentityHashMap<>();
    private final Map<Stmt, DesignPlan> designPlans = new IdentityHashMap<>();
    private final Map<Stmt, GraphAnswer> graphAnswers = new IdentityHashMap<>();
    private final Map<Stmt, CheckPlan> checkPlans = new IdentityHashMap<>();
    private final Map<Stmt, PersonalizationPlan> personalizationPlans = new IdentityHashMap<>();

    Checker(SourceText source, SchemaProvider schemas, boolean interactive, GraphCache graphs) {
        this.source = source;
        this.schemas = schemas;
        this.interactive = interactive;
        this.graphs = graphs;
    }

    /** Identification answers shared across statements (and, in an editor, across checks of the same text). */
    GraphCache graphs() {
        return graphs;
    }

    void check(Script script) {
        DataChecks data = new DataChecks(this);
        GraphChecks graphs = new GraphChecks(this);
        EstimateChecks estimateChecks = new EstimateChecks(this);
        DesignChecks designs = new DesignChecks(this);
        GraphQuestions questions = new GraphQuestions(this);
        RobustnessChecks robustness = new RobustnessChecks(this);
        PersonalizationChecks personalization = new PersonalizationChecks(this);
        RecommenderChecks recommenders = new RecommenderChecks(this);
        for (Stmt s : script.statements()) {
            if (s instanceof Stmt.Data d) {
                declare(d.name(), d);
                data.check(d);
            } else if (s instanceof Stmt.Model m) {
                declare(m.name(), m);
                graphs.checkModel(m);
            } else if (s instanceof Stmt.Dag g) {
                declare(g.name(), g);
                graphs.checkDag(g);
            } else if (s instanceof Stmt.Estimate e) {
                e.name().ifPresent(n -> declare(n, e));
                estimateChecks.checkEstimate(e);
            } else if (s instanceof Stmt.Identify i) {
                i.name().ifPresent(n -> declare(n, i));
                estimateChecks.checkIdentify(i);
            } else if (s instanceof Stmt.Design d) {
                declare(d.name(), d);
                designs.check(d);
            } else if (s instanceof Stmt.Paths p) {
                questions.checkPaths(p);
            } else if (s instanceof Stmt.Implications i) {
                questions.checkImplications(i);
            } else if (s instanceof Stmt.Test t) {
                questions.checkTest(t);
            } else if (s instanceof Stmt.Refute r) {
                robustness.checkRefute(r);
            } else if (s instanceof Stmt.Sensitivity v) {
                robustness.checkSensitivity(v);
            } else if (s instanceof Stmt.Decompose d) {
                robustness.checkDecompose(d);
            } else if (s instanceof Stmt.Policy p) {
                personalization.checkPolicy(p);
            } else if (s instanceof Stmt.SimulatePolicy p) {
                personalization.checkSimulation(p);
            } else if (s instanceof Stmt.Evaluate e && e.offline()) {
                personalization.checkOfflineEvaluation(e);
            } else if (s instanceof Stmt.Evaluate e && declarations.results().containsKey(e.subject().text())) {
                robustness.checkUpliftEvaluation(e);
            } else if (s instanceof Stmt.Target t) {
                robustness.checkTarget(t);
            } else if (s instanceof Stmt.Recommender r) {
                recommenders.checkRecommender(r);
            } else if (s instanceof Stmt.Evaluate e && declarations.recommenders().containsKey(e.subject().text())) {
                recommenders.checkEvaluation(e);
            } else if (s instanceof Stmt.Recommend r) {
                recommenders.checkRecommend(r);
            } else if (s instanceof Stmt.SimulateAa a) {
                checkSimulateAa(a);
            } else if (s instanceof Stmt.Power p) {
                checkPower(p);
            } else if (s instanceof Stmt.Print p) {
                requireDeclared(p.subject());
            } else if (s instanceof Stmt.Export x) {
                checkExport(x);
            } else if (s instanceof Stmt.Plot p) {
                checkPlot(p);
            } else if (s instanceof Stmt.Engine e) {
                checkEngine(e);
            } else {
                checkLater(s);
            }
        }
    }

    private void checkExport(Stmt.Export x) {
        if (!requireDeclared(x.subject()) || !writable(x.path(), x.span())) {
            return;
        }
        Stmt declared = declarations.all().get(x.subject().text());
        boolean isResult = declared instanceof Stmt.Estimate || declared instanceof Stmt.Identify;
        boolean ok = isResult && x.path().endsWith(".json") || declared instanceof Stmt.Dag
                && x.path().endsWith(".dagitty") || (declared instanceof Stmt.Recommender
                || declared instanceof Stmt.Data) && x.path().endsWith(".csv");
        if (!ok) {
            error(DiagnosticCode.TYPE_ERROR, x.span(), "export writes an estimate or an identification to .json, a "
                    + "dag to .dagitty, and a dataset or a recommender to .csv; " + x.subject().text() + " to "
                    + x.path() + " is none of those");
        }
    }

    /**
     * {@code plot [KIND of] NAME to "file.svg|png"}: a dag, an identification or an estimate draws its graph (with
     * the treatment, outcome and adjustment set marked); {@code balance of} an estimate with a balance table draws
     * the love plot; {@code power of} an experiment the power curve.
     */
    private void checkPlot(Stmt.Plot p) {
        if (!requireDeclared(p.subject()) || !writable(p.path(), p.span())) {
            return;
        }
        String lower = p.path().toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
            error(DiagnosticCode.BAD_OPTION_VALUE, p.span(), "plot writes .svg or .png files, not " + p.path());
            return;
        }
        String name = p.subject().text();
        Stmt declared = declarations.all().get(name);
        String kind = p.kind().map(Name::text).orElse("");
        switch (kind) {
            case "" -> {
                boolean drawsGraph = declared instanceof Stmt.Dag && declarations.dags().containsKey(name)
                        || declared instanceof Stmt.Identify || declared instanceof Stmt.Estimate
                        && declarations.results().containsKey(name) && declarations.results().get(name).dag() != null;
                if (!drawsGraph) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot " + name + " draws a dag, an "
                            + "identification or an estimate identified in a dag; for other results say what to plot, "
                            + "as in plot balance of e to \"balance.svg\"");
                }
            }
            case "balance" -> {
                EstimatePlan plan = declarations.results().get(name);
                if (plan == null || !List.of("psm", "ipw").contains(plan.estimator().keyword())) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot balance of needs an estimate by psm or "
                            + "ipw (they report the balance table)" + (plan == null ? "" : "; " + name + " is by "
                            + plan.estimator().keyword()));
                }
            }
            case "power" -> {
                if (!(declarations.designs().get(name) instanceof DesignInfo.Experiment e)) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot power of needs an experiment design");
                } else {
                    plannable(e, p.span());
                }
            }
            case "event_study" -> {
                EstimatePlan plan = declarations.results().get(name);
                if (plan == null || !plan.estimator().keyword().equals("event_study")) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot event_study of needs an estimate by "
                            + "event_study");
                }
            }
            case "rdd" -> {
                EstimatePlan plan = declarations.results().get(name);
                if (plan == null || !plan.estimator().keyword().equals("local_linear")) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot rdd of needs an estimate by "
                            + "local_linear from an rdd design");
                }
            }
            case "regret" -> {
                if (!declarations.policies().containsKey(name)) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot regret of needs a policy that a "
                            + "simulate statement before it ran");
                }
            }
            case "qini" -> {
                boolean evaluated = checkPlans.values().stream().anyMatch(c -> c instanceof CheckPlan.UpliftEvaluation u
                        && u.target().equals(name));
                if (!evaluated) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot qini of needs an uplift estimate that "
                            + "an evaluate statement before it scored, as in evaluate " + name + " metrics qini");
                }
            }
            case "overlap" -> {
                EstimatePlan plan = declarations.results().get(name);
                if (plan == null || plan.estimator().design() != causal.estimate.Design.Kind.OBSERVATIONAL
                        || !plan.estimator().needsBinaryTreatment()) {
                    error(DiagnosticCode.TYPE_ERROR, p.subject().span(), "plot overlap of needs an estimate of a 0/1 "
                            + "treatment from observational data (ipw, psm, aipw, stratify, ols, …)");
                }
            }
            default -> unknown(DiagnosticCode.UNKNOWN_OPTION, p.kind().get().span(), kind, PLOT_KINDS, hint ->
                    "there is no plot of kind '" + kind + "'" + hint, "plots: " + String.join(", ", PLOT_KINDS));
        }
    }

    /** {@code power D}: D is an experiment with what a sample size needs (a baseline and an effect to detect). */
    private void checkPower(Stmt.Power p) {
        if (!requireDeclared(p.design())) {
            return;
        }
        DesignInfo design = declarations.designs().get(p.design().text());
        if (design == null) {
            if (!(declarations.all().get(p.design().text()) instanceof Stmt.Design)) {
                error(DiagnosticCode.UNKNOWN_DESIGN, p.design().span(), "'" + p.design().text()
                        + "' is not a design; power needs design " + p.design().text() + " = experiment(…)");
            }
            return;
        }
        if (!(design instanceof DesignInfo.Experiment e)) {
            error(DiagnosticCode.UNKNOWN_DESIGN, p.design().span(), "power needs an experiment design, and "
                    + p.design().text() + " is a " + design.kind() + " design");
            return;
        }
        if (plannable(e, p.span())) {
            designPlans.put(p, new DesignPlan.Power(e));
        }
    }

    /**
     * {@code simulate aa D n N runs R [seed S]}: D is an experiment on a conversion rate (its baseline); N units per
     * arm and R runs are whole numbers.
     */
    private void checkSimulateAa(Stmt.SimulateAa a) {
        if (!requireDeclared(a.design())) {
            return;
        }
        if (!(declarations.designs().get(a.design().text()) instanceof DesignInfo.Experiment e)) {
            error(DiagnosticCode.UNKNOWN_DESIGN, a.design().span(), "simulate aa needs an experiment design");
            return;
        }
        if (e.baseline().isEmpty() || e.sd().isPresent() || !(e.baseline().getAsDouble() > 0
                && e.baseline().getAsDouble() < 1)) {
            error(DiagnosticCode.BAD_OPTION_VALUE, a.design().span(), "simulate aa draws conversions: design "
                    + e.name() + " needs a baseline rate strictly between 0 and 1 (and no sd)");
            return;
        }
        OptionalLong n = whole(a.n(), "n", 2);
        OptionalLong runs = whole(a.runs(), "runs", 1);
        OptionalLong seed = a.seed().isPresent() ? whole(a.seed().get(), "seed", 0) : OptionalLong.of(-1);
        if (n.isPresent() && runs.isPresent() && seed.isPresent()) {
            int looks = (int) Math.min(DesignPlan.AaSimulation.LOOKS, n.getAsLong());
            designPlans.put(a, new DesignPlan.AaSimulation(e, n.getAsLong(), (int) runs.getAsLong(), looks,
                    seed.getAsLong() < 0 ? OptionalLong.empty() : seed));
        }
    }

    private OptionalLong whole(Expr value, String what, long least) {
        if (value instanceof Expr.Number number && number.value() == Math.rint(number.value())
                && number.value() >= least && number.value() <= 1e9 && !number.percent()) {
            return OptionalLong.of((long) number.value());
        }
        error(DiagnosticCode.BAD_OPTION_VALUE, value.span(), what + " is a whole number of at least " + least);
        return OptionalLong.empty();
    }

    /** Whether a sample size can be computed for {@code e}; reports what is missing at {@code span}. */
    private boolean plannable(DesignInfo.Experiment e, Span span) {
        if (e.baseline().isEmpty() || e.mde().isEmpty()) {
            error(DiagnosticCode.BAD_OPTION_VALUE, span, "power needs the design's baseline and mde (the "
                    + "smallest effect to detect): add baseline = … and mde = … to " + e.name());
            return false;
        }
        if (e.ratioMetric().isPresent() && (e.sd().isEmpty() || e.powerSd().isEmpty())) {
            error(DiagnosticCode.BAD_OPTION_VALUE, span, "power of a ratio metric needs sd (of the metric per unit), "
                    + "per_mean and per_sd (of " + e.ratioMetric().get().per() + " per unit) and, if they move "
                    + "together, their correlation: the delta method turns them into the ratio's sd");
            return false;
        }
        if (e.sd().isEmpty() && !(e.baseline().getAsDouble() > 0.0 && e.baseline().getAsDouble() < 1.0
                && e.baseline().getAsDouble() + e.mde().getAsDouble() > 0.0
                && e.baseline().getAsDouble() + e.mde().getAsDouble() < 1.0)) {
            error(DiagnosticCode.BAD_OPTION_VALUE, span, "without sd the metric is a proportion: baseline and "
                    + "baseline + mde must lie strictly between 0 and 1 (give sd = … for a continuous metric)");
            return false;
        }
        return true;
    }

    private static final List<String> PLOT_KINDS = List.of("balance", "power", "event_study", "rdd", "regret",
            "qini", "overlap");

    private void checkLater(Stmt s) {
        error(DiagnosticCode.NOT_AVAILABLE_YET, s.span(), LaterFeatures.message("'" + statementWord(s) + "'",
                LaterFeatures.PERSONALIZATION_WORK));
    }

    /**
     * {@code engine = spark("master")} or {@code engine = local}, before any data statement (the engine decides how
     * data is read).
     */
    private void checkEngine(Stmt.Engine e) {
        Expr.Call call = e.engine();
        String name = call.function().text();
        if (!name.equals("spark") && !name.equals("local")) {
            unknown(DiagnosticCode.UNKNOWN_FUNCTION, call.function().span(), name, List.of("spark", "local"), hint ->
                    "unknown engine '" + name + "'" + hint, "engines: local (in memory, the default), "
                    + "spark(\"local[*]\" | \"spark://host:7077\")");
            return;
        }
        boolean oneString = call.args().size() == 1 && call.args().get(0).name().isEmpty()
                && call.args().get(0).value() instanceof Expr.Str;
        if (name.equals("local") ? !call.args().isEmpty() : !(call.args().isEmpty() || oneString)) {
            error(DiagnosticCode.BAD_OPTION_VALUE, call.span(), name.equals("local") ? "engine = local takes nothing"
                    : "spark takes its master URL as one string, as in spark(\"local[*]\") or "
                    + "spark(\"spark://host:7077\")");
            return;
        }
        if (!declarations.datasets().isEmpty()) {
            error(DiagnosticCode.BAD_OPTION_VALUE, e.span(), "engine must come before the data it reads: move it to "
                    + "the top of the script");
        }
        // Whether Spark's module is installed is known when the script runs: check and the editor never load it.
    }

    private static String statementWord(Stmt s) {
        String simple = s.getClass().getSimpleName();
        return switch (simple) {
            case "SimulatePolicy", "SimulateAa" -> "simulate";
            default -> simple.toLowerCase();
        };
    }

    // --- shared by the checks ---

    void declare(Name name, Stmt stmt) {
        Stmt previous = declarations.all().get(name.text());
        if (previous != null) {
            error(DiagnosticCode.DUPLICATE_NAME, name.span(), "'" + name.text() + "' is already declared at line "
                    + previous.span().line() + "; choose another name");
            return;
        }
        declarations.declare(name.text(), stmt);
    }

    boolean requireDeclared(Name name) {
        if (declarations.all().containsKey(name.text())) {
            return true;
        }
        unknown(DiagnosticCode.UNKNOWN_RESULT, name.span(), name.text(), declarations.all().keySet(), hint ->
                "unknown name '" + name.text() + "'" + hint);
        return false;
    }

    void error(DiagnosticCode code, Span span, String message, String... notes) {
        diagnostics.add(Diagnostic.error(code, span, message, notes));
    }

    void warning(DiagnosticCode code, Span span, String message, String... notes) {
        diagnostics.add(Diagnostic.warning(code, span, message, notes));
    }

    /**
     * Reports an error about {@code name}, which is none of {@code known}: the message {@code withHint} makes of the
     * "did you mean" hint ({@link Suggestions#hint}), with the nearest known name as the diagnostic's suggestion
     * when exactly one is near.
     */
    void unknown(DiagnosticCode code, Span span, String name, Collection<String> known, UnaryOperator<String> withHint,
            String... notes) {
        List<String> near = Suggestions.closest(name, known);
        Diagnostic d = Diagnostic.error(code, span, withHint.apply(Suggestions.hint(near)), notes);
        diagnostics.add(near.size() == 1 ? d.withSuggestion(near.get(0)) : d);
    }

    /** Reports an error whose note names {@code set}, a valid adjustment set, which is also its suggestion. */
    void errorSuggestingSet(DiagnosticCode code, Span span, String message, List<String> set) {
        String written = "{" + String.join(", ", set) + "}";
        diagnostics.add(Diagnostic.error(code, span, message, "a valid set: " + written).withSuggestion(written));
    }

    /** Whether the file an export or plot writes is on this machine; a remote URL is an error at {@code span}. */
    private boolean writable(String path, Span span) {
        Optional<String> remote = ScriptPaths.remoteReason(path);
        remote.ifPresent(reason -> error(DiagnosticCode.BAD_OPTION_VALUE, span, reason));
        return remote.isEmpty();
    }

    /** A path the script wrote, resolved against the script's folder. */
    Path resolve(String path) {
        return ScriptPaths.resolve(source.name(), path);
    }

    SchemaProvider schemas() {
        return schemas;
    }

    Declarations declarations() {
        return declarations;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Map<Stmt.Estimate, EstimatePlan> estimates() {
        return estimates;
    }

    Map<Stmt, CheckPlan> checkPlans() {
        return checkPlans;
    }

    Map<Stmt, PersonalizationPlan> personalizationPlans() {
        return personalizationPlans;
    }

    Map<Stmt, GraphAnswer> graphAnswers() {
        return graphAnswers;
    }

    Map<Stmt, DesignPlan> designPlans() {
        return designPlans;
    }

    Map<Stmt.Identify, IdentifyPlan> identifications() {
        return identifications;
    }

    /** The one dataset / dag declared so far when the statement names none. */
    /**
     * What the most recent declaration of kind {@code kind} holds in {@code checked}; empty when its own checks
     * failed (their errors are already reported).
     */
    <T> Optional<T> mostRecent(Class<? extends Stmt> kind, Map<String, T> checked) {
        String last = null;
        for (Map.Entry<String, Stmt> d : declarations.all().entrySet()) {
            if (kind.isInstance(d.getValue())) {
                last = d.getKey();
            }
        }
        return last == null ? Optional.empty() : Optional.ofNullable(checked.get(last));
    }

    /** In the REPL, {@code in} and {@code under} left out mean the most recent dataset and DAG. */
    boolean interactive() {
        return interactive;
    }
}
