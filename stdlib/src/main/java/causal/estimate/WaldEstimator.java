package causal.estimate;

import causal.data.Column;
import causal.data.DataLocation;
import causal.data.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code wald}: one binary instrument Z and no other covariates, the Wald ratio (E[Y | Z = 1] − E[Y | Z = 0]) /
 * (E[T | Z = 1] − E[T | Z = 0]) — the reduced form over the first stage, the local effect on compliers (Imbens and
 * Angrist 1994). It equals two-stage least squares with that instrument, whose HC1 standard error it reports.
 */
public final class WaldEstimator implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("wald", "Wald estimator",
            "the effect of one binary instrument on the outcome over its effect on the treatment (LATE)",
            Set.of(Estimand.LATE, Estimand.ATE), false, List.of(), values -> new WaldEstimator(),
            Design.Kind.INSTRUMENTS);

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.Instruments iv) || iv.instruments().size() != 1
                || !query.covariates().isEmpty()) {
            throw new EstimationException("wald takes one binary instrument and no covariates; use tsls for more");
        }
        String z = iv.instruments().get(0);
        EffectData effect = new EffectData(data, query, "wald");
        double[] y = effect.outcome();
        double[] t = effect.numeric(query.treatment(), "treatment");
        double[] instrument = effect.numeric(z, "instrument");
        double[] sums = new double[4];
        int[] counts = new int[2];
        for (int i = 0; i < y.length; i++) {
            if (instrument[i] != 0.0 && instrument[i] != 1.0) {
                Column c = data.column(z);
                throw new EstimationException("wald needs a 0/1 instrument, but " + z + " is " + c.text(i)
                        + " in row " + (i + 1), DataLocation.cell(data.source(), i + 1, z));
            }
            int g = (int) instrument[i];
            counts[g]++;
            sums[g] += y[i];
            sums[2 + g] += t[i];
        }
        if (counts[0] == 0 || counts[1] == 0) {
            throw new EstimationException("the instrument " + z + " takes one value only");
        }
        double reduced = sums[1] / counts[1] - sums[0] / counts[0];
        double first = sums[3] / counts[1] - sums[2] / counts[0];
        if (first == 0.0) {
            throw new EstimationException("the instrument " + z + " does not move the treatment: the first stage "
                    + "is 0");
        }
        Estimate tsls = new TwoStageLeastSquares(StandardErrors.HC1).estimate(data, query);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("reduced_form", reduced);
        statistics.put("first_stage", first);
        statistics.putAll(tsls.statistics());
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "wald", reduced / first,
                tsls.stdError(), tsls.ciLow(), tsls.ciHigh(), tsls.pValue(), tsls.n(), statistics, tsls.balance(),
                tsls.notes());
    }
}
