package causal.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF vectors of documents with scikit-learn's TfidfVectorizer defaults: lower-cased tokens of two or more word
 * characters ({@code (?u)\b\w\w+\b}), raw term counts, smoothed {@code idf(t) = ln((1 + n) / (1 + df(t))) + 1}, each
 * document scaled to unit length. Terms are numbered in sorted order, as scikit-learn's vocabulary. The result has
 * one sparse row per document (an empty row for a document without tokens).
 */
final class TfIdf {
    private static final Pattern TOKEN = Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private TfIdf() {
    }

    /** Documents × terms, rows of unit length; a null document has no tokens. Not modified: documents. */
    static SparseRows vectors(String[] documents) {
        List<Map<String, Integer>> counts = new ArrayList<>(documents.length);
        Map<String, Integer> documentFrequency = new TreeMap<>();
        for (String document : documents) {
            Map<String, Integer> terms = new HashMap<>();
            if (document != null) {
                Matcher m = TOKEN.matcher(document.toLowerCase(java.util.Locale.ROOT));
                while (m.find()) {
                    terms.merge(m.group(), 1, Integer::sum);
                }
            }
            for (String term : terms.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
            counts.add(terms);
        }
        Map<String, Integer> termIndex = new HashMap<>();
        double[] idf = new double[documentFrequency.size()];
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            idf[termIndex.size()] = Math.log((1.0 + documents.length) / (1.0 + e.getValue())) + 1;
            termIndex.put(e.getKey(), termIndex.size());
        }
        return weigh(counts, termIndex, idf);
    }

    private static SparseRows weigh(List<Map<String, Integer>> counts, Map<String, Integer> termIndex, double[] idf) {
        int[] offsets = new int[counts.size() + 1];
        for (int d = 0; d < counts.size(); d++) {
            offsets[d + 1] = offsets[d] + counts.get(d).size();
        }
        int[] columns = new int[offsets[counts.size()]];
        double[] values = new double[columns.length];
        for (int d = 0; d < counts.size(); d++) {
            // Term index in the high half, count in the low half: sorting orders the row by term.
            long[] packed = new long[counts.get(d).size()];
            int m = 0;
            for (Map.Entry<String, Integer> e : counts.get(d).entrySet()) {
                packed[m++] = ((long) termIndex.get(e.getKey()) << 32) | e.getValue();
            }
            java.util.Arrays.sort(packed);
            double norm = 0;
            for (int q = 0; q < m; q++) {
                int term = (int) (packed[q] >>> 32);
                columns[offsets[d] + q] = term;
                values[offsets[d] + q] = (int) packed[q] * idf[term];
                norm += values[offsets[d] + q] * values[offsets[d] + q];
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int q = offsets[d]; q < offsets[d + 1]; q++) {
                values[q] *= scale;
            }
        }
        return new SparseRows(offsets, columns, values, null);
    }
}
