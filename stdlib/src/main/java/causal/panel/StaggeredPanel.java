package causal.panel;

import java.util.Arrays;

/**
 * A balanced panel with staggered, absorbing treatment, the input of {@link BaconDecomposition} and
 * {@link CallawaySantAnna}: one outcome per unit and period, and for each unit the first period it is treated in
 * (its cohort). Built from long data (one row per unit and period) in one of two ways, as the R packages take it:
 * <ul>
 * <li>{@link #ofTreatment}: a 0/1 treatment per row that switches on and stays on (bacondecomp's {@code D});
 * <li>{@link #ofCohorts}: the first treated period per row, the same in every row of a unit, with 0 or +∞ for
 * never treated (did's {@code gname}).
 * </ul>
 * Periods are whole numbers (years, months counted from some origin); event time is period − cohort in those units.
 * A unit first treated after the last period is never treated within the panel (as did recodes it); a unit
 * treated from the first period on is "always treated". Immutable: the inputs are copied into wide form once.
 */
public final class StaggeredPanel {
    /** What the columns are called, for messages. */
    public record ColumnNames(String unit, String time, String outcome, String treatment) {
        public static final ColumnNames DEFAULT = new ColumnNames("unit", "time", "outcome", "treated");

        public ColumnNames {
            if (unit == null || time == null || outcome == null || treatment == null) {
                throw new PanelException("name the unit, time, outcome and treatment columns");
            }
        }
    }

    private final ColumnNames names;
    /** Sorted distinct unit ids and periods. */
    private final int[] unitIds;
    private final int[] periods;
    /** Unit-major: {@code outcome[u * periods + t]}. */
    private final double[] outcome;
    /** Per unit: the index of its first treated period, {@code periods.length} when never treated in the panel. */
    private final int[] firstTreated;

    private StaggeredPanel(ColumnNames names, int[] unitIds, int[] periods, double[] outcome, int[] firstTreated) {
        this.names = names;
        this.unitIds = unitIds;
        this.periods = periods;
        this.outcome = outcome;
        this.firstTreated = firstTreated;
    }

    /**
     * From a 0/1 treatment per row that, within each unit, is 0 up to some period and 1 from then on (or 0 or 1
     * throughout). Not modified: any array.
     *
     * @throws PanelException when lengths differ, a value is missing or not whole, the panel is not balanced, or a
     *                         unit's treatment switches off
     */
    public static StaggeredPanel ofTreatment(ColumnNames names, int[] unit, double[] time, double[] outcome,
            int[] treated) {
        Indicator.of(names.treatment(), treated);
        Layout layout = Layout.of(names, unit, time, outcome, treated.length);
        int[] periods = layout.periods;
        int[] first = new int[layout.unitIds.length];
        int[] treatedAt = new int[layout.unitIds.length * periods.length];
        for (int i = 0; i < treated.length; i++) {
            treatedAt[layout.cell[i]] = treated[i];
        }
        for (int u = 0; u < first.length; u++) {
            int base = u * periods.length;
            first[u] = periods.length;
            for (int t = 0; t < periods.length; t++) {
                if (treatedAt[base + t] == 1 && first[u] == periods.length) {
                    first[u] = t;
                } else if (treatedAt[base + t] == 0 && first[u] < periods.length) {
                    throw new PanelException(names.treatment() + " switches off: " + names.unit() + " "
                            + layout.unitIds[u] + " is treated in " + names.time() + " " + periods[t - 1]
                            + " but not in " + periods[t] + "; staggered adoption needs a treatment that stays on "
                            + "once it starts");
                }
            }
        }
        return new StaggeredPanel(names, layout.unitIds, periods, layout.outcome, first);
    }

    /** {@link #ofTreatment(ColumnNames, int[], double[], double[], int[])} with whole-number periods. */
    public static StaggeredPanel ofTreatment(ColumnNames names, int[] unit, int[] time, double[] outcome,
            int[] treated) {
        return ofTreatment(names, unit, asDoubles(time), outcome, treated);
    }

    /**
     * From each row's cohort, the period its unit is first treated in: 0 or +∞ mean never treated (did's coding),
     * a cohort after the last period is never treated within the panel, one at or before the first period always
     * treated. Not modified: any array.
     *
     * @throws PanelException when lengths differ, a value is missing or not whole, the panel is not balanced, a
     *                         unit's cohort changes between rows, a cohort falls between two periods, or cohort 0 is
     *                         ambiguous because 0 is also a period
     */
    public static StaggeredPanel ofCohorts(ColumnNames names, int[] unit, double[] time, double[] outcome,
            double[] cohort) {
        Layout layout = Layout.of(names, unit, time, outcome, cohort.length);
        int[] periods = layout.periods;
        boolean zeroIsAPeriod = Arrays.binarySearch(periods, 0) >= 0;
        double[] unitCohort = new double[layout.unitIds.length];
        int[] firstRow = new int[layout.unitIds.length];
        Arrays.fill(firstRow, -1);
        for (int i = 0; i < cohort.length; i++) {
            double g = cohort[i];
            if (Double.isNaN(g) || g == Double.NEGATIVE_INFINITY) {
                throw new PanelException(names.treatment() + " is " + g + " in row " + (i + 1) + "; give the first "
                        + "treated period, or 0 for a unit that is never treated");
            }
            if (g == 0 && zeroIsAPeriod) {
                throw new PanelException(names.treatment() + " is 0 in row " + (i + 1) + ", which means never "
                        + "treated, but 0 is also a period of " + names.time() + "; code never-treated units as "
                        + "Infinity, or give the treatment as a 0/1 column");
            }
            int u = layout.cell[i] / periods.length;
            if (firstRow[u] < 0) {
                firstRow[u] = i;
                unitCohort[u] = g;
            } else if (unitCohort[u] != g) {
                throw new PanelException(names.treatment() + " must be the same in every row of a unit, but "
                        + names.unit() + " " + layout.unitIds[u] + " has " + show(unitCohort[u]) + " in row "
                        + (firstRow[u] + 1) + " and " + show(g) + " in row " + (i + 1));
            }
        }
        int[] first = new int[layout.unitIds.length];
        for (int u = 0; u < first.length; u++) {
            first[u] = firstTreatedIndex(names, periods, unitCohort[u], layout.unitIds[u]);
        }
        return new StaggeredPanel(names, layout.unitIds, periods, layout.outcome, first);
    }

    /** {@link #ofCohorts(ColumnNames, int[], double[], double[], double[])} with whole-number periods. */
    public static StaggeredPanel ofCohorts(ColumnNames names, int[] unit, int[] time, double[] outcome,
            double[] cohort) {
        return ofCohorts(names, unit, asDoubles(time), outcome, cohort);
    }

    private static int firstTreatedIndex(ColumnNames names, int[] periods, double g, int unitId) {
        int last = periods[periods.length - 1];
        if (g == 0 || g > last) {
            return periods.length;
        }
        if (g <= periods[0]) {
            return 0;
        }
        int at = g == Math.rint(g) ? Arrays.binarySearch(periods, (int) g) : -1;
        if (at < 0) {
            throw new PanelException(names.treatment() + " of " + names.unit() + " " + unitId + " is " + show(g)
                    + ", which is not one of the periods of " + names.time() + "; give the first period in the "
                    + "data in which the unit is treated");
        }
        return at;
    }

    public ColumnNames names() {
        return names;
    }

    public int units() {
        return unitIds.length;
    }

    public int periods() {
        return periods.length;
    }

    /** The {@code t}-th period in time order. */
    public int period(int t) {
        return periods[t];
    }

    /** The id of the {@code u}-th unit in increasing id order. */
    public int unitId(int u) {
        return unitIds[u];
    }

    public double outcome(int u, int t) {
        return outcome[u * periods.length + t];
    }

    /** The index of unit u's first treated period, {@link #periods()} when it is never treated in the panel. */
    public int firstTreated(int u) {
        return firstTreated[u];
    }

    /** Whether unit u is treated in period t. */
    public boolean treated(int u, int t) {
        return t >= firstTreated[u];
    }

    double[] outcomes() {
        return outcome;
    }

    private static double[] asDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static String show(double g) {
        return g == Math.rint(g) && Math.abs(g) < 1e15 ? Long.toString((long) g) : Double.toString(g);
    }

    /** Long rows placed in the wide unit × period grid, with the checks every input shares. */
    private static final class Layout {
        final int[] unitIds;
        final int[] periods;
        final double[] outcome;
        /** Per row: its cell {@code u * periods + t}. */
        final int[] cell;

        private Layout(int[] unitIds, int[] periods, double[] outcome, int[] cell) {
            this.unitIds = unitIds;
            this.periods = periods;
            this.outcome = outcome;
            this.cell = cell;
        }

        static Layout of(ColumnNames names, int[] unit, double[] time, double[] y, int treatmentRows) {
            int n = unit.length;
            if (time.length != n || y.length != n || treatmentRows != n) {
                throw new PanelException(names.unit() + ", " + names.time() + ", " + names.outcome() + " and "
                        + names.treatment() + " must have the same number of rows, but they have " + n + ", "
                        + time.length + ", " + y.length + " and " + treatmentRows);
            }
            if (n == 0) {
                throw new PanelException("the panel has no rows");
            }
            int[] period = wholePeriods(names, time);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new PanelException(names.outcome() + " is " + y[i] + " in row " + (i + 1)
                            + "; remove or fill missing values first");
                }
            }
            int[] unitIds = Arrays.stream(unit).distinct().sorted().toArray();
            int[] periods = Arrays.stream(period).distinct().sorted().toArray();
            if (periods.length < 2) {
                throw new PanelException(names.time() + " has a single period, " + periods[0] + "; staggered "
                        + "adoption needs at least two");
            }
            int width = periods.length;
            int[] cell = new int[n];
            int[] rowOf = new int[unitIds.length * width];
            Arrays.fill(rowOf, -1);
            double[] outcome = new double[rowOf.length];
            for (int i = 0; i < n; i++) {
                int u = Arrays.binarySearch(unitIds, unit[i]);
                int t = Arrays.binarySearch(periods, period[i]);
                int c = u * width + t;
                if (rowOf[c] >= 0) {
                    throw new PanelException(names.unit() + " " + unit[i] + " has two rows for " + names.time() + " "
                            + period[i] + " (rows " + (rowOf[c] + 1) + " and " + (i + 1) + "); give one row per "
                            + "unit and period");
                }
                rowOf[c] = i;
                cell[i] = c;
                outcome[c] = y[i];
            }
            if (n != rowOf.length) {
                int missing = 0;
                while (rowOf[missing] >= 0) {
                    missing++;
                }
                throw new PanelException("the panel is not balanced: " + names.unit() + " "
                        + unitIds[missing / width] + " has no row for " + names.time() + " "
                        + periods[missing % width] + " (" + (rowOf.length - n) + " of " + rowOf.length
                        + " unit-period rows are missing); these methods need every unit in every period, so drop "
                        + "the incomplete units first");
            }
            return new Layout(unitIds, periods, outcome, cell);
        }

        private static int[] wholePeriods(ColumnNames names, double[] time) {
            int[] out = new int[time.length];
            for (int i = 0; i < time.length; i++) {
                double t = time[i];
                if (!Double.isFinite(t) || t != Math.rint(t) || Math.abs(t) > Integer.MAX_VALUE / 2.0) {
                    throw new PanelException(names.time() + " is " + t + " in row " + (i + 1) + "; periods must be "
                            + "whole numbers such as years or months counted from a start");
                }
                out[i] = (int) t;
            }
            return out;
        }
    }
}
