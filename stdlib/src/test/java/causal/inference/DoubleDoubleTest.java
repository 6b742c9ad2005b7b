package causal.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Double-double arithmetic keeps about 104 bits, in place, whatever the operands (itself included). */
class DoubleDoubleTest {
    private static BigDecimal exact(DoubleDouble v) {
        return new BigDecimal(v.hi()).add(new BigDecimal(v.lo()));
    }

    @Test
    void quotientsAndProductsKeepAbout104Bits() {
        SplittableRandom random = new SplittableRandom(11);
        MathContext wide = new MathContext(60);
        for (int i = 0; i < 2_000; i++) {
            double a = random.nextDouble(-1e6, 1e6);
            double b = random.nextDouble(1e-3, 1e3);
            DoubleDouble x = DoubleDouble.sum(a, random.nextDouble() * 1e-12);
            DoubleDouble y = DoubleDouble.sum(b, random.nextDouble() * 1e-20);
            BigDecimal expected = exact(x).divide(exact(y), wide);
            BigDecimal quotient = exact(new DoubleDouble(0).set(x).divideBy(y));
            assertThat(quotient.subtract(expected).abs().doubleValue())
                    .isLessThanOrEqualTo(Math.abs(expected.doubleValue()) * 0x1p-100);
            BigDecimal product = exact(new DoubleDouble(0).set(x).multiply(y));
            BigDecimal expectedProduct = exact(x).multiply(exact(y), wide);
            assertThat(product.subtract(expectedProduct).abs().doubleValue())
                    .isLessThanOrEqualTo(Math.abs(expectedProduct.doubleValue()) * 0x1p-100);
        }
    }

    @Test
    void aNumberDividedByItselfIsOneAndTheInverseOfThreeIsAThird() {
        DoubleDouble x = DoubleDouble.sum(Math.PI, 1.2246467991473532e-16);
        assertThat(x.divideBy(x).doubleValue()).isEqualTo(1.0);
        DoubleDouble third = new DoubleDouble(3).invert();
        assertThat(exact(third).multiply(BigDecimal.valueOf(3)).subtract(BigDecimal.ONE).abs().doubleValue())
                .isLessThan(1e-31);
    }
}
