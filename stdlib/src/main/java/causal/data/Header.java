package causal.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header row of a CSV file: the column names, trimmed, each present and distinct. */
final class Header {
    private Header() {
    }

    /** The trimmed names of {@code cells}; throws {@link DataException} naming the 1-based position of a bad one. */
    static List<String> names(List<String> cells, String displayName, long line) {
        List<String> names = new ArrayList<>(cells.size());
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            int position = i + 1;
            if (name.isEmpty()) {
                throw new DataException("column " + position + " of the header has no name",
                        DataLocation.line(displayName, line));
            }
            Integer earlier = positions.putIfAbsent(name, position);
            if (earlier != null) {
                throw new DataException("columns " + earlier + " and " + position + " of the header are both named "
                        + name, DataLocation.column(displayName, name));
            }
            names.add(name);
        }
        return names;
    }
}
