package causal.inference;

/**
 * A number carried as the unevaluated sum of two doubles, {@code hi + lo} with {@code |lo| ≤ ulp(hi)/2}: about 106
 * bits. The continued fractions of {@link SpecialFunctions} run in it because their recurrences cancel: a t tail on
 * 10 million degrees of freedom lost 4e-10 of relative precision in plain doubles, and keeps about 1e-15 here.
 * Knuth's and Dekker's exact sum and product (with {@code Math.fma}), as in Bailey's QD library.
 */
record DoubleDouble(double hi, double lo) {
    static final DoubleDouble ONE = of(1);

    static DoubleDouble of(double v) {
        return new DoubleDouble(v, 0);
    }

    /** {@code a + b} exactly. */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        double bv = s - a;
        return new DoubleDouble(s, (a - (s - bv)) + (b - bv));
    }

    DoubleDouble plus(DoubleDouble o) {
        DoubleDouble s = sum(hi, o.hi);
        return normalized(s.hi, s.lo + lo + o.lo);
    }

    DoubleDouble plus(double o) {
        DoubleDouble s = sum(hi, o);
        return normalized(s.hi, s.lo + lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble times(DoubleDouble o) {
        double p = hi * o.hi;
        return normalized(p, Math.fma(hi, o.hi, -p) + (hi * o.lo + lo * o.hi));
    }

    DoubleDouble times(double o) {
        double p = hi * o;
        return normalized(p, Math.fma(hi, o, -p) + lo * o);
    }

    /** Three quotient digits, each corrected against the exact remainder. */
    DoubleDouble dividedBy(DoubleDouble o) {
        double q1 = hi / o.hi;
        DoubleDouble r = plus(o.times(q1).negate());
        double q2 = r.hi / o.hi;
        r = r.plus(o.times(q2).negate());
        double q3 = r.hi / o.hi;
        return sum(q1, q2).plus(q3);
    }

    double doubleValue() {
        return hi + lo;
    }

    private static DoubleDouble normalized(double high, double low) {
        double s = high + low;
        return new DoubleDouble(s, low - (s - high));
    }
}
