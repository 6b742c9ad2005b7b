package causal.runtime;

import causal.data.DataLocation;
import causal.syntax.Span;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

import java.util.Optional;

/**
 * A runtime error of a script: bad data, a method that cannot run on this data. Carries the statement's (or
 * expression's) span and, for data errors, the file, row and column, so the user sees both.
 */
public final class CausalException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final transient Span span;
    private final transient DataLocation dataLocation;

    private CausalException(String message, Node node, Span span, DataLocation dataLocation) {
        super(message, node);
        this.span = span;
        this.dataLocation = dataLocation;
    }

    public static CausalException at(Span span, String message) {
        return new CausalException(message, null, span, null);
    }

    public static CausalException at(Span span, String message, DataLocation location) {
        return new CausalException(message, null, span, location);
    }

    public static CausalException at(Node node, Span span, String message) {
        return new CausalException(message, node, span, null);
    }

    public Span span() {
        return span;
    }

    public Optional<DataLocation> dataLocation() {
        return Optional.ofNullable(dataLocation);
    }
}
