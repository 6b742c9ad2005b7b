package causal.estimate;

import causal.data.Table;

/**
 * An estimator whose point estimate on a resample equals its estimate with each row weighted by the number of times
 * the resample drew it. The bootstrap then weights one prepared design instead of copying the rows for every
 * resample: the same resamples and, up to rounding, the same estimates, at a fraction of the cost.
 */
interface CaseWeighted {
    /** The estimate as a function of case weights, prepared once for {@code data}; null: not for this query. */
    Resampled prepare(Table data, EffectQuery query);

    /** The point estimate under integer case weights; thread-safe. */
    interface Resampled {
        /**
         * Not modified: counts.
         *
         * @throws EstimationException when the weighted data do not suit the method (the resample is counted failed)
         */
        double value(double[] counts);
    }
}
