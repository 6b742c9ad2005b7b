package causal.runtime.expr;

/**
 * The numeric binary operators and two-argument functions. Each writes its own loop over a chunk, so the per-row
 * work is a plain array loop the JIT can unroll; the one virtual call is paid per chunk. Missing (NaN) propagates;
 * {@link StrictMath} keeps results identical on every machine.
 */
enum ArithmeticOperator {
    ADD("+") {
        @Override
        double apply(double a, double b) {
            return a + b;
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] + b[i];
            }
        }
    },
    SUBTRACT("-") {
        @Override
        double apply(double a, double b) {
            return a - b;
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] - b[i];
            }
        }
    },
    MULTIPLY("*") {
        @Override
        double apply(double a, double b) {
            return a * b;
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] * b[i];
            }
        }
    },
    DIVIDE("/") {
        @Override
        double apply(double a, double b) {
            return a / b;
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] / b[i];
            }
        }
    },
    /** {@code ^} and {@code pow}; unlike IEEE {@code pow}, a missing base or exponent gives missing even for x^0. */
    POWER("^") {
        @Override
        double apply(double a, double b) {
            return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : StrictMath.pow(a, b);
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = apply(a[i], b[i]);
            }
        }
    },
    /** {@code min(a, b)}; NaN (missing) wins, as {@link Math#min} does. */
    MINIMUM("min") {
        @Override
        double apply(double a, double b) {
            return Math.min(a, b);
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.min(a[i], b[i]);
            }
        }
    },
    MAXIMUM("max") {
        @Override
        double apply(double a, double b) {
            return Math.max(a, b);
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.max(a[i], b[i]);
            }
        }
    },
    /**
     * {@code round(x, digits)}: halves go to the even neighbour, as R's {@code round} does (IEC 60559). With
     * digits ≠ 0 it rounds {@code x·10^digits}, so it shares R's small decimal-representation surprises.
     */
    ROUND("round") {
        @Override
        double apply(double x, double digits) {
            if (Double.isNaN(x) || Double.isNaN(digits)) {
                return Double.NaN;
            }
            if (digits == 0) {
                return StrictMath.rint(x);
            }
            double scale = StrictMath.pow(10, StrictMath.rint(digits));
            return StrictMath.rint(x * scale) / scale;
        }

        @Override
        void applyAll(double[] a, double[] b, double[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = apply(a[i], b[i]);
            }
        }
    };

    final String symbol;

    ArithmeticOperator(String symbol) {
        this.symbol = symbol;
    }

    abstract double apply(double a, double b);

    /** {@code out[i] = apply(a[i], b[i])} for every row; {@code out} may be {@code a} or {@code b}. */
    abstract void applyAll(double[] a, double[] b, double[] out);
}
