package causal.syntax;

import java.util.HashSet;
import java.util.Set;

/** Clauses that may come in any order but at most once each, as in {@code estimate … using … in …}. */
final class ClausesSeen {
    private final String statement;
    private final Set<String> seen = new HashSet<>();

    ClausesSeen(String statement) {
        this.statement = statement;
    }

    /** Records clause {@code words} at {@code span}; a second one is a syntax error naming the clause. */
    void once(String words, Span span) {
        if (!seen.add(words)) {
            throw new SyntaxRejection(span, "the '" + words + "' clause is given twice: "
                    + statement + " takes each clause at most once");
        }
    }
}
