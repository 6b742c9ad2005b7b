package causal.uplift;

/** An option an uplift learner, metric or targeting rule does not take, or a value it cannot take. */
public class UpliftOptionException extends UpliftException {
    private final String option;

    public UpliftOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option's name as the script wrote it. */
    public String option() {
        return option;
    }
}
