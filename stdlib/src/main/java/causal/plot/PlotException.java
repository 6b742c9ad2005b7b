package causal.plot;

/** A plot that cannot be drawn or written: empty or malformed data, an unknown file type, an unwritable file. */
public class PlotException extends RuntimeException {
    public PlotException(String message) {
        super(message);
    }
}
