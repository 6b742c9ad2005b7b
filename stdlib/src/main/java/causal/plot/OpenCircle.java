package causal.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A ring marker: XChart's circle is filled, and a love plot tells before from after by filled versus open. */
final class OpenCircle extends Marker {
    private static final BasicStroke RING = new BasicStroke(1.5f);

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        double half = markerSize / 2.0;
        g.setStroke(RING);
        g.draw(new Ellipse2D.Double(xOffset - half, yOffset - half, markerSize, markerSize));
    }
}
