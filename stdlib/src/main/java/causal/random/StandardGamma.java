package causal.random;

/**
 * Gamma draws with rate 1 by Marsaglia and Tsang (2000), "A simple method for generating gamma variables", ACM TOMS
 * 26(3); a shape below 1 is boosted to shape + 1 and scaled by U^(1/shape), as their section 6 describes.
 */
final class StandardGamma {
    private final RandomSource rng;
    private final StandardNormal normal;

    StandardGamma(RandomSource rng) {
        this.rng = rng;
        this.normal = new StandardNormal(rng);
    }

    /** A draw from Gamma(shape, 1), {@code shape > 0}. */
    double next(double shape) {
        if (shape >= 1) {
            return boosted(shape);
        }
        return StrictMath.exp(logNext(shape));
    }

    /**
     * The logarithm of a draw from Gamma(shape, 1). For small shapes the draw itself can underflow to 0 while its
     * logarithm stays exact, which {@link Beta} needs when both its shapes are small.
     */
    double logNext(double shape) {
        if (shape >= 1) {
            return StrictMath.log(boosted(shape));
        }
        double u = 1 - rng.nextDouble();
        return StrictMath.log(boosted(shape + 1)) + StrictMath.log(u) / shape;
    }

    private double boosted(double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal.next();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (StrictMath.log(u) < 0.5 * x2 + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }
}
