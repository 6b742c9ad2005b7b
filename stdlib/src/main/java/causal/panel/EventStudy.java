package causal.panel;

import java.util.List;
import java.util.OptionalInt;

/**
 * Dynamic effects: one coefficient per event time (period minus the unit's first treated period) in a regression
 * with unit and period fixed effects, {@code fixest::feols(y ~ i(rel_time, ref = -1) | unit + time)}. Event time
 * −1, the period just before treatment, is the reference and is not in {@link #eventTimes()} (its effect is 0 by
 * construction). Never-treated units have no event-time dummies and serve as controls.
 */
public record EventStudy(List<EventTime> eventTimes, int referencePeriod, Adoption adoption, FixedEffectsFit fit,
        List<String> notes) {
    /**
     * One event time's coefficient. {@code endpoint} marks a bin that also holds every event time beyond it (see
     * {@link Binning}).
     */
    public record EventTime(int eventTime, boolean endpoint, double estimate, double stdError, double low,
            double high, double pValue) {}

    /**
     * Event times below {@code lowest} are counted as {@code lowest}, above {@code highest} as {@code highest}: the
     * usual binned endpoints. Empty: every event time gets its own coefficient.
     */
    public record Binning(OptionalInt lowest, OptionalInt highest) {
        public static final Binning NONE = new Binning(OptionalInt.empty(), OptionalInt.empty());

        public Binning {
            if (lowest.isPresent() && lowest.getAsInt() > -2) {
                throw new PanelException("the lowest event-time bin must be -2 or earlier, so that -1 stays the "
                        + "reference, not " + lowest.getAsInt());
            }
            if (highest.isPresent() && highest.getAsInt() < 0) {
                throw new PanelException("the highest event-time bin must be 0 or later, not "
                        + highest.getAsInt());
            }
        }

        public static Binning between(int lowest, int highest) {
            return new Binning(OptionalInt.of(lowest), OptionalInt.of(highest));
        }

        int clamp(int eventTime) {
            int e = lowest.isPresent() ? Math.max(lowest.getAsInt(), eventTime) : eventTime;
            return highest.isPresent() ? Math.min(highest.getAsInt(), e) : e;
        }

        boolean isEndpoint(int eventTime) {
            return lowest.isPresent() && lowest.getAsInt() == eventTime
                    || highest.isPresent() && highest.getAsInt() == eventTime;
        }
    }

    public EventStudy {
        eventTimes = List.copyOf(eventTimes);
        notes = List.copyOf(notes);
    }
}
