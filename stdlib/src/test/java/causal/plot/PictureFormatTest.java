package causal.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureFormatTest {
    @TempDir
    Path dir;

    /** A 30 × 20 picture: white, with a black 10 × 10 square at the top left and a word. */
    private static final Picture SQUARE = new Picture() {
        @Override
        public int width() {
            return 30;
        }

        @Override
        public int height() {
            return 20;
        }

        @Override
        public void paint(Graphics2D g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 30, 20);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, 10, 10);
            g.drawString("hi", 12, 15);
        }
    };

    @Test
    void extensionChoosesTheFormatWhateverItsCase() throws IOException {
        Path svg = dir.resolve("a.SVG");
        Path png = dir.resolve("a.Png");
        SQUARE.writeTo(svg);
        SQUARE.writeTo(png);
        assertThat(SvgDocument.parse(svg).root().getLocalName()).isEqualTo("svg");
        assertThat(SvgDocument.parse(svg).texts()).containsExactly("hi");
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void pngIsPaintedAtTwiceTheSize() throws IOException {
        Path png = dir.resolve("square.png");
        SQUARE.writeTo(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(60);
        assertThat(image.getHeight()).isEqualTo(40);
        // The 10 × 10 square covers 20 × 20 pixels.
        assertThat(image.getRGB(19, 19) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(21, 21) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void unknownExtensionIsRefusedByName() {
        Path pdf = dir.resolve("plot.pdf");
        assertThatThrownBy(() -> SQUARE.writeTo(pdf)).isInstanceOf(PlotException.class)
                .hasMessage("cannot write " + pdf + ": unknown file type .pdf, use .svg or .png");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aNameWithoutExtensionIsRefused() {
        Path bare = dir.resolve("plot");
        assertThatThrownBy(() -> SQUARE.writeTo(bare)).isInstanceOf(PlotException.class)
                .hasMessage("cannot write " + bare + ": the name has no extension, use .svg or .png");
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path file = dir.resolve("no/such/folder/plot.svg");
        assertThatThrownBy(() -> SQUARE.writeTo(file)).isInstanceOf(PlotException.class)
                .hasMessage("cannot write " + file + ": the folder " + dir.resolve("no/such/folder")
                        + " does not exist");
    }

    @Test
    void aFolderIsNotOverwritten() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plot.png"));
        assertThatThrownBy(() -> SQUARE.writeTo(folder)).isInstanceOf(PlotException.class)
                .hasMessage("cannot write " + folder + ": it is a folder");
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path svg = dir.resolve("old.svg");
        Files.writeString(svg, "not a picture");
        SQUARE.writeTo(svg);
        assertThat(SvgDocument.parse(svg).texts()).containsExactly("hi");
    }
}
