package causal.lsp;

import causal.analysis.DatasetInfo;
import causal.data.Column;
import causal.data.CsvReader;
import causal.data.DataException;
import causal.data.Table;
import causal.syntax.Stmt;
import causal.text.Printf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A column's type and summary for hovers, from the data file itself when it is small enough to read at once (and
 * read again only when the file changes). Larger files and derived datasets show no summary.
 */
final class ColumnSummaries {
    private static final long MAX_BYTES = 20L << 20;

    private record Entry(FileTime modified, Table table) {}

    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    Optional<String> summary(DatasetInfo dataset, String column, String scriptPath) {
        if (!(dataset.declaration().source() instanceof Stmt.DataSource.Read read)) {
            return Optional.empty();
        }
        Path dir = Path.of(scriptPath).toAbsolutePath().getParent();
        Path file = dir == null ? Path.of(read.location()) : dir.resolve(read.location()).normalize();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            Entry e = cache.get(file);
            if (e == null || !e.modified().equals(modified)) {
                e = new Entry(modified, CsvReader.read(file, read.location()));
                cache.put(file, e);
            }
            return e.table().find(column).map(ColumnSummaries::describe);
        } catch (IOException | DataException e) {
            return Optional.empty();
        }
    }

    private static String describe(Column c) {
        StringBuilder sb = new StringBuilder(c.type().toString().toLowerCase(Locale.ROOT));
        int n = c.size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int count = 0;
        if (c.type() == causal.data.ColumnType.NUMERIC) {
            for (int i = 0; i < n; i++) {
                if (!c.isMissing(i)) {
                    double v = c.numeric(i);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += v;
                    count++;
                }
            }
            if (count > 0) {
                sb.append(Printf.format(", mean %.4g, min %.4g, max %.4g", sum / count, min, max));
            }
        }
        sb.append(", ").append(n).append(" rows");
        if (c.missingCount() > 0) {
            sb.append(", ").append(c.missingCount()).append(" missing");
        }
        return sb.toString();
    }
}
