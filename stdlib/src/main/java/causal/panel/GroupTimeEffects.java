package causal.panel;

import causal.inference.ZStatistic;
import causal.random.RandomSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The ATT(g,t) of {@link CallawaySantAnna} with their influence functions, which {@link #aggregate} combines into
 * simple, event-time, cohort and calendar averages. Immutable.
 */
public final class GroupTimeEffects {
    /** One ATT(g,t) as computed: cohort, period and base period are period values. Internal, never exposed. */
    static final class Cell {
        final int cohort;
        final int period;
        final int basePeriod;
        final boolean post;
        final int treated;
        final int controls;
        final double att;
        final double[] psi;

        Cell(int cohort, int period, int basePeriod, boolean post, int treated, int controls, double att,
                double[] psi) {
            this.cohort = cohort;
            this.period = period;
            this.basePeriod = basePeriod;
            this.post = post;
            this.treated = treated;
            this.controls = controls;
            this.att = att;
            this.psi = psi;
        }
    }

    private final List<GroupTimeEffect> effects;
    private final List<Cell> cells;
    private final CohortSample sample;
    private final CallawaySantAnna.Options options;
    private final double criticalValue;
    private final List<String> notes;

    private GroupTimeEffects(List<GroupTimeEffect> effects, List<Cell> cells, CohortSample sample,
            CallawaySantAnna.Options options, double criticalValue, List<String> notes) {
        this.effects = List.copyOf(effects);
        this.cells = List.copyOf(cells);
        this.sample = sample;
        this.options = options;
        this.criticalValue = criticalValue;
        this.notes = List.copyOf(notes);
    }

    static GroupTimeEffects of(List<Cell> cells, CohortSample sample, CallawaySantAnna.Options options,
            List<String> notes) {
        double critical = ZStatistic.critical(options.confidenceLevel());
        if (options.bandDraws() > 0) {
            critical = MultiplierBootstrap.criticalValue(cells.stream().map(c -> c.psi).toList(),
                    options.confidenceLevel(), options.bandDraws(), new RandomSource(options.seed()).stream(0));
        }
        List<GroupTimeEffect> effects = new ArrayList<>();
        for (Cell c : cells) {
            double se = InfluenceFunctions.standardError(c.psi);
            effects.add(new GroupTimeEffect(c.cohort, c.period, c.period - c.cohort, c.basePeriod, c.post, c.treated,
                    c.controls, c.att, se, c.att - critical * se, c.att + critical * se,
                    ZStatistic.pValue(c.att / se)));
        }
        return new GroupTimeEffects(effects, cells, sample, options, critical, notes);
    }

    /** Every ATT(g,t), by cohort and then period. */
    public List<GroupTimeEffect> effects() {
        return effects;
    }

    /** The ATT of {@code cohort} in {@code period}. */
    public GroupTimeEffect effect(int cohort, int period) {
        for (GroupTimeEffect e : effects) {
            if (e.cohort() == cohort && e.period() == period) {
                return e;
            }
        }
        throw new PanelException("there is no ATT(g,t) for cohort " + cohort + " in period " + period);
    }

    public CallawaySantAnna.Options options() {
        return options;
    }

    /** The units estimated from (n of the influence functions): the panel's less those treated from the start. */
    public int units() {
        return sample.units();
    }

    /** The critical value of the ATT(g,t) intervals: z_{1 − α/2}, or the uniform band's. */
    public double criticalValue() {
        return criticalValue;
    }

    public boolean uniformBand() {
        return options.bandDraws() > 0;
    }

    /** What the pre-processing dropped or changed, in words. */
    public List<String> notes() {
        return notes;
    }

    /**
     * The ATT(g,t) averaged as {@code did::aggte(type)}; with {@link CallawaySantAnna.Options#bandDraws()} &gt; 0
     * the parts get a uniform band.
     *
     * @throws PanelException when no cohort is observed after its treatment starts
     */
    public AggregateEffects aggregate(Aggregation type) {
        return new EffectAggregation(cells, sample, options).aggregate(type);
    }
}
