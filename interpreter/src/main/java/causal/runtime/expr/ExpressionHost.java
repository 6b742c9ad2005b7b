package causal.runtime.expr;

import com.oracle.truffle.api.TruffleLanguage;

import java.util.concurrent.ThreadFactory;

/**
 * Where expression nodes run: the language their root nodes belong to and how worker threads are made. Inside a
 * running script this is the Causal language and Truffle threads that enter its context (Truffle requires nodes to
 * run in the context whose sharing layer they belong to); standalone — tests, benchmarks, plain Java — it is no
 * language and plain threads.
 */
public record ExpressionHost(TruffleLanguage<?> language, ThreadFactory threads) {
    public static final ExpressionHost STANDALONE = new ExpressionHost(null, runnable -> new Thread(runnable));
}
