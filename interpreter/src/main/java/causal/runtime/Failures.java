package causal.runtime;

import causal.analysis.Analysis;
import causal.data.DataException;
import causal.engine.EngineException;
import causal.estimate.EstimationException;
import causal.syntax.Diagnostic;
import causal.syntax.DiagnosticCode;
import causal.syntax.Span;

import java.util.Optional;

/** Turns whatever stopped a statement into the diagnostic the user sees. */
public final class Failures {
    private Failures() {
    }

    /** A runtime error of the user's data or method, at the statement's span. */
    public static CausalException of(RuntimeException e, Span span) {
        if (e instanceof CausalException c) {
            return c;
        }
        if (e instanceof DataException d) {
            return CausalException.at(span, d.location() + ": " + d.getMessage(), d.location());
        }
        if (e instanceof EngineException x) {
            return CausalException.at(span, x.getMessage());
        }
        if (e instanceof EstimationException x) {
            return x.location().map(l -> CausalException.at(span, l + ": " + x.getMessage(), l))
                    .orElseGet(() -> CausalException.at(span, x.getMessage()));
        }
        return null;
    }

    static RunFailure runtime(CausalException e) {
        return new RunFailure(Diagnostic.error(DiagnosticCode.RUNTIME_ERROR, e.span(), e.getMessage()),
                Optional.empty());
    }

    static RunFailure internal(Analysis analysis, Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new RunFailure(Diagnostic.error(DiagnosticCode.INTERNAL_ERROR, Span.nowhere(analysis.source().name()),
                "internal error: " + what, "this is a bug in Causal; please report it with the script (run with "
                        + "--debug for the Java stack trace)"), Optional.of(e));
    }

    static RunFailure internal(Span span, Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new RunFailure(Diagnostic.error(DiagnosticCode.INTERNAL_ERROR, span, "internal error: " + what,
                "this is a bug in Causal; please report it with the script (run with --debug for the Java stack "
                        + "trace)"), Optional.of(e));
    }

    /** Called by the root node when a statement fails. */
    public static void record(RunSession session, CausalException e) {
        session.fail(runtime(e));
    }

    public static void recordInternal(RunSession session, Span span, Throwable e) {
        session.fail(internal(span, e));
    }
}
