package causal.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Golden values come from an independent Python 3 implementation of SplitMix64 seeding and xoshiro256** written
 * from Blackman and Vigna's reference C code (prng.di.unimi.it); that script reproduces the published reference
 * outputs 11520, 0, 1509978240, 1215971899390074240 of xoshiro256** from the state {1, 2, 3, 4}, and SplitMix64's
 * 6457827717110365317, 3203168211198807973 from seed 1234567. The seed-42 longs also match rand_xoshiro's
 * {@code Xoshiro256StarStar::seed_from_u64(42)}.
 */
class RandomSourceTest {
    @Test
    void seed42GivesThePublishedAlgorithmsFirstLongs() {
        RandomSource rng = new RandomSource(42);

        assertThat(new long[] {rng.nextLong(), rng.nextLong(), rng.nextLong(), rng.nextLong(), rng.nextLong()})
                .containsExactly(1546998764402558742L, 6990951692964543102L, -5902157311460992607L,
                        -1389169964527427423L, -151191095644234140L);
    }

    @Test
    void doublesAreTheTop53BitsScaled() {
        RandomSource rng = new RandomSource(42);

        // Python: (next() >> 11) * 2.0**-53, printed with repr()
        assertThat(new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()})
                .containsExactly(0.08386297105988216, 0.3789802506626686, 0.6800434110281394);
    }

    @Test
    void boundedIntsFollowLemiresMethod() {
        RandomSource rng = new RandomSource(-7);
        int[] ints = new int[8];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = rng.nextInt(100);
        }

        assertThat(ints).containsExactly(94, 83, 45, 41, 45, 22, 77, 93);
    }

    @Test
    void sameSeedGivesTheSameSequence() {
        RandomSource a = new RandomSource(123456789);
        RandomSource b = new RandomSource(123456789);

        for (int i = 0; i < 1000; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        assertThat(new RandomSource(1).nextLong()).isNotEqualTo(new RandomSource(2).nextLong());
    }

    @Test
    void streamIsTheGoldenChildWhateverWasDrawnOrMadeBefore() {
        RandomSource used = new RandomSource(42);
        for (int i = 0; i < 17; i++) {
            used.nextDouble();
        }
        used.stream(9);
        RandomSource child = used.stream(3);

        // Python: X(mix64((mix64(42) + 3) mod 2^64)), the first three longs
        assertThat(new long[] {child.nextLong(), child.nextLong(), child.nextLong()})
                .containsExactly(1452168393093088740L, -6409807609608723506L, -4786916969472304564L);
    }

    @Test
    void streamsOfStreamsDependOnThePath() {
        RandomSource grandchild = new RandomSource(42).stream(3).stream(1);

        assertThat(new long[] {grandchild.nextLong(), grandchild.nextLong()})
                .containsExactly(7705944370852524818L, 563444123593596903L);
        assertThat(new RandomSource(42).stream(1).stream(3).nextLong()).isNotEqualTo(7705944370852524818L);
    }

    @Test
    void streamsWithDifferentIdsDiffer() {
        RandomSource root = new RandomSource(5);

        assertThat(root.stream(0).nextLong()).isNotEqualTo(root.stream(1).nextLong());
        assertThat(root.stream(0).nextLong()).isNotEqualTo(new RandomSource(5).nextLong());
    }

    @Test
    void doublesStayInTheUnitInterval() {
        RandomSource rng = new RandomSource(0);
        double min = 1;
        double max = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double u = rng.nextDouble();
            min = Math.min(min, u);
            max = Math.max(max, u);
        }

        assertThat(min).isGreaterThanOrEqualTo(0).isLessThan(1e-5);
        assertThat(max).isLessThan(1).isGreaterThan(1 - 1e-5);
    }

    @Test
    void boundedIntsAreUniform() {
        RandomSource rng = new RandomSource(11);
        int bound = 7;
        int n = 700_000;
        int[] counts = new int[bound];
        for (int i = 0; i < n; i++) {
            counts[rng.nextInt(bound)]++;
        }
        double expected = (double) n / bound;
        double chiSquare = 0;
        for (int c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }

        // 6 degrees of freedom: the 0.999 quantile is 22.46 (R: qchisq(0.999, 6)).
        assertThat(chiSquare).isLessThan(22.46);
    }

    @Test
    void shuffleIsFisherYatesFromTheLastPositionDown() {
        int[] values = {10, 20, 30, 40, 50};
        new RandomSource(7).shuffle(values);

        // Python, the implementation named above: for i in 4, 3, 2, 1: j = next_int(i + 1); swap a[i] and a[j]
        assertThat(values).containsExactly(10, 50, 30, 20, 40);
        assertThat(new RandomSource(42).permutation(10)).containsExactly(9, 1, 4, 2, 8, 7, 6, 5, 3, 0);
    }

    @Test
    void permutationsAreUniform() {
        RandomSource rng = new RandomSource(13);
        int n = 60_000;
        int[] counts = new int[6];
        for (int i = 0; i < n; i++) {
            int[] p = rng.permutation(3);
            // The six orders of three, numbered by the first two entries.
            counts[p[0] * 2 + (p[1] > p[2] ? 1 : 0)]++;
        }
        double expected = n / 6.0;
        double chiSquare = 0;
        for (int c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }

        // 5 degrees of freedom: the 0.999 quantile is 20.52 (R: qchisq(0.999, 5)).
        assertThat(chiSquare).isLessThan(20.52);
    }

    @Test
    void boundOfOneAlwaysGivesZeroAndANonPositiveBoundIsRefused() {
        RandomSource rng = new RandomSource(3);

        assertThat(rng.nextInt(1)).isZero();
        assertThatThrownBy(() -> rng.nextInt(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
