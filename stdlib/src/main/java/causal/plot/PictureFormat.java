package causal.plot;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/** The file formats a {@link Picture} is written in, chosen by the file's extension. */
enum PictureFormat {
    /** Vector output through Batik's {@link SVGGraphics2D}; text drawn with {@code drawString} stays {@code <text>}. */
    SVG {
        @Override
        byte[] encode(Picture picture) throws IOException {
            SVGGraphics2D g = new SVGGraphics2D(svgContext(), false);
            g.setSVGCanvasSize(new Dimension(picture.width(), picture.height()));
            picture.paint(g);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                // Presentation attributes (stroke-dasharray="…") rather than style="…": every editor reads them.
                g.stream(writer, false);
            }
            return bytes.toByteArray();
        }
    },
    /** A raster image at {@link #PNG_SCALE} times the picture's size, antialiased. */
    PNG {
        @Override
        byte[] encode(Picture picture) throws IOException {
            BufferedImage image = new BufferedImage(picture.width() * PNG_SCALE, picture.height() * PNG_SCALE,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.scale(PNG_SCALE, PNG_SCALE);
                picture.paint(g);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
    };

    /** PNG pixels per picture unit: twice the nominal size, about 192 dpi, sharp enough for print. */
    static final int PNG_SCALE = 2;

    abstract byte[] encode(Picture picture) throws IOException;

    /** The format named by the file's extension. */
    static PictureFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new PlotException("cannot write " + file + ": the name has no extension, use .svg or .png");
        }
        String extension = name.substring(dot).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case ".svg" -> SVG;
            case ".png" -> PNG;
            default -> throw new PlotException(
                    "cannot write " + file + ": unknown file type " + name.substring(dot) + ", use .svg or .png");
        };
    }

    /** Paints the picture in this format and writes it to the file, replacing it. */
    void write(Picture picture, Path file) {
        if (Files.isDirectory(file)) {
            throw new PlotException("cannot write " + file + ": it is a folder");
        }
        try {
            Files.write(file, encode(picture));
        } catch (NoSuchFileException e) {
            throw new PlotException("cannot write " + file + ": the folder " + file.toAbsolutePath().getParent()
                    + " does not exist");
        } catch (AccessDeniedException e) {
            throw new PlotException("cannot write " + file + ": permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "the file system refused it" : e.getReason();
            throw new PlotException("cannot write " + file + ": " + reason.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new PlotException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static SVGGeneratorContext svgContext() {
        try {
            // The JDK's own DOM: Batik's svggen only needs a DOM implementation to build on.
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVGGraphics2D.SVG_NAMESPACE_URI, "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setEmbeddedFontsOn(false);
            return context;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML DOM implementation", e);
        }
    }
}
