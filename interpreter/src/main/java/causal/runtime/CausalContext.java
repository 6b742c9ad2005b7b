package causal.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

/** The per-context state of the language: the host session it reports to. */
public final class CausalContext {
    private static final TruffleLanguage.ContextReference<CausalContext> REFERENCE =
            TruffleLanguage.ContextReference.create(CausalLanguage.class);

    private final TruffleLanguage.Env env;
    private RunSession session;

    CausalContext(TruffleLanguage.Env env) {
        this.env = env;
    }

    public static CausalContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** How expression nodes of this context run: as nodes of the language, on Truffle threads of the context. */
    public causal.runtime.expr.ExpressionHost expressionHost(CausalLanguage language) {
        return new causal.runtime.expr.ExpressionHost(language, runnable -> env.newTruffleThreadBuilder(runnable)
                .build());
    }

    /**
     * The session the host is evaluating: taken on the evaluating thread when the script is parsed (the first call),
     * kept for the context's other threads.
     */
    public RunSession session() {
        if (session == null) {
            session = Runner.evaluating().orElseThrow(
                    () -> new IllegalStateException("no run session is being evaluated on this thread"));
        }
        return session;
    }
}
