package causal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

/** Brent's method finds zeros to its tolerance, with the very iterates of commons-math's BrentSolver it replaced. */
class BrentRootTest {
    private static final BrentRoot.Tolerance TIGHT = new BrentRoot.Tolerance(1e-13, 1e-10, 1e-15);

    @Test
    void findsTheZeroOfASmoothFunction() {
        assertThat(BrentRoot.find(x -> x * x - 2, 0, 3, TIGHT, 100)).isCloseTo(Math.sqrt(2), org.assertj.core.api
                .Assertions.within(1e-10));
        assertThat(BrentRoot.find(Math::cos, 0, 3, TIGHT, 100)).isCloseTo(Math.PI / 2, org.assertj.core.api
                .Assertions.within(1e-10));
    }

    @Test
    void givesCommonsMathsAnswersBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        List<DoubleUnaryOperator> shapes = List.of(x -> x * x * x - 2 * x - 5, x -> Math.exp(x) - 10,
                x -> Math.atan(x - 0.3), x -> 1 / (1 + Math.exp(-x)) - 0.9, x -> Math.signum(x - 1.25),
                x -> Math.pow(x - 0.7, 9));
        for (DoubleUnaryOperator shape : shapes) {
            for (int i = 0; i < 200; i++) {
                double low = -3 + random.nextDouble() * 2;
                double high = 3 + random.nextDouble() * 5;
                double relative = Math.pow(10, -6 - random.nextInt(9));
                double absolute = Math.pow(10, -4 - random.nextInt(9));
                double expected = new BrentSolver(relative, absolute, 1e-15).solve(500, shape::applyAsDouble, low,
                        high);
                double actual = BrentRoot.find(shape, low, high, new BrentRoot.Tolerance(relative, absolute, 1e-15),
                        500);
                assertThat(actual).as("on [%s, %s]", low, high).isEqualTo(expected);
            }
        }
    }

    @Test
    void aValueOneUlpFromZeroIsAZeroAsForCommonsMath() {
        DoubleUnaryOperator step = x -> x < 0.7 ? -1 : Double.MIN_VALUE;
        BrentRoot.Tolerance exact = new BrentRoot.Tolerance(1e-13, 1e-10, 0);
        assertThat(BrentRoot.find(step, 0, 3, exact, 100))
                .isEqualTo(new BrentSolver(1e-13, 1e-10, 0).solve(100, step::applyAsDouble, 0, 3));
    }

    @Test
    void refusesABracketWithoutASignChangeAndABudgetTooSmall() {
        assertThatThrownBy(() -> BrentRoot.find(x -> x, 1, 1, TIGHT, 100))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> BrentRoot.find(x -> x * x + 1, -1, 2, TIGHT, 100))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("no sign change");
        assertThatThrownBy(() -> BrentRoot.find(x -> x < 0.123456789 ? -1 : 1, 0, 1e9, TIGHT, 5))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("within 5 evaluations");
    }
}
