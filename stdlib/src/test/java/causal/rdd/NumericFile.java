package causal.rdd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A comma-separated file of numbers from src/test/resources/causal/rdd, read into columns. */
final class NumericFile {
    private final Map<String, double[]> columns;

    private NumericFile(Map<String, double[]> columns) {
        this.columns = columns;
    }

    static NumericFile read(String name) {
        try (InputStream in = NumericFile.class.getResourceAsStream("/causal/rdd/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource causal/rdd/" + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            String[] header = lines.get(0).split(",");
            int n = lines.size() - 1;
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (String h : header) {
                columns.put(h, new double[n]);
            }
            for (int i = 0; i < n; i++) {
                String[] cells = lines.get(i + 1).split(",");
                for (int j = 0; j < header.length; j++) {
                    columns.get(header[j])[i] = Double.parseDouble(cells[j]);
                }
            }
            return new NumericFile(columns);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    double[] column(String name) {
        double[] c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column " + name);
        }
        return c.clone();
    }
}
