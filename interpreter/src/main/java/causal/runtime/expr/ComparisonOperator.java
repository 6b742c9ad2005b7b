package causal.runtime.expr;

import static causal.runtime.expr.BooleanVector.FALSE;
import static causal.runtime.expr.BooleanVector.MISSING;
import static causal.runtime.expr.BooleanVector.TRUE;

/** The comparisons of numbers, each with its own loop over a chunk; a missing (NaN) side gives a missing result. */
enum ComparisonOperator {
    LESS("<") {
        @Override
        boolean test(double a, double b) {
            return a < b;
        }

        @Override
        void testAll(double[] a, double[] b, byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] < b[i] ? TRUE : missingOr(a[i], b[i]);
            }
        }
    },
    LESS_EQUAL("<=") {
        @Override
        boolean test(double a, double b) {
            return a <= b;
        }

        @Override
        void testAll(double[] a, double[] b, byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] <= b[i] ? TRUE : missingOr(a[i], b[i]);
            }
        }
    },
    GREATER(">") {
        @Override
        boolean test(double a, double b) {
            return a > b;
        }

        @Override
        void testAll(double[] a, double[] b, byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] > b[i] ? TRUE : missingOr(a[i], b[i]);
            }
        }
    },
    GREATER_EQUAL(">=") {
        @Override
        boolean test(double a, double b) {
            return a >= b;
        }

        @Override
        void testAll(double[] a, double[] b, byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] >= b[i] ? TRUE : missingOr(a[i], b[i]);
            }
        }
    },
    EQUAL("==") {
        @Override
        boolean test(double a, double b) {
            return a == b;
        }

        @Override
        void testAll(double[] a, double[] b, byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = a[i] == b[i] ? TRUE : missingOr(a[i], b[i]);
            }
        }
    },
    NOT_EQUAL("!=") {
        @Override
        boolean test(double a, double b) {
            return a != b;
        }

        @Override
        void testAll(double[] a, double[] b, byte[] out) {
            for (int i = 0; i < out.length; i++) {
                // NaN != x is true in IEEE arithmetic, so test for missing first.
                out[i] = a[i] != a[i] || b[i] != b[i] ? MISSING : a[i] != b[i] ? TRUE : FALSE;
            }
        }
    };

    final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The comparison of two present values. */
    abstract boolean test(double a, double b);

    /** {@code out[i]} = the comparison of {@code a[i]} and {@code b[i]} as a {@link BooleanVector} code. */
    abstract void testAll(double[] a, double[] b, byte[] out);

    /** {@code ==} and {@code !=}, the only comparisons texts and categories have. */
    boolean isEquality() {
        return this == EQUAL || this == NOT_EQUAL;
    }

    /** The code for "the comparison was false": missing when either side is. */
    private static byte missingOr(double a, double b) {
        return a != a || b != b ? MISSING : FALSE;
    }
}
