package causal.estimate;

/** An estimator option with a value it cannot take, or an option the estimator does not have. */
public class OptionException extends RuntimeException {
    private final String option;

    public OptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option's name as the script wrote it. */
    public String option() {
        return option;
    }
}
