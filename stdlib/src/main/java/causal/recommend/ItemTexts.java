package causal.recommend;

import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of each item (its title, genres, description…), by item key, for the {@code content} recommender.
 * Immutable.
 */
public final class ItemTexts {
    private final Map<String, String> byItem;

    private ItemTexts(Map<String, String> byItem) {
        this.byItem = Map.copyOf(byItem);
    }

    /**
     * Texts by item key; a key given twice keeps both texts, joined by a space. Not modified: the arrays.
     *
     * @throws RecommenderException for arrays of different lengths or a missing key
     */
    public static ItemTexts of(String[] items, String[] texts) {
        if (items.length != texts.length) {
            throw new RecommenderException("there are " + items.length + " items but " + texts.length + " texts");
        }
        Map<String, String> map = new HashMap<>();
        for (int r = 0; r < items.length; r++) {
            if (items[r] == null) {
                throw new RecommenderException("row " + (r + 1) + " of the item texts has no item");
            }
            if (texts[r] != null && !texts[r].isBlank()) {
                map.merge(items[r], texts[r], (a, b) -> a + " " + b);
            }
        }
        return new ItemTexts(map);
    }

    /**
     * The texts in {@code table}: for each distinct value of {@code itemColumn}, the values of {@code textColumns}
     * joined by spaces, from the first row of that item (rows of a ratings table repeat an item's text).
     *
     * @throws RecommenderException naming a column that is missing or is not text
     */
    public static ItemTexts read(Table table, String itemColumn, List<String> textColumns) {
        if (textColumns.isEmpty()) {
            throw new RecommenderException("content needs at least one text column of the items");
        }
        Column items = column(table, itemColumn);
        Column[] texts = new Column[textColumns.size()];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = column(table, textColumns.get(c));
            if (!(texts[c] instanceof CategoricalColumn)) {
                throw new RecommenderException("the column " + textColumns.get(c) + " holds "
                        + texts[c].type().toString().toLowerCase(java.util.Locale.ROOT) + " values, not text");
            }
        }
        Map<String, String> map = new HashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (items.isMissing(r)) {
                continue;
            }
            String key = items instanceof NumericColumn n ? Long.toString((long) n.get(r)) : items.text(r);
            if (!map.containsKey(key)) {
                StringBuilder text = new StringBuilder();
                for (Column c : texts) {
                    if (!c.isMissing(r)) {
                        text.append(text.length() == 0 ? "" : " ").append(c.text(r));
                    }
                }
                map.put(key, text.toString());
            }
        }
        return new ItemTexts(map);
    }

    private static Column column(Table table, String name) {
        return table.find(name).orElseThrow(() -> new RecommenderException("there is no column " + name + " in "
                + table.source() + "; its columns are " + String.join(", ", table.columnNames())));
    }

    /** The text of item {@code key}, if it has one. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(byItem.get(key));
    }

    /** The number of items with a text. */
    public int size() {
        return byItem.size();
    }
}
