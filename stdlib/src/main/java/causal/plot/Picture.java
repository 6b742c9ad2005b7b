package causal.plot;

import java.awt.Graphics2D;
import java.nio.file.Path;

/**
 * A drawing of fixed size that paints itself on any {@link Graphics2D}: the same painting becomes an SVG file or a
 * PNG image (see {@link #writeTo}).
 */
public interface Picture {
    /** Width in SVG user units (CSS pixels). */
    int width();

    /** Height in SVG user units (CSS pixels). */
    int height();

    /** Paints the whole picture, background included, in the box {@code [0, width) × [0, height)}. */
    void paint(Graphics2D g);

    /**
     * Writes the picture to {@code file} as SVG or PNG, chosen by the extension ({@code .svg} or {@code .png}, any
     * case); a PNG has twice the picture's size in pixels so that it stays sharp when printed. The file is replaced
     * if it exists.
     *
     * @throws PlotException for another extension or a file that cannot be written
     */
    default void writeTo(Path file) {
        PictureFormat.of(file).write(this, file);
    }
}
