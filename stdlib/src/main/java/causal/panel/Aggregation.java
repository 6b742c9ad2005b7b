package causal.panel;

import java.util.Locale;

/**
 * How {@link GroupTimeEffects#aggregate} averages the ATT(g,t): did's {@code aggte(type = …)}. Each average weights
 * cohorts by their share of units, and its influence function includes the estimation of those shares.
 */
public enum Aggregation {
    /** One number: the post-treatment ATT(g,t) averaged with weights proportional to cohort size. */
    SIMPLE("simple", ""),
    /** By event time e = t − g: the ATT(g, g + e) averaged over cohorts; overall, the mean over e ≥ 0. */
    DYNAMIC("dynamic", "event time"),
    /** By cohort: its post-treatment ATT(g,t) averaged; overall, the cohort averages weighted by cohort size. */
    GROUP("group", "cohort"),
    /** By period: the ATT(g,t) of the cohorts treated by then; overall, the mean over periods. */
    CALENDAR("calendar", "period");

    private final String keyword;
    private final String partName;

    Aggregation(String keyword, String partName) {
        this.keyword = keyword;
        this.partName = partName;
    }

    /** did's name for it: {@code simple}, {@code dynamic}, {@code group}, {@code calendar}. */
    public String keyword() {
        return keyword;
    }

    /** What the key of each part is: {@code event time}, {@code cohort}, {@code period}; empty for simple. */
    public String partName() {
        return partName;
    }

    /** By keyword; {@code event} is accepted for dynamic. */
    public static Aggregation of(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        for (Aggregation a : values()) {
            if (a.keyword.equals(k)) {
                return a;
            }
        }
        if (k.equals("event")) {
            return DYNAMIC;
        }
        throw new PanelException("there is no aggregation " + keyword + "; choose simple, dynamic, group or calendar");
    }
}
