package causal.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The units and periods {@link CallawaySantAnna} estimates from, after did's pre-processing (see its Javadoc), and
 * the 2×2 behind one ATT(g,t). Cohorts are first treated periods; never-treated units have cohort {@link #NEVER}.
 */
final class CohortSample {
    static final int NEVER = Integer.MAX_VALUE;

    private final StaggeredPanel panel;
    private final CallawaySantAnna.Options options;
    /** Per kept unit: its index in the panel and its cohort. */
    private final int[] unitIndex;
    private final int[] unitCohort;
    /** Per kept unit: the index of its cohort in {@link #cohorts}, −1 when it has no ATT of its own. */
    private final int[] unitGroup;
    /** The periods kept: the panel's first {@code periods.length}. */
    private final int[] periods;
    private final int[] cohorts;
    private final int[] cohortUnits;
    private final List<String> notes;

    private CohortSample(StaggeredPanel panel, CallawaySantAnna.Options options, int[] unitIndex, int[] unitCohort,
            int[] periods, int[] cohorts, List<String> notes) {
        this.panel = panel;
        this.options = options;
        this.unitIndex = unitIndex;
        this.unitCohort = unitCohort;
        this.periods = periods;
        this.cohorts = cohorts;
        this.notes = List.copyOf(notes);
        this.unitGroup = new int[unitCohort.length];
        this.cohortUnits = new int[cohorts.length];
        for (int i = 0; i < unitCohort.length; i++) {
            int g = unitCohort[i] == NEVER ? -1 : Arrays.binarySearch(cohorts, unitCohort[i]);
            unitGroup[i] = Math.max(g, -1);
            if (g >= 0) {
                cohortUnits[g]++;
            }
        }
    }

    static CohortSample of(StaggeredPanel panel, CallawaySantAnna.Options options) {
        StaggeredPanel.ColumnNames names = panel.names();
        int delta = options.anticipation();
        List<String> notes = new ArrayList<>();
        int[] cohortOf = new int[panel.units()];
        int kept = 0;
        int alwaysTreated = 0;
        for (int u = 0; u < cohortOf.length; u++) {
            int first = panel.firstTreated(u);
            cohortOf[u] = first == panel.periods() ? NEVER : panel.period(first);
            if (cohortOf[u] != NEVER && cohortOf[u] <= panel.period(0) + delta) {
                alwaysTreated++;
            } else {
                kept++;
            }
        }
        if (alwaysTreated > 0) {
            notes.add("dropped " + alwaysTreated + " " + (alwaysTreated == 1 ? "unit" : "units") + " already treated "
                    + "in the first period" + (delta > 0 ? " (with anticipation " + delta + ")" : "")
                    + ": without a period before treatment they have no ATT(g,t) and cannot serve as controls");
        }
        int[] unitIndex = new int[kept];
        int[] unitCohort = new int[kept];
        int at = 0;
        for (int u = 0; u < cohortOf.length; u++) {
            if (cohortOf[u] == NEVER || cohortOf[u] > panel.period(0) + delta) {
                unitIndex[at] = u;
                unitCohort[at++] = cohortOf[u];
            }
        }
        int[] treatedCohorts = Arrays.stream(unitCohort).filter(c -> c != NEVER).distinct().sorted().toArray();
        if (treatedCohorts.length == 0) {
            throw new PanelException("no unit of " + names.unit() + " is treated after the first period of "
                    + names.time() + ", so there is no group-time effect to estimate");
        }
        int periodCount = panel.periods();
        int[] cohorts = treatedCohorts;
        if (Arrays.stream(unitCohort).noneMatch(c -> c == NEVER)) {
            int latest = treatedCohorts[treatedCohorts.length - 1];
            while (periodCount > 0 && panel.period(periodCount - 1) >= latest - delta) {
                periodCount--;
            }
            cohorts = Arrays.copyOf(treatedCohorts, treatedCohorts.length - 1);
            if (options.control() == CallawaySantAnna.ControlGroup.NEVER_TREATED) {
                for (int i = 0; i < unitCohort.length; i++) {
                    unitCohort[i] = unitCohort[i] == latest ? NEVER : unitCohort[i];
                }
            }
            notes.add("no unit is never treated: as did, the last cohort (" + latest + ") serves as the control "
                    + "group and the periods from " + (latest - delta) + " on are dropped");
            if (cohorts.length == 0 || periodCount < 2) {
                throw new PanelException("every treated unit of " + names.unit() + " starts in " + latest + " and "
                        + "no unit is never treated, so there is no control group for a group-time effect");
            }
        }
        int[] periods = new int[periodCount];
        for (int t = 0; t < periodCount; t++) {
            periods[t] = panel.period(t);
        }
        return new CohortSample(panel, options, unitIndex, unitCohort, periods, cohorts, notes);
    }

    int units() {
        return unitIndex.length;
    }

    int[] periods() {
        return periods;
    }

    int[] cohorts() {
        return cohorts;
    }

    int[] cohortUnits() {
        return cohortUnits;
    }

    int[] unitGroup() {
        return unitGroup;
    }

    List<String> notes() {
        return notes;
    }

    /**
     * ATT(g,t) of cohort index g in period index t against period index base, with its influence function in
     * did's scale (SE = √(Σψ²)/n).
     */
    GroupTimeEffects.Cell cell(int g, int t, int base, boolean post) {
        int cohort = cohorts[g];
        int n = unitIndex.length;
        double[] psi = new double[n];
        if (base == t) {
            // universal base period: ATT(g, g − 1) is 0 by construction, as did reports it
            return new GroupTimeEffects.Cell(cohort, periods[t], periods[base], post, cohortUnits[g], 0, 0.0, psi);
        }
        int threshold = periods[Math.max(t, base)] + options.anticipation();
        boolean notYet = options.control() == CallawaySantAnna.ControlGroup.NOT_YET_TREATED;
        int width = panel.periods();
        double[] y = panel.outcomes();
        // 1 = cohort g, −1 = control, 0 = neither
        byte[] role = new byte[n];
        double treatedSum = 0;
        double controlSum = 0;
        int treated = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = unitCohort[i];
            int row = unitIndex[i] * width;
            double change = y[row + t] - y[row + base];
            if (c == cohort) {
                role[i] = 1;
                treatedSum += change;
                treated++;
            } else if (c == NEVER || notYet && c > threshold) {
                role[i] = -1;
                controlSum += change;
                controls++;
            }
            psi[i] = change;
        }
        if (controls == 0) {
            throw new PanelException("cohort " + cohort + " has no control units in " + panel.names().time() + " "
                    + periods[t]);
        }
        double treatedMean = treatedSum / treated;
        double controlMean = controlSum / controls;
        for (int i = 0; i < n; i++) {
            psi[i] = role[i] == 1 ? n * (psi[i] - treatedMean) / treated
                    : role[i] == -1 ? -n * (psi[i] - controlMean) / controls : 0.0;
        }
        return new GroupTimeEffects.Cell(cohort, periods[t], periods[base], post, treated, controls,
                treatedMean - controlMean, psi);
    }
}
