package causal.runtime.expr;

/**
 * The one-argument numeric functions of LANGUAGE.md §4. {@link StrictMath} gives the same bits on every machine.
 * Outside a function's domain the result is NaN, that is, missing (e.g. {@code log(-1)}, {@code sqrt(-4)}).
 */
enum MathFunction {
    LOG("log") {
        @Override
        double apply(double x) {
            return StrictMath.log(x);
        }
    },
    EXP("exp") {
        @Override
        double apply(double x) {
            return StrictMath.exp(x);
        }
    },
    SQRT("sqrt") {
        @Override
        double apply(double x) {
            return StrictMath.sqrt(x);
        }
    },
    ABS("abs") {
        @Override
        double apply(double x) {
            return StrictMath.abs(x);
        }
    },
    /** 1 / (1 + e^−x), written so that e^x never overflows for large |x|. */
    LOGISTIC("logistic") {
        @Override
        double apply(double x) {
            if (x >= 0) {
                return 1 / (1 + StrictMath.exp(-x));
            }
            double e = StrictMath.exp(x);
            return e / (1 + e);
        }
    },
    FLOOR("floor") {
        @Override
        double apply(double x) {
            return StrictMath.floor(x);
        }
    },
    CEIL("ceil") {
        @Override
        double apply(double x) {
            return StrictMath.ceil(x);
        }
    };

    final String scriptName;

    MathFunction(String scriptName) {
        this.scriptName = scriptName;
    }

    abstract double apply(double x);

    /** Applies the function to every value, in place. */
    void applyAll(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = apply(values[i]);
        }
    }
}
