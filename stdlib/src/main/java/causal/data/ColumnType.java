package causal.data;

/** The three column types of a {@link Table}. */
public enum ColumnType {
    NUMERIC("numeric"), BOOLEAN("boolean"), CATEGORICAL("categorical");

    private final String word;

    ColumnType(String word) {
        this.word = word;
    }

    @Override
    public String toString() {
        return word;
    }
}
