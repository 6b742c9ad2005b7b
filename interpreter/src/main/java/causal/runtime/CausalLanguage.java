package causal.runtime;

import causal.runtime.nodes.ScriptRootNode;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;

/**
 * The Causal language for Truffle. Parsing and checking happen before: the host hands the checked
 * {@link causal.analysis.Analysis} in through the session, and {@link #parse} only turns its statements into nodes.
 */
@TruffleLanguage.Registration(id = CausalLanguage.ID, name = "Causal", version = "0.1",
        characterMimeTypes = CausalLanguage.MIME_TYPE, defaultMimeType = CausalLanguage.MIME_TYPE,
        fileTypeDetectors = {})
public final class CausalLanguage extends TruffleLanguage<CausalContext> {
    public static final String ID = "causal";
    public static final String MIME_TYPE = "application/x-causal";

    private static final LanguageReference<CausalLanguage> REFERENCE = LanguageReference.create(CausalLanguage.class);

    public static CausalLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected CausalContext createContext(Env env) {
        return new CausalContext(env);
    }

    /** Model simulation runs its chunks on several Truffle threads of one context; the nodes hold no state. */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        RunSession session = CausalContext.get(null).session();
        return ScriptRootNode.create(this, session.analysis(), session.firstOffset()).getCallTarget();
    }
}
