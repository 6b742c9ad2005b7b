package causal.analysis;

import causal.syntax.Expr;
import causal.syntax.Stmt;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A declared design ({@code design NAME = kind(…)}) with its arguments read and checked. */
public sealed interface DesignInfo {
    Stmt.Design declaration();

    default String name() {
        return declaration().name().text();
    }

    /** The word the language uses for the design's kind. */
    String kind();

    /**
     * {@code experiment(arm, control, metric | metrics, baseline, mde, sd, alpha, power, sides, ratio, cluster,
     * cluster_size, icc)}; {@code ratio} is treatment units per control unit.
     */
    record Experiment(Stmt.Design declaration, String arm, Optional<String> control, List<String> metrics,
                      OptionalDouble baseline, OptionalDouble mde, OptionalDouble sd, double alpha, double power,
                      int sides, double ratio, Optional<String> cluster, OptionalDouble clusterSize,
                      OptionalDouble icc) implements DesignInfo {
        public Experiment {
            metrics = List.copyOf(metrics);
        }

        @Override
        public String kind() {
            return "experiment";
        }

        /** The share of units planned for control: 1 / (1 + ratio). */
        public double plannedControlShare() {
            return 1.0 / (1.0 + ratio);
        }
    }

    /** {@code did(unit, time, treated, post)}: {@code post} is an expression over the data's columns. */
    record DifferenceInDifferences(Stmt.Design declaration, String unit, String time, String treated, Expr post)
            implements DesignInfo {
        @Override
        public String kind() {
            return "did";
        }
    }

    /** {@code panel(unit, time)}: the columns that identify a row; any column may be the treatment. */
    record Panel(Stmt.Design declaration, String unit, String time) implements DesignInfo {
        @Override
        public String kind() {
            return "panel";
        }
    }

    /** {@code rdd(running, cutoff[, fuzzy][, balance])}. */
    record RegressionDiscontinuity(Stmt.Design declaration, String running, double cutoff, Optional<String> fuzzy,
                                   List<String> balance) implements DesignInfo {
        public RegressionDiscontinuity {
            balance = List.copyOf(balance);
        }

        @Override
        public String kind() {
            return "rdd";
        }
    }

    /** {@code its(time, intervention)}: the intervention is a time value or a 0/1 column. */
    record InterruptedTimeSeries(Stmt.Design declaration, String time, OptionalDouble interventionTime,
                                 Optional<String> interventionColumn) implements DesignInfo {
        @Override
        public String kind() {
            return "its";
        }
    }
}
