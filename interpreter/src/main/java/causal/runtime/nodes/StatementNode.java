package causal.runtime.nodes;

import causal.runtime.CausalContext;
import causal.runtime.CausalException;
import causal.runtime.Failures;
import causal.runtime.RunSession;
import causal.syntax.Span;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * One statement of a script. Subclasses do their work in {@link #run}; errors of data and methods from the stdlib
 * become {@link CausalException}s at the statement's span here, once.
 */
public abstract class StatementNode extends Node {
    private final Span span;

    protected StatementNode(Span span) {
        this.span = span;
    }

    public Span span() {
        return span;
    }

    public final void execute(VirtualFrame frame) {
        runGuarded(CausalContext.get(this).session());
    }

    @TruffleBoundary
    private void runGuarded(RunSession session) {
        try {
            run(session);
        } catch (RuntimeException e) {
            CausalException c = Failures.of(e, span);
            if (c == null) {
                throw e;
            }
            throw c;
        }
    }

    /** The statement's work, on the host side of the boundary: stdlib calls, I/O, results to the sink. */
    protected abstract void run(RunSession session);
}
