package causal.recommend;

/**
 * The {@code popular} recommender: every user gets the items most users interacted with, whatever their value
 * (the number of distinct users, ties to the lower item index). The baseline any personal method must beat.
 */
public final class Popularity implements Recommender {

    @Override
    public TrainedRecommender fit(Interactions data) {
        double[] users = new double[data.itemCount()];
        for (int i = 0; i < users.length; i++) {
            users[i] = data.byItem().length(i);
        }
        return new Trained(data, users);
    }

    private static final class Trained implements TrainedRecommender {
        private final Interactions training;
        private final double[] userCounts;

        Trained(Interactions training, double[] userCounts) {
            this.training = training;
            this.userCounts = userCounts;
        }

        @Override
        public Interactions training() {
            return training;
        }

        @Override
        public String method() {
            return "popular";
        }

        @Override
        public double score(int user, int item) {
            return userCounts[item];
        }

        @Override
        public void scores(int user, double[] into) {
            System.arraycopy(userCounts, 0, into, 0, into.length);
        }
    }
}
