package causal.runtime.nodes;

import causal.analysis.Analysis;
import causal.runtime.CausalContext;
import causal.runtime.CausalException;
import causal.runtime.CausalLanguage;
import causal.runtime.Failures;
import causal.syntax.Stmt;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import java.util.ArrayList;
import java.util.List;

/** A whole script: its statements in order. The first failing statement stops the run; its error is recorded. */
public final class ScriptRootNode extends RootNode {
    @Children private final StatementNode[] statements;

    private ScriptRootNode(CausalLanguage language, StatementNode[] statements) {
        super(language);
        this.statements = statements;
    }

    /** The nodes of the statements at or after {@code firstOffset} (0: the whole script). */
    public static ScriptRootNode create(CausalLanguage language, Analysis analysis, int firstOffset) {
        List<StatementNode> nodes = new ArrayList<>();
        for (Stmt s : analysis.script().statements()) {
            if (s.span().offset() < firstOffset) {
                continue;
            }
            StatementNode node = StatementNodes.create(s, analysis);
            if (node != null) {
                nodes.add(node);
            }
        }
        return new ScriptRootNode(language, nodes.toArray(new StatementNode[0]));
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        for (StatementNode s : statements) {
            if (cancelled()) {
                return 2;
            }
            try {
                s.execute(frame);
            } catch (CausalException e) {
                fail(s, e);
                return 2;
            } catch (OutOfMemoryError e) {
                fail(s, outOfMemory(s));
                return 2;
            } catch (RuntimeException | StackOverflowError e) {
                failInternal(s, e);
                return 2;
            }
        }
        return 0;
    }

    /** The REPL cancels a run by interrupting its thread (Ctrl-C); the run stops before the next statement. */
    @TruffleBoundary
    private static boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }

    @TruffleBoundary
    private void fail(StatementNode s, CausalException e) {
        Failures.record(CausalContext.get(this).session(), e);
    }

    /**
     * Running out of heap is the data's size, not a bug: say how much there was and the two ways out. (The
     * statement's arrays are unreachable by now, so there is room for the message.)
     */
    @TruffleBoundary
    private static CausalException outOfMemory(StatementNode s) {
        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        return CausalException.at(s.span(), "out of memory: this statement needs more than the " + megabytes
                + " MB the Java heap may use. Data read with parquet(…) or sql(…) is streamed by ols, ipw, the "
                + "experiment comparisons and twfe instead of held (see Streaming in docs/language.md); or give Java "
                + "more memory, as in CAUSAL_JAVA_OPTS=-Xmx" + Math.max(2, 2 * megabytes >> 10) + "g");
    }

    @TruffleBoundary
    private void failInternal(StatementNode s, Throwable e) {
        Failures.recordInternal(CausalContext.get(this).session(), s.span(), e);
    }

    @Override
    public String getName() {
        return "script";
    }
}
