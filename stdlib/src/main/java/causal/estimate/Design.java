package causal.estimate;

import java.util.List;
import java.util.Optional;

/**
 * How the effect is identified, which decides which estimators apply: adjustment in an observational study, the
 * front door, instruments, a randomized experiment, a difference-in-differences design, or a panel with fixed effects. The treatment and outcome of the
 * {@link EffectQuery} keep their meaning; a design adds the columns and values its estimators need.
 */
public sealed interface Design {
    /** The family of a design, as an estimator declares what it accepts. */
    enum Kind {
        OBSERVATIONAL, FRONTDOOR, INSTRUMENTS, EXPERIMENT, DIFFERENCE_IN_DIFFERENCES, PANEL, REGRESSION_DISCONTINUITY,
        INTERRUPTED_TIME_SERIES
    }

    Kind kind();

    static Design observational() {
        return Observational.INSTANCE;
    }

    /** Identified by adjustment (backdoor) or by none: the estimators of §6 of the reference. */
    enum Observational implements Design {
        INSTANCE;

        @Override
        public Kind kind() {
            return Kind.OBSERVATIONAL;
        }
    }

    /**
     * Identified through the front door: {@code mediators} meet the front-door criterion, so the effect is the
     * treatment's effect on them times their effect on the outcome given the treatment.
     */
    record Frontdoor(List<String> mediators) implements Design {
        public Frontdoor {
            mediators = List.copyOf(mediators);
            if (mediators.isEmpty()) {
                throw new IllegalArgumentException("the front door needs at least one mediator");
            }
        }

        @Override
        public Kind kind() {
            return Kind.FRONTDOOR;
        }
    }

    /**
     * Identified by instruments: {@code instruments} move the treatment and reach the outcome only through it once
     * the query's covariates (the exogenous regressors) are held fixed.
     */
    record Instruments(List<String> instruments) implements Design {
        public Instruments {
            instruments = List.copyOf(instruments);
            if (instruments.isEmpty()) {
                throw new IllegalArgumentException("instrumental variables need at least one instrument");
            }
        }

        @Override
        public Kind kind() {
            return Kind.INSTRUMENTS;
        }
    }

    /**
     * A randomized experiment: the treatment column is the arm, {@code control} its control level (compared with
     * the one other level), {@code plannedControlShare} the share of units planned for control (for the
     * sample-ratio-mismatch test), {@code cluster} the column of the randomization unit when it is not the row,
     * {@code per} the denominator of a ratio metric (the outcome's sum over its sum in each arm).
     */
    record Experiment(String control, double plannedControlShare, Optional<String> cluster, Optional<String> per)
            implements Design {
        public Experiment {
            if (!(plannedControlShare > 0.0 && plannedControlShare < 1.0)) {
                throw new IllegalArgumentException("the planned control share must lie strictly between 0 and 1");
            }
        }

        public Experiment(String control, double plannedControlShare, Optional<String> cluster) {
            this(control, plannedControlShare, cluster, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.EXPERIMENT;
        }
    }

    /**
     * Difference in differences: the treatment column marks the treated units, {@code post} is a 0/1 (or
     * true/false) column marking the periods after the treatment starts, {@code unit} and {@code time} identify the
     * panel's rows.
     */
    record DifferenceInDifferences(String unit, String time, String post) implements Design {
        @Override
        public Kind kind() {
            return Kind.DIFFERENCE_IN_DIFFERENCES;
        }
    }

    /**
     * A panel: {@code unit} and {@code time} identify the rows; the effect is identified within units and periods
     * (fixed effects absorb whatever is constant within a unit or common to a period).
     */
    record Panel(String unit, String time) implements Design {
        @Override
        public Kind kind() {
            return Kind.PANEL;
        }
    }

    /**
     * A regression discontinuity: treatment switches at {@code cutoff} of the {@code running} column (sharp), or its
     * probability jumps there and {@code fuzzy} names the treatment taken; {@code balance} lists covariates whose
     * jump at the cutoff is reported (each should show none).
     */
    record RegressionDiscontinuity(String running, double cutoff, Optional<String> fuzzy, List<String> balance)
            implements Design {
        public RegressionDiscontinuity {
            balance = List.copyOf(balance);
        }

        @Override
        public Kind kind() {
            return Kind.REGRESSION_DISCONTINUITY;
        }
    }

    /**
     * An interrupted time series: one series over {@code time}, the intervention from {@code interventionTime} on
     * (or marked by the 0/1 column {@code interventionColumn}).
     */
    record InterruptedTimeSeries(String time, java.util.OptionalDouble interventionTime,
                                 Optional<String> interventionColumn) implements Design {
        @Override
        public Kind kind() {
            return Kind.INTERRUPTED_TIME_SERIES;
        }
    }
}
