package causal.rdd;

/**
 * The jump of the treatment at the cutoff in a fuzzy design (the denominator of the fuzzy ratio), conventional and
 * robust bias-corrected, as rdrobust's {@code tau_T}.
 */
public record FirstStage(String treatment, Jump conventional, Jump robust) {
}
