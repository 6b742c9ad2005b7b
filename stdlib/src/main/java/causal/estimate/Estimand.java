package causal.estimate;

/**
 * The population an average effect is taken over: everyone, the treated, the controls, or (with instruments) the
 * compliers, whose treatment the instrument moves.
 */
public enum Estimand {
    ATE, ATT, ATC, LATE
}
