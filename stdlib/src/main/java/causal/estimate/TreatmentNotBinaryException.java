package causal.estimate;

import causal.data.DataLocation;

/** The method needs a 0/1 (or true/false) treatment and the column has another value. */
public class TreatmentNotBinaryException extends EstimationException {
    private final String column;

    public TreatmentNotBinaryException(String message, DataLocation location, String column) {
        super(message, location);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
