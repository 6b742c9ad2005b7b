package causal.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A picture written to a folder as SVG and as PNG and read back, both checked for the picture's size. */
record WrittenPicture(SvgDocument svg, BufferedImage png) {
    static WrittenPicture of(Picture picture, Path dir, String name) throws IOException {
        Path svgFile = dir.resolve(name + ".svg");
        Path pngFile = dir.resolve(name + ".png");
        picture.writeTo(svgFile);
        picture.writeTo(pngFile);
        SvgDocument svg = SvgDocument.parse(svgFile);
        assertThat(svg.root().getLocalName()).isEqualTo("svg");
        assertThat(svg.root().getAttribute("width")).isEqualTo(String.valueOf(picture.width()));
        assertThat(svg.root().getAttribute("height")).isEqualTo(String.valueOf(picture.height()));
        BufferedImage png = ImageIO.read(pngFile.toFile());
        assertThat(png.getWidth()).isEqualTo(2 * picture.width());
        assertThat(png.getHeight()).isEqualTo(2 * picture.height());
        return new WrittenPicture(svg, png);
    }

    /** How many PNG pixels have exactly this colour: the inside of a marker or a thick line does. */
    int pixelsOf(Color colour) {
        int count = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                if ((png.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
