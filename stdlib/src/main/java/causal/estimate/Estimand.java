package causal.estimate;

/**
 * The population an average effect is taken over: everyone, the treated, the controls, or (with instruments) the
 * compliers, whose treatment the instrument moves; or, conditional on modifiers, the CATE.
 */
public enum Estimand {
    ATE, ATT, ATC, LATE,
    /** The effect as it varies with effect modifiers ({@code CATE by x}); the estimate is at their means. */
    CATE
}
