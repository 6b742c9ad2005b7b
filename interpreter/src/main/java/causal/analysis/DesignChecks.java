package causal.analysis;

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
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Checks {@code design} declarations: the kind is known, every argument is one the kind takes with a value of the
 * right sort, and the required ones are there. Columns are checked where the design meets a dataset (in an
 * {@code estimate}), since a design names no dataset of its own.
 */
final class DesignChecks {
    private static final List<String> EXPERIMENT_ARGS = List.of("arm", "control", "metric", "metrics", "baseline",
            "mde", "sd", "alpha", "power", "sides", "ratio", "cluster", "cluster_size", "icc", "per", "per_mean",
            "per_sd", "correlation");
    private static final List<String> DID_ARGS = List.of("unit", "time", "treated", "post");
    private static final List<String> PANEL_ARGS = List.of("unit", "time");
    private static final List<String> RDD_ARGS = List.of("running", "cutoff", "fuzzy", "balance");
    private static final List<String> ITS_ARGS = List.of("time", "intervention");

    private final Checker checker;

    DesignChecks(Checker checker) {
        this.checker = checker;
    }

    void check(Stmt.Design d) {
        String kind = d.spec().function().text();
        Optional<Map<String, Expr.Arg>> args = switch (kind) {
            case "experiment" -> arguments(d, EXPERIMENT_ARGS);
            case "did" -> arguments(d, DID_ARGS);
            case "panel" -> arguments(d, PANEL_ARGS);
            case "rdd" -> arguments(d, RDD_ARGS);
            case "its" -> arguments(d, ITS_ARGS);
            default -> {
                checker.unknown(DiagnosticCode.UNKNOWN_DESIGN, d.spec().function().span(), kind, List.of("experiment",
                        "did", "panel", "rdd", "its"), hint -> "unknown design '" + kind
                        + "': use experiment, did, panel, rdd or its" + hint);
                yield Optional.empty();
            }
        };
        if (args.isEmpty()) {
            return;
        }
        Optional<DesignInfo> info = switch (kind) {
            case "experiment" -> experiment(d, args.get());
            case "did" -> did(d, args.get());
            case "rdd" -> discontinuity(d, args.get());
            case "its" -> timeSeries(d, args.get());
            default -> panel(d, args.get());
        };
        info.ifPresent(i -> checker.declarations().putDesign(i.name(), i));
    }

    /** The named arguments by name; every one must be named, known and given once. */
    private Optional<Map<String, Expr.Arg>> arguments(Stmt.Design d, List<String> known) {
        Map<String, Expr.Arg> byName = new LinkedHashMap<>();
        boolean ok = true;
        for (Expr.Arg a : d.spec().args()) {
            if (a.name().isEmpty()) {
                ok = false;
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, a.span(), "name each argument of "
                        + d.spec().function().text() + "(…), as in " + known.get(0) + " = …");
                continue;
            }
            Name n = a.name().get();
            if (!known.contains(n.text())) {
                ok = false;
                checker.unknown(DiagnosticCode.UNKNOWN_OPTION, n.span(), n.text(), known, hint ->
                        d.spec().function().text() + " has no argument " + n.text() + hint + "; it takes "
                        + String.join(", ", known));
            } else if (byName.put(n.text(), a) != null) {
                ok = false;
                checker.error(DiagnosticCode.BAD_OPTION_VALUE, n.span(), n.text() + " is given twice");
            }
        }
        return ok ? Optional.of(byName) : Optional.empty();
    }

    private Optional<DesignInfo> experiment(Stmt.Design d, Map<String, Expr.Arg> args) {
        Reader r = new Reader(d, args);
        String arm = r.column("arm", true);
        Optional<String> control = r.level("control");
        List<String> metrics = new ArrayList<>();
        if (args.containsKey("metric") && args.containsKey("metrics")) {
            r.fail(args.get("metrics").span(), "give metric = … or metrics = {…}, not both");
        }
        Optional.ofNullable(r.column("metric", false)).ifPresent(metrics::add);
        metrics.addAll(r.columns("metrics"));
        OptionalDouble baseline = r.number("baseline", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        OptionalDouble mde = r.number("mde", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        OptionalDouble sd = r.number("sd", 0.0, Double.POSITIVE_INFINITY);
        double alpha = r.number("alpha", 0.0, 1.0).orElse(0.05);
        double power = r.number("power", 0.0, 1.0).orElse(0.8);
        double sides = r.number("sides", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).orElse(2.0);
        if (sides != 1.0 && sides != 2.0) {
            r.fail(args.get("sides").value().span(), "sides is 1 (one-sided) or 2 (two-sided)");
        }
        double ratio = r.number("ratio", 0.0, Double.POSITIVE_INFINITY).orElse(1.0);
        Optional<String> cluster = Optional.ofNullable(r.column("cluster", false));
        OptionalDouble clusterSize = r.number("cluster_size", 1.0, Double.POSITIVE_INFINITY);
        OptionalDouble icc = r.number("icc", 0.0, 1.0);
        if (mde.isPresent() && mde.getAsDouble() == 0.0) {
            r.fail(args.get("mde").value().span(), "mde is the smallest effect worth detecting; it cannot be 0");
        }
        Optional<String> per = Optional.ofNullable(r.column("per", false));
        OptionalDouble perMean = r.number("per_mean", 0.0, Double.POSITIVE_INFINITY);
        OptionalDouble perSd = r.number("per_sd", 0.0, Double.POSITIVE_INFINITY);
        OptionalDouble correlation = r.number("correlation", -1.0, 1.0);
        if (per.isEmpty() && (perMean.isPresent() || perSd.isPresent() || correlation.isPresent())) {
            r.fail(d.spec().span(), "per_mean, per_sd and correlation describe a ratio metric: add per = COLUMN, "
                    + "the denominator (revenue per = sessions)");
        }
        if (per.isPresent() && cluster.isPresent()) {
            r.fail(args.get("per").span(), "a ratio metric already treats each unit's rows as one: give per = … or "
                    + "cluster = …, not both");
        }
        if (!r.ok) {
            return Optional.empty();
        }
        return Optional.of(new DesignInfo.Experiment(d, arm, control, metrics, baseline, mde, sd, alpha, power,
                (int) sides, ratio, cluster, clusterSize, icc, per.map(c -> new DesignInfo.RatioMetric(c, perMean,
                perSd, correlation.orElse(0.0)))));
    }

    private Optional<DesignInfo> did(Stmt.Design d, Map<String, Expr.Arg> args) {
        Reader r = new Reader(d, args);
        String unit = r.column("unit", true);
        String time = r.column("time", true);
        String treated = r.column("treated", true);
        Expr post = null;
        if (!args.containsKey("post")) {
            r.fail(d.spec().span(), "did(…) needs post = …, the periods after treatment starts (a 0/1 column or a "
                    + "condition such as period >= 2020)");
        } else {
            post = args.get("post").value();
            DataChecks.checkCalls(checker, post);
        }
        if (!r.ok) {
            return Optional.empty();
        }
        return Optional.of(new DesignInfo.DifferenceInDifferences(d, unit, time, treated, post));
    }

    private Optional<DesignInfo> panel(Stmt.Design d, Map<String, Expr.Arg> args) {
        Reader r = new Reader(d, args);
        String unit = r.column("unit", true);
        String time = r.column("time", true);
        return r.ok ? Optional.of(new DesignInfo.Panel(d, unit, time)) : Optional.empty();
    }

    private Optional<DesignInfo> discontinuity(Stmt.Design d, Map<String, Expr.Arg> args) {
        Reader r = new Reader(d, args);
        String running = r.column("running", true);
        OptionalDouble cutoff = r.number("cutoff", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        if (!args.containsKey("cutoff")) {
            r.fail(d.spec().span(), "rdd(…) needs cutoff = NUMBER, the value of " + (running == null ? "the running "
                    + "variable" : running) + " where treatment switches");
        }
        Optional<String> fuzzy = Optional.ofNullable(r.column("fuzzy", false));
        List<String> balance = r.columns("balance");
        if (!r.ok) {
            return Optional.empty();
        }
        return Optional.of(new DesignInfo.RegressionDiscontinuity(d, running, cutoff.getAsDouble(), fuzzy, balance));
    }

    private Optional<DesignInfo> timeSeries(Stmt.Design d, Map<String, Expr.Arg> args) {
        Reader r = new Reader(d, args);
        String time = r.column("time", true);
        Expr.Arg intervention = args.get("intervention");
        OptionalDouble at = OptionalDouble.empty();
        Optional<String> column = Optional.empty();
        if (intervention == null) {
            r.fail(d.spec().span(), "its(…) needs intervention = the time it starts (a number) or a 0/1 column "
                    + "marking the periods from then on");
        } else if (intervention.value() instanceof Expr.Ref ref) {
            column = Optional.of(ref.name().text());
        } else {
            at = r.number("intervention", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        if (!r.ok) {
            return Optional.empty();
        }
        return Optional.of(new DesignInfo.InterruptedTimeSeries(d, time, at, column));
    }

    /** Reads typed arguments, reporting each bad one; {@link #ok} turns false at the first. */
    private final class Reader {
        private final Stmt.Design design;
        private final Map<String, Expr.Arg> args;
        private boolean ok = true;

        Reader(Stmt.Design design, Map<String, Expr.Arg> args) {
            this.design = design;
            this.args = args;
        }

        void fail(Span span, String message) {
            ok = false;
            checker.error(DiagnosticCode.BAD_OPTION_VALUE, span, message);
        }

        /** A column name; null when absent (an error if required). */
        String column(String name, boolean required) {
            Expr.Arg a = args.get(name);
            if (a == null) {
                if (required) {
                    fail(design.spec().span(), design.spec().function().text() + "(…) needs " + name + " = COLUMN");
                }
                return null;
            }
            if (a.value() instanceof Expr.Ref ref) {
                return ref.name().text();
            }
            fail(a.value().span(), name + " must be a column name, as in " + name + " = " + example(name));
            return null;
        }

        List<String> columns(String name) {
            Expr.Arg a = args.get(name);
            if (a == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (a.value() instanceof Expr.SetLit set) {
                for (Expr item : set.items()) {
                    if (item instanceof Expr.Ref ref) {
                        out.add(ref.name().text());
                    } else {
                        fail(item.span(), name + " lists column names, as in " + name + " = {converted, revenue}");
                    }
                }
            } else {
                fail(a.value().span(), name + " lists column names, as in " + name + " = {converted, revenue}");
            }
            return out;
        }

        /** The control arm's level as text: a string, a number or a word (e.g. control = "A", control = 0). */
        Optional<String> level(String name) {
            Expr.Arg a = args.get(name);
            if (a == null) {
                return Optional.empty();
            }
            if (a.value() instanceof Expr.Str s) {
                return Optional.of(s.value());
            }
            if (a.value() instanceof Expr.Number n && !n.percent()) {
                return Optional.of(n.value() == Math.rint(n.value()) ? Long.toString((long) n.value())
                        : Double.toString(n.value()));
            }
            if (a.value() instanceof Expr.Bool b) {
                return Optional.of(Boolean.toString(b.value()));
            }
            fail(a.value().span(), name + " is the control arm's value, as in control = \"A\" or control = 0");
            return Optional.empty();
        }

        /** A number in [low, high] (exclusive for 0 and 1 when those bound a probability); 5% reads as 0.05. */
        OptionalDouble number(String name, double low, double high) {
            Expr.Arg a = args.get(name);
            if (a == null) {
                return OptionalDouble.empty();
            }
            Expr v = a.value();
            double sign = 1.0;
            if (v instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE) {
                v = u.operand();
                sign = -1.0;
            }
            if (!(v instanceof Expr.Number n)) {
                fail(a.value().span(), name + " must be a number");
                return OptionalDouble.empty();
            }
            double x = sign * n.value();
            boolean probability = low == 0.0 && high == 1.0;
            boolean inside = probability ? x > 0.0 && x < 1.0 : x >= low && x <= high;
            if (!inside) {
                fail(a.value().span(), name + " must be " + (probability ? "strictly between 0 and 1"
                        : high == Double.POSITIVE_INFINITY ? "at least " + fmt(low) : "between " + fmt(low) + " and "
                        + fmt(high)) + ", not " + fmt(x));
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(x);
        }

        private String example(String name) {
            return Set.of("arm", "treated").contains(name) ? "variant" : Set.of("unit", "cluster").contains(name)
                    ? "store" : name.equals("time") ? "period" : "converted";
        }

        private String fmt(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }
    }
}
