package causal.rdd;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kernel that weights observations by their distance to the cutoff, {@code K(u)} for {@code u = (x - c) / h},
 * zero outside {@code |u| < 1} (uniform: {@code |u| <= 1}), as rdrobust's {@code rdrobust_kweight} (the constant
 * factor {@code 1/h} there cancels in every estimate and is left out).
 */
public enum Kernel {
    /** {@code 1 - |u|}, rdrobust's and rddensity's default. */
    TRIANGULAR("triangular", 2.576),
    /** {@code 1/2}: every observation within the bandwidth counts the same. */
    UNIFORM("uniform", 1.843),
    /** {@code 3/4 (1 - u²)}. */
    EPANECHNIKOV("epanechnikov", 2.34);

    private final String keyword;
    /** rdrobust's rule-of-thumb constant for the pilot bandwidth {@code C · min(sd, IQR/1.349) · N^(-1/5)}. */
    private final double pilotConstant;

    Kernel(String keyword, double pilotConstant) {
        this.keyword = keyword;
        this.pilotConstant = pilotConstant;
    }

    /** The name a script writes: {@code triangular}, {@code uniform} or {@code epanechnikov}. */
    public String keyword() {
        return keyword;
    }

    double pilotConstant() {
        return pilotConstant;
    }

    /** {@code K(u)}; zero outside the kernel's support. */
    public double weight(double u) {
        double a = Math.abs(u);
        return switch (this) {
            case TRIANGULAR -> a <= 1 ? 1 - a : 0;
            case UNIFORM -> a <= 1 ? 0.5 : 0;
            case EPANECHNIKOV -> a <= 1 ? 0.75 * (1 - u * u) : 0;
        };
    }

    /** {@code ∫₀¹ u^m K(u) du}, the one-sided kernel moment used by the density test's bias constants. */
    double oneSidedMoment(int m) {
        return switch (this) {
            case TRIANGULAR -> 1.0 / (m + 1) - 1.0 / (m + 2);
            case UNIFORM -> 0.5 / (m + 1);
            case EPANECHNIKOV -> 0.75 * (1.0 / (m + 1) - 1.0 / (m + 3));
        };
    }

    /**
     * The kernel a script names.
     *
     * @throws RegressionDiscontinuityException for any other name
     */
    public static Kernel fromKeyword(String keyword) {
        for (Kernel k : values()) {
            if (k.keyword.equals(keyword)) {
                return k;
            }
        }
        throw new RegressionDiscontinuityException("kernel must be one of " + Arrays.stream(values())
                .map(Kernel::keyword).collect(Collectors.joining(", ")) + ", not " + keyword);
    }
}
