package causal.estimate;

/** One of the models of {@code dml}: its nuisance functions cross-fitted on one sample split and its score solved. */
sealed interface DoubleMachineLearningModel permits PartiallyLinearModel, InteractiveModel {

    /**
     * The estimate on the split {@code fold} (the fold, {@code 0 .. folds-1}, of each row): every nuisance function
     * is predicted for the rows of a fold by a learner fitted on the other folds.
     *
     * @throws EstimationException when a nuisance model cannot be fitted on some fold's complement
     */
    SplitEstimate estimate(int[] fold, int folds);

    /** The model and its learners in words, for the estimate's notes. */
    String description();
}
