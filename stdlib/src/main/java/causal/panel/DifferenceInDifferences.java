package causal.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Difference in differences on a panel of units observed over periods, with a treated flag (per row, usually
 * constant within a unit) and a post flag (per row): the row is treated when both are 1. Three estimates:
 * <ul>
 * <li>{@link #twoByTwo} — the four means;
 * <li>{@link #twoWayFixedEffects} — {@code fixest::feols(y ~ treated:post | unit + time, cluster = ~unit)}, equal to
 * {@code lm(y ~ D + factor(unit) + factor(time))} with clustered errors (fixest's small-sample factors by default,
 * see {@link SmallSampleCorrection});
 * <li>{@link #eventStudy} — leads and lags around each unit's first treated period, reference −1.
 * </ul>
 * The time factor's codes must be in chronological order, one code per period and no period missing from the
 * panel as a whole ({@link Factor#fromValues} gives that for integer periods): event time is counted in codes.
 * Staggered adoption (units first treated in different periods) is detected and reported as a note on every
 * estimate.
 */
public final class DifferenceInDifferences {
    private final Factor unit;
    private final Factor time;
    private final Indicator treated;
    private final Indicator post;
    /** Per unit: the time code of its first treated row, −1 if it has none. */
    private final int[] firstTreated;

    private DifferenceInDifferences(Factor unit, Factor time, Indicator treated, Indicator post) {
        this.unit = unit;
        this.time = time;
        this.treated = treated;
        this.post = post;
        this.firstTreated = firstTreatedPeriods();
    }

    /**
     * A design over these columns, all of one length. Not modified: any of them.
     *
     * @throws PanelException when the lengths differ, or treated or post is the same in every row
     */
    public static DifferenceInDifferences of(Factor unit, Factor time, Indicator treated, Indicator post) {
        int n = unit.size();
        for (int size : new int[] {time.size(), treated.size(), post.size()}) {
            if (size != n) {
                throw new PanelException(unit.name() + ", " + time.name() + ", " + treated.name() + " and "
                        + post.name() + " must have the same number of rows, but they have " + n + ", "
                        + time.size() + ", " + treated.size() + " and " + post.size());
            }
        }
        if (treated.isConstant()) {
            throw new PanelException(treated.name() + " is " + (n > 0 ? treated.value(0) : 0) + " in every row: "
                    + "a difference in differences needs both treated and control rows");
        }
        if (post.isConstant()) {
            throw new PanelException(post.name() + " is " + (n > 0 ? post.value(0) : 0) + " in every row: a "
                    + "difference in differences needs rows both before and after treatment");
        }
        return new DifferenceInDifferences(unit, time, treated, post);
    }

    /**
     * The four means of y by treated and post. Not modified: y.
     *
     * @throws PanelException when one of the four cells has no rows
     */
    public TwoByTwo twoByTwo(String outcome, double[] y) {
        checkLength(outcome, y);
        return fourMeans(y, true).orElseThrow();
    }

    private Optional<TwoByTwo> fourMeans(double[] y, boolean required) {
        double[] sums = new double[4];
        int[] counts = new int[4];
        for (int i = 0; i < y.length; i++) {
            int cell = 2 * treated.value(i) + post.value(i);
            sums[cell] += y[i];
            counts[cell]++;
        }
        String[] cells = {"control rows before", "control rows after", "treated rows before", "treated rows after"};
        for (int cell = 0; cell < 4; cell++) {
            if (counts[cell] == 0 && !required) {
                return Optional.empty();
            }
            if (counts[cell] == 0) {
                throw new PanelException("there are no " + cells[cell] + " treatment (" + treated.name() + " = "
                        + cell / 2 + ", " + post.name() + " = " + cell % 2 + "), so the 2x2 cannot be formed");
            }
        }
        return Optional.of(new TwoByTwo(sums[2] / counts[2], sums[3] / counts[3], sums[0] / counts[0],
                sums[1] / counts[1], counts[2], counts[3], counts[0], counts[1]));
    }

    /** Two-way fixed effects with standard errors clustered by unit and fixest's default corrections. */
    public DidEstimate twoWayFixedEffects(String outcome, double[] y) {
        return twoWayFixedEffects(outcome, y, StandardErrors.clustered(unit), FixedEffectsRegression.Options.DEFAULTS);
    }

    /**
     * The coefficient of D = treated × post in {@code y ~ D | unit + time}. Not modified: y.
     *
     * @throws PanelException when D is absorbed by the fixed effects (e.g. no control unit and one treatment date)
     */
    public DidEstimate twoWayFixedEffects(String outcome, double[] y, StandardErrors errors,
            FixedEffectsRegression.Options options) {
        checkLength(outcome, y);
        double[] d = new double[y.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = treated.value(i) * post.value(i);
        }
        FixedEffectsFit fit = FixedEffectsRegression.fit(outcome, y, Regressors.of(treatmentName(), d),
                List.of(unit, time), errors, options);
        Adoption adoption = adoption();
        List<String> notes = new ArrayList<>(fit.notes());
        adoption.warning().ifPresent(notes::add);
        return new DidEstimate(fit.coefficients().get(0), fit, fourMeans(y, false), adoption, notes);
    }

    /**
     * The TWFE coefficient of {@link #twoWayFixedEffects} for other treated flags on the same panel: the function
     * takes one treated flag (0 or 1) per row and returns the coefficient of flag × post, without standard errors
     * (see {@link FixedEffectsRegression#slopes}). For permutation tests, which re-estimate with only the treated
     * units changed. Not modified: y.
     */
    public ToDoubleFunction<double[]> twoWayFixedEffectsSlopes(String outcome, double[] y,
            FixedEffectsRegression.Options options) {
        checkLength(outcome, y);
        ToDoubleFunction<double[]> slopes = FixedEffectsRegression.slopes(outcome, y, treatmentName(),
                List.of(unit, time), options);
        return treatedFlags -> {
            checkLength(treated.name(), treatedFlags);
            double[] d = new double[treatedFlags.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = treatedFlags[i] * post.value(i);
            }
            return slopes.applyAsDouble(d);
        };
    }

    /** An event study clustered by unit with fixest's default corrections. */
    public EventStudy eventStudy(String outcome, double[] y, EventStudy.Binning binning) {
        return eventStudy(outcome, y, binning, StandardErrors.clustered(unit), FixedEffectsRegression.Options.DEFAULTS);
    }

    /**
     * One dummy per event time e ≠ −1 of the ever-treated units (binned as asked), regressed with unit and period
     * fixed effects. Not modified: y.
     *
     * @throws PanelException when no treated unit is seen at event time −1, or an event time is absorbed (e.g. one
     *                        treatment date and no never-treated units)
     */
    public EventStudy eventStudy(String outcome, double[] y, EventStudy.Binning binning, StandardErrors errors,
            FixedEffectsRegression.Options options) {
        checkLength(outcome, y);
        int n = y.length;
        int[] eventTime = new int[n];
        TreeMap<Integer, Integer> index = new TreeMap<>();
        boolean referenceSeen = false;
        for (int i = 0; i < n; i++) {
            int first = firstTreated[unit.code(i)];
            if (first < 0) {
                eventTime[i] = Integer.MIN_VALUE;
                continue;
            }
            int e = binning.clamp(time.code(i) - first);
            eventTime[i] = e;
            if (e == -1) {
                referenceSeen = true;
            } else {
                index.put(e, 0);
            }
        }
        if (!referenceSeen) {
            throw new PanelException("no treated unit is observed in the period just before its treatment (event "
                    + "time -1), the reference period of the event study");
        }
        int[] times = index.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int j = 0; j < times.length; j++) {
            index.put(times[j], j);
        }
        double[][] dummies = new double[times.length][n];
        for (int i = 0; i < n; i++) {
            int e = eventTime[i];
            if (e != Integer.MIN_VALUE && e != -1) {
                dummies[index.get(e)][i] = 1;
            }
        }
        List<String> names = Arrays.stream(times).mapToObj(e -> "event time " + e).toList();
        FixedEffectsFit fit = FixedEffectsRegression.fit(outcome, y, Regressors.of(names, dummies),
                List.of(unit, time), errors, options);
        List<EventStudy.EventTime> out = new ArrayList<>();
        for (int j = 0; j < times.length; j++) {
            Coefficient c = fit.coefficients().get(j);
            out.add(new EventStudy.EventTime(times[j], binning.isEndpoint(times[j]), c.estimate(), c.stdError(),
                    c.low(), c.high(), c.pValue()));
        }
        Adoption adoption = adoption();
        List<String> notes = new ArrayList<>(fit.notes());
        adoption.warning().ifPresent(notes::add);
        return new EventStudy(out, -1, adoption, fit, notes);
    }

    /** The cohorts by first treated period, and the never-treated units. */
    public Adoption adoption() {
        TreeMap<Integer, Integer> cohorts = new TreeMap<>();
        int never = 0;
        for (int u = 0; u < firstTreated.length; u++) {
            if (unit.count(u) == 0) {
                continue;
            }
            if (firstTreated[u] < 0) {
                never++;
            } else {
                cohorts.merge(firstTreated[u], 1, Integer::sum);
            }
        }
        List<Adoption.Cohort> list = new ArrayList<>();
        cohorts.forEach((period, units) -> list.add(new Adoption.Cohort(period, time.label(period), units)));
        return new Adoption(list, never);
    }

    private int[] firstTreatedPeriods() {
        int[] first = new int[unit.levels()];
        Arrays.fill(first, -1);
        for (int i = 0; i < unit.size(); i++) {
            if (treated.value(i) == 1 && post.value(i) == 1) {
                int u = unit.code(i);
                int t = time.code(i);
                if (first[u] < 0 || t < first[u]) {
                    first[u] = t;
                }
            }
        }
        return first;
    }

    private String treatmentName() {
        return treated.name() + ":" + post.name();
    }

    private void checkLength(String outcome, double[] y) {
        if (y.length != unit.size()) {
            throw new PanelException(outcome + " has " + y.length + " rows, but " + unit.name() + " has "
                    + unit.size());
        }
    }
}
