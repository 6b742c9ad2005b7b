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

    /** The session the host put in the polyglot bindings before evaluating the script. */
    public RunSession session() {
        if (session == null) {
            Object bound = env.importSymbol(RunSession.BINDING);
            if (bound == null || !env.isHostObject(bound) || !(env.asHostObject(bound) instanceof RunSession s)) {
                throw new IllegalStateException("no run session in the polyglot bindings");
            }
            session = s;
        }
        return session;
    }
}
