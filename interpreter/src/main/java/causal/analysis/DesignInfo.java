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
     * cluster_size, icc, per, per_mean, per_sd, correlation)}; {@code ratio} is treatment units per control unit;
     * {@code per} makes the metric a ratio (its sum over the sum of {@code per}, e.g. revenue per session).
     */
    record Experiment(Stmt.Design declaration, String arm, Optional<String> control, List<String> metrics,
                      OptionalDouble baseline, OptionalDouble mde, OptionalDouble sd, double alpha, double power,
                      int sides, double ratio, Optional<String> cluster, OptionalDouble clusterSize,
                      OptionalDouble icc, Optional<RatioMetric> ratioMetric) implements DesignInfo {
        public Experiment {
            metrics = List.copyOf(metrics);
        }

        /**
         * The standard deviation power works with: {@code sd} for a plain mean; for a ratio metric the delta
         * method's sd of the linearized metric, sqrt(sd² − 2Rρ·sd·per_sd + R²·per_sd²) / per_mean, R the baseline.
         */
        public OptionalDouble powerSd() {
            if (ratioMetric.isEmpty() || sd.isEmpty() || baseline.isEmpty()) {
                return sd;
            }
            RatioMetric m = ratioMetric.get();
            if (m.perMean().isEmpty() || m.perSd().isEmpty()) {
                return OptionalDouble.empty();
            }
            double r = baseline.getAsDouble();
            double s = sd.getAsDouble();
            double sp = m.perSd().getAsDouble();
            double v = s * s - 2 * r * m.correlation() * s * sp + r * r * sp * sp;
            return OptionalDouble.of(Math.sqrt(Math.max(v, 0)) / m.perMean().getAsDouble());
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

    /**
     * A ratio metric: the metric's sum over the sum of the column {@code per} in each arm; for power, the mean and sd
     * of {@code per} per unit and the correlation of metric and {@code per}.
     */
    record RatioMetric(String per, OptionalDouble perMean, OptionalDouble perSd, double correlation) {}

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
