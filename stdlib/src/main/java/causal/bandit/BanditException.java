package causal.bandit;

import causal.data.DataLocation;
import java.util.Optional;

/**
 * A bandit policy, simulation or off-policy evaluation cannot run on its inputs (a propensity outside (0, 1], an
 * action that is not an arm, an unknown option…). The message says which input and why, in words, starting lower
 * case and without a final period; {@link #location()} names the table cell when the input came from a table, and
 * {@link #option()} the option when a script's option was at fault.
 */
public final class BanditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DataLocation location;
    private final String option;

    public BanditException(String message) {
        this(message, null, null);
    }

    public BanditException(String message, DataLocation location) {
        this(message, location, null);
    }

    private BanditException(String message, DataLocation location, String option) {
        super(message);
        this.location = location;
        this.option = option;
    }

    /** A bad value of the option {@code option}, or an option that does not exist. */
    public static BanditException option(String option, String message) {
        return new BanditException(message, null, option);
    }

    /** The table cell, row or column at fault, when the input came from a table. */
    public Optional<DataLocation> location() {
        return Optional.ofNullable(location);
    }

    /** The option's name as the script wrote it, when an option was at fault. */
    public Optional<String> option() {
        return Optional.ofNullable(option);
    }
}
