package causal.recommend;

/** The two parts of a {@link Split}: interactions to fit on and interactions to test on, over the same ids. */
public record TrainTestSplit(Interactions training, Interactions test) {
}
