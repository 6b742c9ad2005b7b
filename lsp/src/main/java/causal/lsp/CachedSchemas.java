package causal.lsp;

import causal.analysis.HeaderSchemas;
import causal.analysis.SchemaProvider;
import causal.data.DataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CSV headers read once per file version: an editor re-checks the script on every keystroke, and the header only
 * changes when the file does (its modification time says so).
 */
final class CachedSchemas implements SchemaProvider {
    private record Entry(FileTime modified, List<String> columns) {}

    private final SchemaProvider files = new HeaderSchemas();
    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    @Override
    public List<String> csvColumns(Path file, String displayName) throws DataException {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return files.csvColumns(file, displayName);
        }
        Entry e = cache.get(file);
        if (e != null && e.modified().equals(modified)) {
            return e.columns();
        }
        List<String> columns = files.csvColumns(file, displayName);
        cache.put(file, new Entry(modified, columns));
        return columns;
    }
}
