package causal.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** One row under a DAG drawing that explains the marks it uses; only the marks that occur are listed. */
final class DagLegend {
    /** The marks a DAG drawing may use, in the order the legend lists them. */
    enum Entry {
        TREATMENT("treatment"),
        OUTCOME("outcome"),
        ADJUSTED("adjusted for"),
        LATENT("latent (unobserved)"),
        BIDIRECTED("unobserved common cause");

        final String text;

        Entry(String text) {
            this.text = text;
        }
    }

    static final double HEIGHT = 18;
    private static final double SWATCH_WIDTH = 28;
    private static final double SWATCH_HEIGHT = 14;
    private static final double SWATCH_GAP = 6;
    private static final double ENTRY_GAP = 20;

    private final List<Entry> entries;

    DagLegend(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    double width() {
        double width = 0;
        for (Entry entry : entries) {
            width += entryWidth(entry);
        }
        return entries.isEmpty() ? 0 : width - ENTRY_GAP;
    }

    /** Paints the row with its left end at {@code x}, vertically centred on {@code centerY}. */
    void paint(Graphics2D g, double x, double centerY) {
        for (Entry entry : entries) {
            paintSwatch(g, entry, x, centerY);
            DagStyle.paintText(g, entry.text, DagStyle.LEGEND_FONT, x + SWATCH_WIDTH + SWATCH_GAP, centerY);
            x += entryWidth(entry);
        }
    }

    private static double entryWidth(Entry entry) {
        return SWATCH_WIDTH + SWATCH_GAP + DagStyle.textWidth(entry.text, DagStyle.LEGEND_FONT) + ENTRY_GAP;
    }

    private static void paintSwatch(Graphics2D g, Entry entry, double x, double centerY) {
        Rectangle2D box = new Rectangle2D.Double(x, centerY - SWATCH_HEIGHT / 2, SWATCH_WIDTH, SWATCH_HEIGHT);
        switch (entry) {
            case TREATMENT -> DagStyle.paintNode(g, box, DagStyle.TREATMENT_FILL, false, false);
            case OUTCOME -> DagStyle.paintNode(g, box, DagStyle.OUTCOME_FILL, false, false);
            case ADJUSTED -> DagStyle.paintNode(g, box, DagStyle.ADJUSTED_FILL, true, false);
            case LATENT -> DagStyle.paintNode(g, box, DagStyle.PLAIN_FILL, false, true);
            case BIDIRECTED -> DagStyle.paintBidirected(g,
                    List.of(new Point(x, centerY + 4), new Point(x + SWATCH_WIDTH, centerY + 4)));
        }
    }
}
