package causal.experiment;

/**
 * The smallest effect an experiment should detect, with what its variance depends on. Each kind gives the
 * per-unit variances under control and treatment, which {@link PowerAnalysis} turns into a sample size.
 */
public sealed interface Effect permits Effect.TwoProportions, Effect.TwoMeans, Effect.RatioMetric {

    /** The absolute difference to detect, treatment − control. */
    double mde();

    /** The same metric with another effect to detect, for power curves over effect sizes. */
    Effect withMde(double other);

    /**
     * A conversion rate moving from {@code baseline} (control, p1) to {@code baseline + mde} (treatment, p2), both
     * strictly between 0 and 1, as R's {@code power.prop.test(p1, p2)}.
     */
    record TwoProportions(double baseline, double mde) implements Effect {
        public TwoProportions {
            Checks.openUnit(baseline, "the baseline rate");
            Checks.nonZero(mde, "the minimum detectable effect");
            double treated = baseline + mde;
            if (!(treated > 0 && treated < 1)) {
                throw new ExperimentException("the treatment rate baseline + mde = " + treated
                        + " must lie strictly between 0 and 1");
            }
        }

        @Override
        public TwoProportions withMde(double other) {
            return new TwoProportions(baseline, other);
        }

        public double treatmentRate() {
            return baseline + mde;
        }
    }

    /** A mean moving by {@code mde} where the metric has standard deviation {@code sd} in each arm. */
    record TwoMeans(double mde, double sd) implements Effect {
        public TwoMeans {
            Checks.nonZero(mde, "the minimum detectable effect");
            Checks.positive(sd, "the standard deviation");
        }

        @Override
        public TwoMeans withMde(double other) {
            return new TwoMeans(other, sd);
        }
    }

    /**
     * A ratio metric Σ numerator / Σ denominator over units (revenue per session with users randomized), moving by
     * {@code mde} in ratio units. Per unit the numerator Y and denominator X have the given means, variances and
     * covariance; by the delta method (Deng, Knoblich and Lu 2018, "Applying the delta method in metric analytics",
     * KDD) the ratio of means R = μY/μX has per-unit variance σY²/μX² − 2·μY·σXY/μX³ + μY²·σX²/μX⁴.
     */
    record RatioMetric(double numeratorMean, double denominatorMean, double numeratorVariance,
                       double denominatorVariance, double covariance, double mde) implements Effect {
        public RatioMetric {
            Checks.finite(numeratorMean, "the numerator mean");
            Checks.nonZero(denominatorMean, "the denominator mean");
            checkVariance(numeratorVariance, "the numerator variance");
            checkVariance(denominatorVariance, "the denominator variance");
            Checks.finite(covariance, "the covariance");
            if (covariance * covariance > numeratorVariance * denominatorVariance * (1 + 1e-12)) {
                throw new ExperimentException("the covariance " + covariance
                        + " is larger than the variances allow (its square must not exceed their product)");
            }
            Checks.nonZero(mde, "the minimum detectable effect");
            if (!(perUnitVariance(numeratorMean, denominatorMean, numeratorVariance, denominatorVariance,
                    covariance) > 0)) {
                throw new ExperimentException("the ratio metric has no variance, so any sample size detects the "
                        + "effect");
            }
        }

        @Override
        public RatioMetric withMde(double other) {
            return new RatioMetric(numeratorMean, denominatorMean, numeratorVariance, denominatorVariance,
                    covariance, other);
        }

        /** The delta-method variance of the ratio per unit (multiply by 1/n for n units). */
        public double perUnitVariance() {
            return perUnitVariance(numeratorMean, denominatorMean, numeratorVariance, denominatorVariance, covariance);
        }

        /** The baseline ratio μY/μX. */
        public double ratio() {
            return numeratorMean / denominatorMean;
        }

        private static double perUnitVariance(double my, double mx, double vy, double vx, double cxy) {
            double r = my / mx;
            return (vy - 2 * r * cxy + r * r * vx) / (mx * mx);
        }

        private static void checkVariance(double value, String name) {
            if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
                throw new ExperimentException(name + " must be a finite number of at least 0, not " + value);
            }
        }
    }
}
