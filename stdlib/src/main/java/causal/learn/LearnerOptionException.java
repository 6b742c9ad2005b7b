package causal.learn;

/** A learner option the learner does not have, or a value it cannot take: {@code forest(trees = 0)}. */
public class LearnerOptionException extends RuntimeException {
    private final String option;

    public LearnerOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option's name as the script wrote it. */
    public String option() {
        return option;
    }
}
