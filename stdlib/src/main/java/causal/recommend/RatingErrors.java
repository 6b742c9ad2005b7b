package causal.recommend;

/** The errors of a rating model on test ratings: sums per user in parallel, added in user order. */
record RatingErrors(double meanSquared, double meanAbsolute) {

    static RatingErrors of(TrainedRecommender model, SparseRows test) {
        int users = test.rowCount();
        double[] squares = new double[users];
        double[] absolutes = new double[users];
        ParallelBlocks.forEach(users, (start, end) -> {
            for (int u = start; u < end; u++) {
                for (int p = test.start(u); p < test.end(u); p++) {
                    double error = model.predict(u, test.column(p)) - test.value(p);
                    squares[u] += error * error;
                    absolutes[u] += Math.abs(error);
                }
            }
        });
        double squared = 0;
        double absolute = 0;
        for (int u = 0; u < users; u++) {
            squared += squares[u];
            absolute += absolutes[u];
        }
        return new RatingErrors(squared / test.size(), absolute / test.size());
    }
}
