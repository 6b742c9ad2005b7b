package causal.stream;

import causal.learn.DesignMatrix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a streamed linear regression {@code outcome ~ 1 + regressors}, optionally weighted by {@code weight}
 * (R's {@code lm(weights = …)}). A row is used only when it has a value in all of these and in {@code alsoComplete}
 * (say, the cluster column of a later pass), so that every pass of one estimate drops the same rows.
 */
public record RegressionColumns(List<String> regressors, String outcome, Optional<String> weight,
                                List<String> alsoComplete) {
    public RegressionColumns {
        regressors = List.copyOf(regressors);
        alsoComplete = List.copyOf(alsoComplete);
        if (new LinkedHashSet<>(regressors).size() != regressors.size()) {
            throw new StreamException("a regressor is listed twice: " + String.join(", ", regressors));
        }
        if (regressors.contains(outcome)) {
            throw new StreamException("the outcome " + outcome + " is also a regressor");
        }
    }

    /** Unweighted, with no further columns. */
    public RegressionColumns(List<String> regressors, String outcome) {
        this(regressors, outcome, Optional.empty(), List.of());
    }

    /** The coefficients' names: the intercept, then the regressors. */
    public List<String> coefficientNames() {
        List<String> names = new ArrayList<>();
        names.add(DesignMatrix.INTERCEPT);
        names.addAll(regressors);
        return names;
    }

    /** Every column a pass reads, each once: regressors, outcome, weight, then the others. */
    public List<String> columns() {
        LinkedHashSet<String> all = new LinkedHashSet<>(regressors);
        all.add(outcome);
        weight.ifPresent(all::add);
        all.addAll(alsoComplete);
        return new ArrayList<>(all);
    }

    /**
     * Checks that {@code fit} has this regression's coefficients: an intercept and one per regressor.
     *
     * @throws StreamException when the counts differ
     */
    void requireFitOf(causal.learn.LinearFit fit) {
        if (fit.parameters() != regressors.size() + 1) {
            throw new StreamException("the fit has " + fit.parameters() + " coefficients, but the regression "
                    + regressors.size() + " regressors and an intercept");
        }
    }
}
