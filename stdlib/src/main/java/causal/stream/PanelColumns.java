package causal.stream;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The columns of a difference-in-differences panel as the passes of {@link StreamingTwoWayFixedEffects} read them:
 * the treated and post flags, the outcome, the unit and the period, and further columns a row must have to be used
 * (controls). Every pass drops the same rows: those missing any of these.
 */
record PanelColumns(String treated, String post, String outcome, String unit, String time, List<String> alsoComplete) {
    PanelColumns {
        alsoComplete = List.copyOf(alsoComplete);
    }

    /** Every column a pass reads, each once: treated, post, outcome, unit and time first, in that order. */
    List<String> columns() {
        LinkedHashSet<String> all = new LinkedHashSet<>(List.of(treated, post, outcome, unit, time));
        all.addAll(alsoComplete);
        return new ArrayList<>(all);
    }

    /** The batch's indices of {@link #columns()}. */
    int[] indices(RowBatch batch) {
        return columns().stream().mapToInt(batch::index).toArray();
    }
}
