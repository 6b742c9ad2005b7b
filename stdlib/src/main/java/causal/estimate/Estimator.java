package causal.estimate;

import causal.data.Table;

/** A configured method that turns data and a query into an {@link Estimate}. */
public interface Estimator {
    /**
     * Estimates {@code query} on {@code data}, from which the caller has already removed the rows with a missing
     * value in any column the query uses. Not modified: data.
     *
     * @throws EstimationException when the data do not suit the method
     */
    Estimate estimate(Table data, EffectQuery query);
}
