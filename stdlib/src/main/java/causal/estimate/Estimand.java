package causal.estimate;

/** The population an average effect is taken over: everyone, the treated, or the controls. */
public enum Estimand {
    ATE, ATT, ATC
}
