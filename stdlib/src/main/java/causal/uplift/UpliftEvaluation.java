package causal.uplift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How well predicted effects rank rows by their actual uplift, on rows with observed treatment and outcome (held
 * out from the fit: {@link #heldOut}). Curves as {@link GainCurves}; with {@code A(c)} the trapezoidal area under a
 * curve and {@code R(c)} that under the straight line from {@code (0, 0)} to its last point:
 * <pre>
 *   qini_area = A(qini) - R(qini)              auuc_area = A(uplift) - R(uplift)
 *   qini = qini_area / (A(qini*) - R(qini*))   auuc = auuc_area / (A(uplift*) - R(uplift*))
 * </pre>
 * where the perfect curves rank by {@code y t - y (1 - t)} ({@code qini*}, scikit-uplift's
 * {@code perfect_qini_curve(negative_effect = True)}) and by {@code 2 [y = t] + (y if CR > TN else t)}
 * ({@code uplift*}, {@code perfect_uplift_curve}; CR the control responders, TN the treated non-responders). So
 * {@code qini} and {@code auuc} are scikit-uplift 0.5's {@code qini_auc_score} and {@code uplift_auc_score}: 1 for
 * a perfect ranking, 0 for a random one. They are defined for a 0/1 outcome only, and are empty otherwise.
 *
 * @param rows the rows evaluated
 * @param treated the treated rows among them
 * @param qiniCurve the Qini curve, for {@code plot qini}
 * @param upliftCurve the uplift curve
 * @param notes why a normalised metric is empty, when one is
 */
public record UpliftEvaluation(int rows, int treated, List<CurvePoint> qiniCurve, List<CurvePoint> upliftCurve,
        double qiniArea, double upliftArea, OptionalDouble qini, OptionalDouble auuc, List<String> notes) {

    /** The share of the rows held out for evaluation when a script gives none. */
    public static final double DEFAULT_TEST_SHARE = 0.3;

    public UpliftEvaluation {
        qiniCurve = List.copyOf(qiniCurve);
        upliftCurve = List.copyOf(upliftCurve);
        notes = List.copyOf(notes);
    }

    /**
     * The evaluation of {@code predictedEffect} against the observed {@code treatment} (0/1) and {@code outcome}.
     * Not modified: the arrays.
     *
     * @throws UpliftException when the lengths differ, the treatment is not 0/1, a value is not finite, or an arm
     *     has no rows
     */
    public static UpliftEvaluation of(double[] predictedEffect, double[] treatment, double[] outcome) {
        int n = predictedEffect == null ? 0 : predictedEffect.length;
        Checks.finite(predictedEffect, n, "the predicted effect");
        Checks.treatment(treatment, n, "the predicted effect has");
        Checks.finite(outcome, n, "the outcome", "the predicted effect has");
        Checks.armSizes(treatment, 1, "an uplift evaluation");
        GainCurves curves = GainCurves.of(predictedEffect, treatment, outcome);
        double qiniArea = GainCurves.areaAboveRandom(curves.qini());
        double upliftArea = GainCurves.areaAboveRandom(curves.uplift());
        List<String> notes = new ArrayList<>();
        OptionalDouble qini = OptionalDouble.empty();
        OptionalDouble auuc = OptionalDouble.empty();
        int nonBinary = firstNonBinary(outcome);
        if (nonBinary >= 0) {
            notes.add("qini and auuc are normalised by the perfect curves, which scikit-uplift defines for a 0/1 "
                    + "outcome only, but row " + (nonBinary + 1) + " has " + outcome[nonBinary]
                    + "; qini_area and auuc_area take any outcome");
        } else {
            qini = normalised(qiniArea, GainCurves.of(perfectQiniScore(treatment, outcome), treatment, outcome).qini(),
                    "qini", notes);
            auuc = normalised(upliftArea,
                    GainCurves.of(perfectUpliftScore(treatment, outcome), treatment, outcome).uplift(), "auuc", notes);
        }
        return new UpliftEvaluation(n, Checks.treatedCount(treatment), curves.qini(), curves.uplift(), qiniArea,
                upliftArea, qini, auuc, notes);
    }

    /**
     * Fits {@code learner} on a stratified split of the rows and evaluates its predictions on the {@code testShare}
     * held out ({@link HoldOutSplit}). Not modified: the arrays.
     *
     * @throws UpliftException as {@link UpliftLearner#fit} and {@link #of}
     */
    public static UpliftEvaluation heldOut(UpliftLearner learner, double[][] features, double[] treatment,
            double[] outcome, double testShare, long seed) {
        int n = Checks.trainingSet(features, treatment, outcome);
        HoldOutSplit split = HoldOutSplit.stratified(treatment, testShare, seed);
        int held = split.testRows().length;
        if (held == 0 || held == n) {
            throw new UpliftException("holding out " + testShare + " of " + n + " rows leaves nothing to "
                    + (held == 0 ? "evaluate on" : "fit on"));
        }
        FittedUplift model = learner.fit(split.train(features), split.train(treatment), split.train(outcome));
        return of(model.predict(split.test(features)), split.test(treatment), split.test(outcome));
    }

    /** The value of {@code metric}. @throws UpliftException for a normalised metric this outcome does not allow */
    public double metric(UpliftMetric metric) {
        OptionalDouble value = switch (metric) {
            case QINI -> qini;
            case AUUC -> auuc;
            case QINI_AREA -> OptionalDouble.of(qiniArea);
            case AUUC_AREA -> OptionalDouble.of(upliftArea);
        };
        if (value.isEmpty()) {
            throw new UpliftException(metric.keyword() + " is not defined here: " + String.join("; ", notes));
        }
        return value.getAsDouble();
    }

    /** The values of {@code metrics} by keyword, in the order given (the JSON {@code metrics} object). */
    public Map<String, Double> metrics(List<UpliftMetric> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (UpliftMetric m : metrics) {
            out.put(m.keyword(), metric(m));
        }
        return out;
    }

    private static OptionalDouble normalised(double area, List<CurvePoint> perfect, String metric,
            List<String> notes) {
        double best = GainCurves.areaAboveRandom(perfect);
        if (best == 0) {
            notes.add(metric + " is undefined: even a perfect ranking does no better than random here (the outcome "
                    + "does not differ between the arms in any way a ranking could use)");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(area / best);
    }

    private static int firstNonBinary(double[] outcome) {
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] != 0 && outcome[i] != 1) {
                return i;
            }
        }
        return -1;
    }

    /** {@code y t - y (1 - t)}: treated responders first, control responders last. */
    private static double[] perfectQiniScore(double[] treatment, double[] outcome) {
        double[] score = new double[outcome.length];
        for (int i = 0; i < score.length; i++) {
            score[i] = outcome[i] * treatment[i] - outcome[i] * (1 - treatment[i]);
        }
        return score;
    }

    /** {@code 2 [y = t] + (y if CR > TN else t)}, scikit-uplift's perfect uplift ranking. */
    private static double[] perfectUpliftScore(double[] treatment, double[] outcome) {
        int controlResponders = 0;
        int treatedNonResponders = 0;
        for (int i = 0; i < outcome.length; i++) {
            controlResponders += outcome[i] == 1 && treatment[i] == 0 ? 1 : 0;
            treatedNonResponders += outcome[i] == 0 && treatment[i] == 1 ? 1 : 0;
        }
        boolean byOutcome = controlResponders > treatedNonResponders;
        double[] score = new double[outcome.length];
        for (int i = 0; i < score.length; i++) {
            score[i] = 2 * (outcome[i] == treatment[i] ? 1 : 0) + (byOutcome ? outcome[i] : treatment[i]);
        }
        return score;
    }
}
