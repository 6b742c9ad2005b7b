package causal.stream;

import causal.data.DataLocation;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.experiment.ArmComparison;
import causal.experiment.ArmSummary;
import causal.experiment.DifferenceInMeans;
import causal.experiment.ExperimentException;
import causal.experiment.SampleRatioMismatch;
import causal.experiment.TwoSampleTTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A randomized experiment's comparison of two arms from {@link GroupMoments} of the outcome by arm, in one pass:
 * the arms' counts, means and variances are all the mean tests need. The numbers are those of
 * {@code causal.estimate.ExperimentComparison} ({@code difference}, {@code welch}, {@code ttest}), which hands the
 * same summaries to {@code causal.experiment}. The arm column must be numeric or true/false here (the control level
 * is read as a number, or true/false as 1/0); cluster-randomized and ratio metrics are not streamed.
 */
public final class StreamingExperiment {
    /** The comparisons a stream supports, by their script keywords. */
    public enum Comparison {
        /** Unpooled standard error, normal interval. */
        DIFFERENCE("difference"),
        /** Welch's t test. */
        WELCH("welch"),
        /** Student's t test with the pooled variance. */
        TTEST("ttest");

        private final String keyword;

        Comparison(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    private StreamingExperiment() {
    }

    /**
     * Reads the outcome by arm in one pass and compares the arms.
     *
     * @throws StreamException when the design is not a plain experiment, a column is missing or categorical, or the
     *                         arm does not have exactly the control and one other level
     */
    public static StreamedEstimate estimate(BatchSource source, EffectQuery query, Comparison comparison,
                                            StreamOptions options) {
        Design.Experiment design = design(query, comparison);
        SourceColumns.numeric(source, query.treatment(), "treatment");
        SourceColumns.numeric(source, query.outcome(), "outcome");
        GroupMoments moments = StreamPass.run(source,
                () -> new GroupMoments(List.of(query.treatment()), query.outcome(), List.of()), options);
        Estimate estimate = finish(moments, query, comparison, source.name());
        return new StreamedEstimate(estimate, moments.rows(), moments.droppedRows(), 1);
    }

    /**
     * The comparison from moments of the outcome keyed by the arm alone (summed here or by another engine);
     * {@code source} names the data in messages.
     */
    public static Estimate finish(GroupMoments moments, EffectQuery query, Comparison comparison, String source) {
        Design.Experiment design = design(query, comparison);
        String keyword = comparison.keyword();
        GroupMoments.Cell[] arms = arms(moments, query, design, comparison, source);
        ArmComparison c;
        try {
            ArmSummary control = summary(arms[0], "control");
            ArmSummary treated = summary(arms[1], "treatment");
            c = switch (comparison) {
                case DIFFERENCE -> DifferenceInMeans.compare(control, treated, 0.05);
                case WELCH -> TwoSampleTTest.welch(control, treated, 0.05);
                case TTEST -> TwoSampleTTest.student(control, treated, 0.05);
            };
        } catch (ExperimentException e) {
            throw new StreamException(keyword + ": " + e.getMessage(), DataLocation.column(source, query.outcome()));
        }
        long controlN = arms[0].n();
        long treatedN = arms[1].n();
        double srm = SampleRatioMismatch.check(controlN, treatedN, design.plannedControlShare()).pValue();
        Map<String, Double> statistics = new LinkedHashMap<>(c.statistics());
        statistics.put("srm_p_value", srm);
        List<String> notes = new ArrayList<>();
        notes.add("arm " + quote(text(arms[1].key().get(0))) + " compared with control "
                + quote(text(arms[0].key().get(0))));
        if (srm < SampleRatioMismatch.THRESHOLD) {
            notes.add(String.format(Locale.ROOT, "sample ratio mismatch: %d control and %d treatment rows "
                    + "against a planned %.0f%% control (p = %.2g); the assignment may be broken, so do not trust "
                    + "this comparison until it is explained", controlN, treatedN,
                    100 * design.plannedControlShare(), srm));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), keyword, c.difference(),
                c.stdError(), c.ciLow(), c.ciHigh(), c.pValue(), Counts.capped(controlN + treatedN), statistics,
                Optional.empty(), notes);
    }

    /** The control arm's cell, then the other one, refusing a missing control level or other than two arms. */
    private static GroupMoments.Cell[] arms(GroupMoments moments, EffectQuery query, Design.Experiment design,
                                            Comparison comparison, String source) {
        double control = level(design.control(), query.treatment());
        List<GroupMoments.Cell> cells = moments.cells();
        List<String> levels = cells.stream().map(c -> quote(text(c.key().get(0)))).toList();
        GroupMoments.Cell controlCell = moments.cell(control).orElseThrow(() -> new StreamException("the control arm "
                + quote(design.control()) + " does not occur in " + query.treatment() + "; its values: "
                + String.join(", ", levels), DataLocation.column(source, query.treatment())));
        if (cells.size() != 2) {
            throw new StreamException(comparison.keyword() + " compares two arms, and " + query.treatment() + " has "
                    + cells.size() + (cells.size() == 1 ? " (only the control arm)" : ": " + String.join(", ", levels)),
                    DataLocation.column(source, query.treatment()));
        }
        GroupMoments.Cell treatedCell = cells.get(0).equals(controlCell) ? cells.get(1) : cells.get(0);
        return new GroupMoments.Cell[] {controlCell, treatedCell};
    }

    private static Design.Experiment design(EffectQuery query, Comparison comparison) {
        if (!(query.design() instanceof Design.Experiment design)) {
            throw new StreamException(comparison.keyword() + " estimates from an experiment design");
        }
        if (design.cluster().isPresent() || design.per().isPresent()) {
            throw new StreamException("streaming " + comparison.keyword() + " compares rows; a cluster-randomized "
                    + "design or a ratio metric needs the data in memory");
        }
        return design;
    }

    /** As {@code ArmSummary.of} would summarize the arm's rows, refusing one row as it does. */
    private static ArmSummary summary(GroupMoments.Cell cell, String arm) {
        if (cell.n() < 2) {
            throw new ExperimentException("the " + arm + " arm needs at least 2 rows, not " + cell.n());
        }
        return new ArmSummary(cell.n(), cell.mean(), cell.variance());
    }

    /** The control level as the arm column holds it: a number, or true/false as 1/0. */
    private static double level(String control, String arm) {
        if (control.equals("true") || control.equals("false")) {
            return control.equals("true") ? 1 : 0;
        }
        try {
            return Double.parseDouble(control);
        } catch (NumberFormatException e) {
            throw new StreamException("the control arm " + quote(control) + " is not a number, but streaming reads "
                    + arm + " as numbers: make it a 0/1 column, e.g. with { treated = " + arm + " != \"" + control
                    + "\" }");
        }
    }

    /** A level as a CSV shows it: whole numbers without a decimal point. */
    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String quote(String level) {
        return "\"" + level + "\"";
    }
}
