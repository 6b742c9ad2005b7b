package causal.panel;

import java.util.List;
import java.util.Optional;

/**
 * When treatment starts: the cohorts of units by their first treated period (the first period with treated = 1 and
 * post = 1), and the units never treated in the data. Adoption is staggered when there are two or more cohorts.
 */
public record Adoption(List<Cohort> cohorts, int neverTreatedUnits) {
    /** The units whose treatment starts in one period ({@code firstTreatedPeriod} is the time code). */
    public record Cohort(int firstTreatedPeriod, String period, int units) {}

    public Adoption {
        cohorts = List.copyOf(cohorts);
    }

    public boolean staggered() {
        return cohorts.size() > 1;
    }

    /** The warning a report should print for staggered adoption, empty otherwise. */
    public Optional<String> warning() {
        if (!staggered()) {
            return Optional.empty();
        }
        String starts = String.join(", ", cohorts.stream().map(c -> c.period() + " (" + c.units()
                + (c.units() == 1 ? " unit)" : " units)")).toList());
        return Optional.of("staggered adoption: treatment starts in " + cohorts.size() + " different periods, "
                + starts + "; when effects change over time, two-way fixed effects also compare newly treated "
                + "units with already treated ones and can be far from any average effect, even of the wrong "
                + "sign (Goodman-Bacon 2021): decompose the estimate to see its comparisons, and prefer the "
                + "heterogeneity-robust callaway_santanna");
    }
}
