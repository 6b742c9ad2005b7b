package causal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language reference (docs/language.md, packed into the jar) cut into its sections, so {@code :help psm} in
 * the REPL and a hover in an editor show the same text the reference has.
 */
public final class Reference {
    /** One section: its heading without the hashes, its level (2 for ##, 3 for ###, …) and its whole text. */
    public record Section(String heading, int level, String text) {}

    private static final String RESOURCE = "/causal/docs/language.md";
    private static final List<Section> SECTIONS = read();

    private Reference() {
    }

    public static List<Section> sections() {
        return SECTIONS;
    }

    /**
     * The section about {@code topic}: first one whose heading names it in backticks (`psm`), then one whose
     * heading contains it as a word, case-insensitively; deeper sections win ties so an estimator beats its chapter.
     */
    public static Optional<Section> find(String topic) {
        String t = topic.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (Section s : SECTIONS) {
            if (s.heading().toLowerCase(Locale.ROOT).contains("`" + t + "`")
                    || s.heading().toLowerCase(Locale.ROOT).contains("`" + t + "(")) {
                return Optional.of(s);
            }
        }
        Section best = null;
        for (Section s : SECTIONS) {
            String h = " " + s.heading().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", " ") + " ";
            if (h.contains(" " + t + " ") && (best == null || s.level() > best.level())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Section> read() {
        String text;
        try (InputStream in = Reference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Section> out = new ArrayList<>();
        String heading = null;
        int level = 0;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("##")) {
                if (heading != null) {
                    out.add(new Section(heading, level, body.toString().strip()));
                }
                level = (int) line.chars().takeWhile(c -> c == '#').count();
                heading = line.substring(level).strip();
                body.setLength(0);
            }
            if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            out.add(new Section(heading, level, body.toString().strip()));
        }
        return List.copyOf(out);
    }
}
