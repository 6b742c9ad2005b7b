package causal.panel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small comma-separated test file from src/test/resources/panel, read into columns of text. */
final class PanelFile {
    private final Map<String, String[]> columns;
    private final int rows;

    private PanelFile(Map<String, String[]> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** A file of src/test/resources/panel by name, or any test resource by its absolute path ("/causal/…"). */
    static PanelFile read(String name) {
        String path = name.startsWith("/") ? name : "/panel/" + name;
        try (InputStream in = PanelFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            String[] header = lines.get(0).split(",");
            int n = lines.size() - 1;
            Map<String, String[]> columns = new LinkedHashMap<>();
            for (String h : header) {
                columns.put(h, new String[n]);
            }
            for (int i = 0; i < n; i++) {
                String[] cells = lines.get(i + 1).split(",");
                for (int j = 0; j < header.length; j++) {
                    columns.get(header[j])[i] = cells[j];
                }
            }
            return new PanelFile(columns, n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int rows() {
        return rows;
    }

    double[] numbers(String column) {
        String[] text = columns.get(column);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = Double.parseDouble(text[i]);
        }
        return out;
    }

    int[] integers(String column) {
        String[] text = columns.get(column);
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = Integer.parseInt(text[i].trim());
        }
        return out;
    }

    /** Levels numbered in order of first appearance, labelled by their text. */
    Factor factor(String column) {
        String[] text = columns.get(column);
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = codes.computeIfAbsent(text[i], k -> codes.size());
        }
        return Factor.of(column, out, new ArrayList<>(codes.keySet()));
    }
}
