package causal.uplift;

/**
 * Data an uplift model cannot be fitted to or evaluated on: a treatment that is not 0/1, too few treated or control
 * rows (in all or in a cross-fitting fold), columns of different lengths, a value that is not finite, a nuisance
 * model that failed. The message says which, in words.
 */
public class UpliftException extends RuntimeException {
    public UpliftException(String message) {
        super(message);
    }
}
