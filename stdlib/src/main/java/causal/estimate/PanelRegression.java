package causal.estimate;

import causal.data.DataLocation;
import causal.data.Table;
import causal.learn.DesignMatrix;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import causal.panel.Coefficient;
import causal.panel.Factor;
import causal.panel.FixedEffectsFit;
import causal.panel.FixedEffectsRegression;
import causal.panel.PanelException;
import causal.panel.Regressors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code twfe} on a {@code panel(unit, time)} design: the outcome on the treatment (binary or continuous) and the
 * {@code controlling for} columns, with unit and time fixed effects absorbed by alternating projections, as
 * {@code fixest::feols(y ~ t + x | unit + time, cluster = ~unit)} and {@code plm(model = "within", effect =
 * "twoways")}. The effect is the treatment's coefficient: the within-unit, within-period change in the outcome per
 * unit of treatment. Standard errors clustered by unit unless {@code se} says otherwise, with fixest's small-sample
 * factors; t with G − 1 degrees of freedom for clustered errors (the smallest G for two-way clustering).
 */
public final class PanelRegression implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("twfe", "Fixed-effects panel regression",
            "the treatment's coefficient with unit and time fixed effects absorbed (fixest::feols(y ~ t | unit + "
                    + "time)); standard errors clustered by unit by default",
            Set.of(Estimand.ATE), false,
            List.of(new OptionSpec("effects", "word", "twoways",
                            "the fixed effects: twoways (unit and time), unit or time, as plm's effect"),
                    new OptionSpec("se", "se", "cluster(unit)",
                            "cluster(column), cluster(a, b) for two-way clustering (Cameron, Gelbach and Miller "
                                    + "2011), hc1 or classical; fixest's small-sample factors")),
            PanelRegression::create, Design.Kind.PANEL);

    private static final Set<String> EFFECTS = Set.of("twoways", "unit", "time");

    private final String effects;
    /** Empty: cluster by the design's unit. */
    private final Optional<OptionValue> se;

    private PanelRegression(String effects, Optional<OptionValue> se) {
        this.effects = effects;
        this.se = se;
    }

    private static PanelRegression create(Map<String, OptionValue> values) {
        OptionReader options = new OptionReader("twfe", values);
        String effects = options.word("effects", "twoways", EFFECTS);
        Optional<OptionValue> se = Optional.ofNullable(values.get("se"));
        se.ifPresent(v -> clusterColumns(v, options));
        return new PanelRegression(effects, se);
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.Panel design)) {
            throw new EstimationException("twfe with unit and time effects estimates from a panel(unit, time) design");
        }
        EffectData effect = new EffectData(data, query, "twfe");
        double[] y = effect.outcome();
        List<String> terms = new ArrayList<>();
        terms.add(query.treatment());
        terms.addAll(query.covariates());
        DesignMatrix design0 = DesignMatrix.of(data, terms);
        List<String> names = design0.names().subList(1, design0.names().size());
        double[][] columns = new double[names.size()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = design0.column(j + 1);
        }
        List<Factor> fixedEffects = new ArrayList<>();
        if (!effects.equals("time")) {
            fixedEffects.add(factor(data, design.unit()));
        }
        if (!effects.equals("unit")) {
            fixedEffects.add(factor(data, design.time()));
        }
        causal.panel.StandardErrors errors = errors(data, design);
        FixedEffectsFit fit;
        try {
            fit = FixedEffectsRegression.fit(query.outcome(), y, Regressors.of(names, columns), fixedEffects, errors);
        } catch (PanelException e) {
            throw new EstimationException("twfe: " + e.getMessage(), DataLocation.column(data.source(),
                    query.treatment()));
        }
        Coefficient c = fit.coefficient(names.get(0));
        Map<String, Double> statistics = new LinkedHashMap<>();
        for (Factor f : fixedEffects) {
            statistics.put(f.name().equals(design.unit()) ? "units" : "periods", (double) f.levelsPresent());
        }
        if (fit.clusters() > 0) {
            statistics.put("clusters", (double) fit.clusters());
        }
        statistics.put("within_r2", fit.withinRSquared());
        statistics.put("df_residual", (double) fit.tDegreesOfFreedom());
        for (Coefficient control : fit.coefficients()) {
            if (!control.name().equals(c.name())) {
                statistics.put("coef_" + control.name(), control.estimate());
            }
        }
        List<String> notes = new ArrayList<>(fit.notes());
        notes.add("fixed effects: " + String.join(" and ", fixedEffects.stream().map(Factor::name).toList())
                + "; standard errors " + fit.standardErrors());
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "twfe", c.estimate(), c.stdError(),
                c.low(), c.high(), c.pValue(), data.rowCount(), statistics, Optional.empty(), notes);
    }

    private causal.panel.StandardErrors errors(Table data, Design.Panel design) {
        if (se.isEmpty()) {
            return causal.panel.StandardErrors.clustered(factor(data, design.unit()));
        }
        OptionValue value = se.get();
        if (value instanceof OptionValue.Word w && w.word().equals("hc1")) {
            return causal.panel.StandardErrors.heteroskedastic();
        }
        if (value instanceof OptionValue.Word w && w.word().equals("classical")) {
            return causal.panel.StandardErrors.classical();
        }
        List<String> by = clusterColumns(value, new OptionReader("twfe", Map.of("se", value)));
        List<Factor> factors = new ArrayList<>();
        for (String column : by) {
            factors.add(factor(data, column));
        }
        return new causal.panel.StandardErrors.Clustered(factors);
    }

    /** The columns of {@code cluster(a[, b])}; hc1 and classical give none. */
    private static List<String> clusterColumns(OptionValue value, OptionReader options) {
        if (value instanceof OptionValue.Word w && (w.word().equals("hc1") || w.word().equals("classical"))) {
            return List.of();
        }
        if (value instanceof OptionValue.Call call && call.function().equals("cluster") && call.named().isEmpty()
                && (call.args().size() == 1 || call.args().size() == 2)) {
            List<String> columns = new ArrayList<>();
            for (OptionValue arg : call.args()) {
                if (arg instanceof OptionValue.Word w) {
                    columns.add(w.word());
                } else if (arg instanceof OptionValue.Text t) {
                    columns.add(t.value());
                }
            }
            if (columns.size() == call.args().size()) {
                return columns;
            }
        }
        throw options.wrong("se", value, "cluster(column), cluster(a, b), hc1 or classical");
    }

    private static Factor factor(Table data, String column) {
        ClusterIds ids = ClusterIds.of(data, column);
        return Factor.of(column, ids.ids());
    }
}
