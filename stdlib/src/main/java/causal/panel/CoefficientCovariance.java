package causal.panel;

import java.util.Arrays;
import java.util.List;

/** The estimated covariance matrix of the slopes, by name or position. Immutable. */
public final class CoefficientCovariance {
    private final List<String> names;
    private final double[] values;

    CoefficientCovariance(List<String> names, double[] rowMajor) {
        this.names = List.copyOf(names);
        this.values = rowMajor.clone();
    }

    public List<String> names() {
        return names;
    }

    public double value(int a, int b) {
        return values[a * names.size() + b];
    }

    public double value(String a, String b) {
        return value(indexOf(a), indexOf(b));
    }

    /** A copy, row-major. */
    public double[] toArray() {
        return values.clone();
    }

    private int indexOf(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new PanelException("there is no coefficient called " + name + "; the fit has " + names);
        }
        return j;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoefficientCovariance other && names.equals(other.names)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CoefficientCovariance" + names + Arrays.toString(values);
    }
}
