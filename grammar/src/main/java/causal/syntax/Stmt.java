package causal.syntax;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Statements of a script (LANGUAGE.md). Every record carries the span of the whole statement. */
public sealed interface Stmt {
    Span span();

    /** {@code data NAME = SOURCE} */
    record Data(Name name, DataSource source, Span span) implements Stmt {}

    /** {@code dag NAME { … }}, {@code dag NAME = dag of MODEL}, {@code dag NAME = dagitty("…")}. */
    record Dag(Name name, DagBody body, Span span) implements Stmt {}

    /** {@code model NAME { … }} */
    record Model(Name name, List<ModelLine> lines, Span span) implements Stmt {
        public Model {
            lines = List.copyOf(lines);
        }
    }

    /**
     * {@code [let NAME =] estimate ESTIMAND of T on Y [in D] [under G] [adjust by S] [controlling for {…}]
     * [using E(…)] [correct by M]}. Treatments and outcomes are lists: {@code of {a, b}}, {@code on {y1, y2}}.
     */
    record Estimate(Optional<Name> name, Estimand estimand, List<Name> treatments, List<Name> outcomes,
                    Optional<Name> data, Optional<Name> dag, Optional<Strategy> strategy, List<Name> controls,
                    Optional<Expr.Call> estimator, Optional<Name> correction, Span span) implements Stmt {
        public Estimate {
            treatments = List.copyOf(treatments);
            outcomes = List.copyOf(outcomes);
            controls = List.copyOf(controls);
        }
    }

    /** {@code [let NAME =] identify ESTIMAND of T on Y [under G]} */
    record Identify(Optional<Name> name, Estimand estimand, List<Name> treatments, List<Name> outcomes, Optional<Name> dag, Span span)
            implements Stmt {
        public Identify {
            treatments = List.copyOf(treatments);
            outcomes = List.copyOf(outcomes);
        }
    }

    /** {@code paths of T to Y [under G] [given {…}]} */
    record Paths(Name treatment, Name outcome, Optional<Name> dag, List<Name> given, Span span) implements Stmt {
        public Paths {
            given = List.copyOf(given);
        }
    }

    /** {@code implications of G} */
    record Implications(Name dag, Span span) implements Stmt {}

    /** {@code test G against D} */
    record Test(Name dag, Name data, Span span) implements Stmt {}

    /** {@code design NAME = experiment(…) | did(…) | panel(…) | rdd(…)} */
    record Design(Name name, Expr.Call spec, Span span) implements Stmt {}

    /** {@code power DESIGN} */
    record Power(Name design, Span span) implements Stmt {}

    /** {@code refute E using REFUTER(…)} */
    record Refute(Name target, Expr.Call refuter, Span span) implements Stmt {}

    /** {@code sensitivity of E using METHOD(…)} */
    record Sensitivity(Name target, Expr.Call method, Span span) implements Stmt {}

    /** {@code decompose E} (Goodman-Bacon) */
    record Decompose(Name target, Span span) implements Stmt {}

    /** {@code recommender NAME = ALGO(…) on DATA(user = …, item = …, rating = … | event = …)} */
    record Recommender(Name name, Expr.Call algorithm, Name data, List<Expr.Arg> roles, Span span) implements Stmt {
        public Recommender {
            roles = List.copyOf(roles);
        }
    }

    /** {@code policy NAME = POLICY(…)} */
    record Policy(Name name, Expr.Call policy, Span span) implements Stmt {}

    /**
     * The three {@code evaluate} forms: a recommender ({@code evaluate R on D split 0.2 seed 7 [by time|user]
     * metrics …}), a policy offline ({@code evaluate P offline on D(action = …, …) using ips, …}) and an
     * uplift result ({@code evaluate tau metrics qini, auuc}).
     */
    record Evaluate(Name subject, boolean offline, Optional<Name> data, List<Expr.Arg> roles, Optional<Expr> split,
                    Optional<Expr> seed, Optional<Name> splitBy, List<Metric> metrics, List<Name> methods,
                    List<Expr.Arg> options, Span span)
            implements Stmt {
        public Evaluate {
            roles = List.copyOf(roles);
            metrics = List.copyOf(metrics);
            methods = List.copyOf(methods);
            options = List.copyOf(options);
        }
    }

    /** {@code recommend K for user U using R} */
    record Recommend(Expr count, Expr user, Name recommender, Span span) implements Stmt {}

    /** {@code simulate P[, Q…] on ENV rounds N [seed S]}: ENV is {@code bernoulli_arms(…)} or a dataset. */
    record SimulatePolicy(List<Name> policies, Expr environment, Expr rounds, Optional<Expr> seed,
                          List<Expr.Arg> options, Span span)
            implements Stmt {
        public SimulatePolicy {
            policies = List.copyOf(policies);
            options = List.copyOf(options);
        }
    }

    /** {@code simulate aa DESIGN n N runs R [seed S]} */
    record SimulateAa(Name design, Expr n, Expr runs, Optional<Expr> seed, Span span) implements Stmt {}

    /** {@code target E top 20%} or {@code target E where COND} */
    record Target(Name subject, Optional<Expr> top, Optional<Expr> where, Span span) implements Stmt {}

    /** {@code print NAME} */
    record Print(Name subject, Span span) implements Stmt {}

    /** {@code plot [KIND of] NAME to "file.svg"}: KIND is balance, overlap, power, qini, event_study, regret, rdd. */
    record Plot(Optional<Name> kind, Name subject, String path, Span span) implements Stmt {}

    /** {@code export NAME to "file"} */
    record Export(Name subject, String path, Span span) implements Stmt {}

    /** {@code engine = spark("local[*]")} */
    record Engine(Expr.Call engine, Span span) implements Stmt {}

    /** {@code ATE}, {@code ATT}, {@code ATC}, {@code LATE}, {@code CATE by x1, x2}. */
    record Estimand(EstimandKind kind, List<Name> by, Span span) {
        public Estimand {
            by = List.copyOf(by);
        }
    }

    enum EstimandKind { ATE, ATT, ATC, CATE, LATE }

    /** A metric such as {@code rmse} or {@code precision@10}. */
    record Metric(Name name, OptionalInt k, Span span) {}

    /** {@code adjust by …} */
    sealed interface Strategy {
        Span span();

        /** {@code backdoor}, {@code backdoor {a, b}} or just {@code {a, b}}; an empty set means "find one". */
        record Backdoor(Optional<List<Name>> set, Span span) implements Strategy {}

        record Frontdoor(Optional<List<Name>> set, Span span) implements Strategy {}

        record Instruments(Optional<List<Name>> set, Span span) implements Strategy {}

        record None(Span span) implements Strategy {}

        /** The name of a declared design (experiment, did, panel, rdd). */
        record Design(Name design, Span span) implements Strategy {}
    }

    /** Where a dataset comes from, possibly filtered and extended. */
    sealed interface DataSource {
        Span span();

        /** {@code csv("path")}, {@code parquet("glob")}, {@code sql("query")}, with optional named options. */
        record Read(Format format, String location, List<Expr.Arg> options, Span span) implements DataSource {
            public Read {
                options = List.copyOf(options);
            }
        }

        /** {@code simulate MODEL n N [seed S]} */
        record Simulate(Name model, Expr n, Optional<Expr> seed, Span span) implements DataSource {}

        /** Another dataset by name. */
        record Ref(Name name) implements DataSource {
            @Override
            public Span span() {
                return name.span();
            }
        }

        /** {@code SOURCE where COND} */
        record Where(DataSource input, Expr condition, Span span) implements DataSource {}

        /** {@code SOURCE with { a = …, b = … }} */
        record With(DataSource input, List<Assignment> assignments, Span span) implements DataSource {
            public With {
                assignments = List.copyOf(assignments);
            }
        }

        enum Format { CSV, PARQUET, SQL }
    }

    /** {@code name = expr} inside {@code with { … }}. */
    record Assignment(Name name, Expr value, Span span) {}

    /** The body of a {@code dag} declaration. */
    sealed interface DagBody {
        Span span();

        record Block(List<DagLine> lines, Span span) implements DagBody {
            public Block {
                lines = List.copyOf(lines);
            }
        }

        /** {@code dag of MODEL} */
        record OfModel(Name model, Span span) implements DagBody {}

        /** {@code dagitty("…")} (fromFile false) or {@code dagitty(file "g.dagitty")} (fromFile true, text is the path). */
        record Dagitty(String text, boolean fromFile, Span span) implements DagBody {}
    }

    /**
     * One line of a dag block: groups of nodes joined by arrows, e.g. {@code a, b -> c <- d}; a line with a single
     * group and no arrow only declares nodes (e.g. {@code ability [latent]}). {@code groups.size() == arrows.size() + 1}.
     */
    record DagLine(List<List<DagNode>> groups, List<Arrow> arrows, Span span) {
        public DagLine {
            groups = groups.stream().map(List::copyOf).toList();
            arrows = List.copyOf(arrows);
        }
    }

    /** A node mention with optional attributes: {@code ability [latent]}. */
    record DagNode(Name name, List<Name> attributes) {
        public DagNode {
            attributes = List.copyOf(attributes);
        }
    }

    enum Arrow { FORWARD, BACKWARD, BIDIRECTED }

    /** {@code [latent] NAME ~ DIST} or {@code [latent] NAME = EXPR} inside a model. */
    record ModelLine(boolean latent, Name variable, boolean drawn, Expr value, Span span) {}
}
