package causal.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** dagitty's example graphs and its implied independencies for them, from {@code graph/dagitty-examples.txt}. */
final class DagittyExamples {
    /**
     * One example: dagitty's text, and for each pair of nodes (in name order) every minimal separating set dagitty
     * lists, each sorted.
     */
    record Example(String label, String text, Map<List<String>, List<List<String>>> separators) {}

    private DagittyExamples() {}

    static List<Example> all() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(DagittyExamples.class.getResource("/graph/dagitty-examples.txt").toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Example> examples = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            if (!lines.get(k).startsWith("=== ")) {
                k++;
                continue;
            }
            String label = lines.get(k++).substring(4);
            StringBuilder text = new StringBuilder();
            while (!lines.get(k).equals("--- implications")) {
                text.append(lines.get(k++)).append('\n');
            }
            k++;
            Map<List<String>, List<List<String>>> separators = new LinkedHashMap<>();
            while (k < lines.size() && !lines.get(k).startsWith("=== ")) {
                String line = lines.get(k++);
                String[] pairAndSets = line.split(": ", 2);
                Set<String> pair = new TreeSet<>(Arrays.asList(pairAndSets[0].split(" ")));
                List<List<String>> sets = new ArrayList<>();
                for (String set : pairAndSets[1].split(" / ")) {
                    sets.add(set.equals("{}") ? List.of() : Arrays.stream(set.split(",")).sorted().toList());
                }
                separators.put(List.copyOf(pair), sets);
            }
            examples.add(new Example(label, text.toString(), separators));
        }
        return examples;
    }
}
