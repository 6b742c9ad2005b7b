package causal.runtime;

import causal.syntax.Diagnostic;

import java.util.Optional;

/** Why a run stopped: the diagnostic to show, and for an internal error (a bug) the Java exception behind it. */
public record RunFailure(Diagnostic diagnostic, Optional<Throwable> internal) {
}
