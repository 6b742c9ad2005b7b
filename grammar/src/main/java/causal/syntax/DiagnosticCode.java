package causal.syntax;

/** Stable identifiers of every diagnostic Causal reports. Never renumber or rename a released code. */
public enum DiagnosticCode {
    // syntax
    SYNTAX_ERROR,
    // names and declarations
    UNKNOWN_DATASET,
    UNKNOWN_DAG,
    UNKNOWN_MODEL,
    UNKNOWN_DESIGN,
    UNKNOWN_RESULT,
    UNKNOWN_COLUMN,
    UNKNOWN_NODE,
    UNKNOWN_ESTIMATOR,
    UNKNOWN_OPTION,
    UNKNOWN_FUNCTION,
    DUPLICATE_NAME,
    AMBIGUOUS_DATASET,
    AMBIGUOUS_DAG,
    MISSING_DATASET,
    MISSING_DAG,
    BAD_OPTION_VALUE,
    TYPE_ERROR,
    // data
    DATA_FILE_MISSING,
    DATA_FILE_EMPTY,
    DATA_BAD_CELL,
    DATA_ERROR,
    // graphs and models
    DAG_CYCLE,
    DAG_BAD_ATTRIBUTE,
    MODEL_CYCLE,
    MODEL_UNDEFINED_VARIABLE,
    // identification
    BACKDOOR_PATH_OPEN,
    ADJUSTMENT_HAS_DESCENDANT,
    ADJUSTMENT_UNOBSERVED,
    NOT_IDENTIFIABLE,
    TREATMENT_NOT_IN_DAG,
    OUTCOME_NOT_IN_DAG,
    TREATMENT_NOT_ANCESTOR,
    INSTRUMENT_INVALID,
    FRONTDOOR_INVALID,
    // estimators
    ESTIMATOR_DOES_NOT_FIT,
    ESTIMAND_NOT_SUPPORTED,
    TREATMENT_NOT_BINARY,
    // engines that later issues bring
    NOT_AVAILABLE_YET,
    // runtime
    RUNTIME_ERROR,
    INTERNAL_ERROR,
    // warnings
    NAIVE_CONTRAST,
    NOTHING_TO_TEST,
    MULTIPLE_OUTCOMES_UNCORRECTED,
    ROWS_DROPPED
}
