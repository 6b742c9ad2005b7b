package causal.recommend;

/** A recommender option the recommender does not take, or a value it cannot take: {@code als(factors = 0)}. */
public class RecommenderOptionException extends RecommenderException {
    private final String option;

    public RecommenderOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option's name as the script wrote it. */
    public String option() {
        return option;
    }
}
