package causal.panel;

/**
 * The canonical difference in differences from four means: {@code (ȳ treated, post − ȳ treated, pre) −
 * (ȳ control, post − ȳ control, pre)}, with the rows behind each mean. With one treatment date and a balanced panel
 * it equals the two-way fixed-effects coefficient.
 */
public record TwoByTwo(double treatedPre, double treatedPost, double controlPre, double controlPost,
        int treatedPreRows, int treatedPostRows, int controlPreRows, int controlPostRows) {

    /** The difference in differences of the four means. */
    public double estimate() {
        return (treatedPost - treatedPre) - (controlPost - controlPre);
    }
}
