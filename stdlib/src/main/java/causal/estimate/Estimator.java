package causal.estimate;

import causal.data.NumericColumn;
import causal.data.Table;

import java.util.function.ToDoubleFunction;

/** A configured method that turns data and a query into an {@link Estimate}. */
public interface Estimator {
    /**
     * Estimates {@code query} on {@code data}, from which the caller has already removed the rows with a missing
     * value in any column the query uses. Not modified: data.
     *
     * @throws EstimationException when the data do not suit the method
     */
    Estimate estimate(Table data, EffectQuery query);

    /**
     * The point estimate for other values of the treatment on the same data, for checks that re-estimate many
     * times with only the treatment column changed (the permutation test): a function from a new treatment column,
     * one value per row of {@code data}, to {@code estimate(data with that column, query).value()}, computed with
     * less work where the estimator can (no standard errors, what does not depend on the treatment done once).
     * The function must be safe to call from several threads. By default, the full estimate each time.
     */
    default ToDoubleFunction<double[]> reassignedTreatment(Table data, EffectQuery query) {
        return treatment -> estimate(data.with(NumericColumn.of(query.treatment(), treatment)), query).value();
    }
}
