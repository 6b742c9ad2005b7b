package causal.runtime;

import causal.analysis.Analysis;
import causal.output.ResultSink;
import causal.plot.PictureWarmUp;
import causal.syntax.Stmt;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

import java.util.Optional;

/** Runs a checked script on the Truffle language and reports each result to a sink as it comes. */
public final class Runner {
    /** The master of {@code --engine spark} and {@code engine = spark()}: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    /**
     * The session being evaluated on this thread, which the language takes when it parses the script
     * ({@link CausalContext#session}). Not the polyglot bindings: putting a host object there builds Truffle's
     * interop dispatch for it, about 20 ms of every run's start on cold code.
     */
    private static final ThreadLocal<RunSession> EVALUATING = new ThreadLocal<>();

    private Runner() {
    }

    /**
     * Runs {@code analysis}, which must have no errors. Returns the failure that stopped the run, if any; results
     * produced before it have already reached {@code sink}.
     */
    public static Optional<RunFailure> run(Analysis analysis, RunOptions options, ResultSink sink) {
        if (analysis.hasErrors()) {
            throw new IllegalArgumentException("a script with check errors cannot run");
        }
        return run(new RunSession(analysis, options, sink));
    }

    /** The session evaluated on this thread; empty outside {@link #run(RunSession)}. */
    static Optional<RunSession> evaluating() {
        return Optional.ofNullable(EVALUATING.get());
    }

    /** A context of the language on {@code engine}: every context of one engine must be configured alike. */
    static Context.Builder contextBuilder(Engine engine) {
        return Context.newBuilder(CausalLanguage.ID)
                .engine(engine)
                .allowHostAccess(HostAccess.ALL)
                .allowPolyglotAccess(PolyglotAccess.ALL)
                .allowCreateThread(true);
    }

    /** Runs the session's statements (those from its first offset on) in a fresh context. */
    public static Optional<RunFailure> run(RunSession session) {
        Analysis analysis = session.analysis();
        if (analysis.hasErrors()) {
            throw new IllegalArgumentException("a script with check errors cannot run");
        }
        try {
            String engine = session.options().engine();
            if (!engine.isEmpty() && session.engine().isEmpty()) {
                int colon = engine.indexOf(':');
                session.useEngine(colon < 0 ? engine : engine.substring(0, colon),
                        colon < 0 ? DEFAULT_MASTER : engine.substring(colon + 1), null);
            }
        } catch (CausalException e) {
            // --engine names no place in the script: the error points at its start.
            session.fail(new RunFailure(causal.syntax.Diagnostic.error(causal.syntax.DiagnosticCode.RUNTIME_ERROR,
                    new causal.syntax.Span(analysis.source().name(), 1, 1, 0, 0), "--engine: " + e.getMessage()),
                    Optional.empty()));
            return session.failure();
        }
        if (analysis.script().statements().stream().anyMatch(s -> s instanceof Stmt.Plot)) {
            // Java2D, fonts and the SVG generator start on a spare core while the engine and the data get ready.
            PictureWarmUp.startInBackground();
        }
        try (Context context = contextBuilder(SharedEngine.get()).build()) {
            EVALUATING.set(session);
            try {
                // Not cached: the nodes come from this session's analysis, not from the text alone.
                context.eval(Source.newBuilder(CausalLanguage.ID, analysis.source().text(), analysis.source().name())
                        .cached(false).buildLiteral());
            } finally {
                EVALUATING.remove();
            }
        } catch (PolyglotException e) {
            if (session.failure().isEmpty()) {
                session.fail(Failures.internal(analysis, e));
            }
        }
        return session.failure();
    }
}
