package causal.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Callaway and Sant'Anna (2021, J. Econometrics 225(2)) group-time average treatment effects on a balanced panel
 * without covariates, as R's {@code did::att_gt(yname, tname, idname, gname, xformla = ~1, panel = TRUE,
 * bstrap = FALSE)}: for each cohort g (units first treated in period g) and period t,
 * <pre>ATT(g,t) = mean over cohort g of (Y_t − Y_b) − mean over the controls of (Y_t − Y_b)</pre>
 * with base period b = the last period before g − anticipation for t ≥ g; for t &lt; g, b = t − 1 (base period
 * "varying", did's default: pre-treatment cells are placebo period-on-period changes) or the same b as after
 * treatment ("universal": the cell t = b is 0 by construction). Controls are the never treated, or the never
 * treated together with the cohorts not yet treated by max(t, b) + anticipation. Without covariates did's three
 * estimators (reg, ipw, dr) reduce to this difference of means, and so do their influence functions:
 * ψᵢ = n (ΔYᵢ − μ₁)/n_g for cohort g, −n (ΔYᵢ − μ₀)/n_C for the controls, 0 for other units, with
 * SE = √(Σ ψᵢ²)/n — the unit-clustered variance did reports with {@code bstrap = FALSE}.
 *
 * <p>As did's pre-processing: units treated in the first period (+ anticipation) have no pre-period and are
 * dropped; cohorts after the last period count as never treated; without any never-treated unit, the periods from
 * the last cohort's start (− anticipation) on are dropped and the last cohort serves as control (as never treated
 * for {@code control = never}, as not yet treated for {@code control = notyet}). Each of these is said in the
 * notes. {@link GroupTimeEffects#aggregate} averages the ATT(g,t) as {@code did::aggte}.
 */
public final class CallawaySantAnna {
    /** Which units are compared with a cohort: did's {@code control_group}. */
    public enum ControlGroup {
        /** {@code nevertreated}: only units never treated in the panel. */
        NEVER_TREATED("never"),
        /** {@code notyettreated}: never treated and not yet treated by the later of t and the base period. */
        NOT_YET_TREATED("notyet");

        private final String keyword;

        ControlGroup(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** The period pre-treatment cells are compared with: did's {@code base_period}. */
    public enum BasePeriod {
        /** Each pre-treatment period against the one before it; post-treatment against the period before g. */
        VARYING,
        /** Every period against the period before g. */
        UNIVERSAL;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param control         {@code control}, default {@code never}: never-treated units only, or also the not yet
     *                        treated ({@code notyet})
     * @param basePeriod      {@code base_period}, default {@code varying} (did's default); or {@code universal}
     * @param anticipation    {@code anticipation}, default 0: periods before its start in which a cohort may already
     *                        react to treatment, moved out of the base period
     * @param confidenceLevel {@code level}, default 0.95: of the intervals
     * @param bandDraws       {@code band_draws}, default 0: multiplier-bootstrap draws for a uniform (simultaneous)
     *                        band over the ATT(g,t) and over each aggregation's parts; 0 gives pointwise intervals
     *                        (did's {@code cband = TRUE, biters = 1000} corresponds to 1000)
     * @param seed            {@code seed}, default 0: of the band's draws
     */
    public record Options(ControlGroup control, BasePeriod basePeriod, int anticipation, double confidenceLevel,
            int bandDraws, long seed) {
        public static final Options DEFAULTS = new Options(ControlGroup.NEVER_TREATED, BasePeriod.VARYING, 0, 0.95, 0,
                0);

        public Options {
            if (control == null || basePeriod == null) {
                throw new PanelException("choose a control group (never or notyet) and a base period (varying or "
                        + "universal)");
            }
            if (anticipation < 0) {
                throw new PanelException("anticipation must be 0 or more periods, not " + anticipation);
            }
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new PanelException("the confidence level must be between 0 and 1, not " + confidenceLevel);
            }
            if (bandDraws != 0 && bandDraws < 100) {
                throw new PanelException("a uniform band needs at least 100 bootstrap draws (did uses 1000), not "
                        + bandDraws + "; use 0 for pointwise intervals");
            }
        }

        public Options withControl(ControlGroup c) {
            return new Options(c, basePeriod, anticipation, confidenceLevel, bandDraws, seed);
        }

        public Options withBasePeriod(BasePeriod b) {
            return new Options(control, b, anticipation, confidenceLevel, bandDraws, seed);
        }

        public Options withAnticipation(int periods) {
            return new Options(control, basePeriod, periods, confidenceLevel, bandDraws, seed);
        }

        public Options withConfidenceLevel(double level) {
            return new Options(control, basePeriod, anticipation, level, bandDraws, seed);
        }

        public Options withUniformBand(int draws, long bandSeed) {
            return new Options(control, basePeriod, anticipation, confidenceLevel, draws, bandSeed);
        }
    }

    private CallawaySantAnna() {
    }

    /** {@link #estimate(StaggeredPanel, Options)} with {@link Options#DEFAULTS}. */
    public static GroupTimeEffects estimate(StaggeredPanel panel) {
        return estimate(panel, Options.DEFAULTS);
    }

    /**
     * Every ATT(g,t) with its influence function. Not modified: panel.
     *
     * @throws PanelException when no cohort is left to estimate (no treated unit with a pre-treatment period, or a
     *                         single cohort and no never-treated unit)
     */
    public static GroupTimeEffects estimate(StaggeredPanel panel, Options options) {
        CohortSample sample = CohortSample.of(panel, options);
        List<GroupTimeEffects.Cell> cells = new ArrayList<>();
        List<String> notes = new ArrayList<>(sample.notes());
        int[] periods = sample.periods();
        for (int g = 0; g < sample.cohorts().length; g++) {
            int cohort = sample.cohorts()[g];
            int lastBefore = lastPeriodBefore(periods, cohort - options.anticipation());
            if (lastBefore < 0) {
                notes.add("cohort " + cohort + " has no period before its treatment starts (with anticipation "
                        + options.anticipation() + "), so it has no ATT(g,t)");
                continue;
            }
            int from = options.basePeriod() == BasePeriod.VARYING ? 1 : 0;
            for (int t = from; t < periods.length; t++) {
                boolean post = cohort <= periods[t];
                int base = post || options.basePeriod() == BasePeriod.UNIVERSAL ? lastBefore : t - 1;
                cells.add(sample.cell(g, t, base, post));
            }
        }
        if (cells.isEmpty()) {
            throw new PanelException("no cohort has a period before its treatment starts, so there is no ATT(g,t) to "
                    + "estimate");
        }
        return GroupTimeEffects.of(cells, sample, options, notes);
    }

    /** The index of the last period strictly before {@code limit}, −1 if none. */
    private static int lastPeriodBefore(int[] periods, int limit) {
        int at = Arrays.binarySearch(periods, limit);
        int insertion = at >= 0 ? at : -at - 1;
        return insertion - 1;
    }
}
