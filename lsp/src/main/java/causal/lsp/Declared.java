package causal.lsp;

import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.Optional;

/** The name a declaring statement gives, with its place: what go-to-definition jumps to. */
final class Declared {
    private Declared() {
    }

    static Optional<Name> nameOf(Stmt s) {
        if (s instanceof Stmt.Data d) {
            return Optional.of(d.name());
        }
        if (s instanceof Stmt.Dag d) {
            return Optional.of(d.name());
        }
        if (s instanceof Stmt.Model m) {
            return Optional.of(m.name());
        }
        if (s instanceof Stmt.Design d) {
            return Optional.of(d.name());
        }
        if (s instanceof Stmt.Estimate e) {
            return e.name();
        }
        if (s instanceof Stmt.Identify i) {
            return i.name();
        }
        if (s instanceof Stmt.Recommender r) {
            return Optional.of(r.name());
        }
        if (s instanceof Stmt.Policy p) {
            return Optional.of(p.name());
        }
        return Optional.empty();
    }
}
