package causal.graph;

import causal.experiment.MultipleTesting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import causal.inference.ChiSquareStatistic;

/**
 * The conditional chi-square test of an implied independence among discrete columns (categorical, true/false or
 * coded as a few whole numbers): Pearson's χ² of x against y within each stratum of the conditioning set, summed
 * over strata, with (r − 1)(c − 1) degrees of freedom per stratum for the r levels of x and c of y present there
 * (strata where x or y takes one value add nothing), as dagitty's {@code localTests(type = "cis.chisq")} and
 * {@code bnlearn::ci.test(test = "x2")} read it. The estimate reported is the statistic; there is no interval.
 */
public final class ChiSquareIndependence {
    private ChiSquareIndependence() {}

    /**
     * Tests {@code s} on {@code codes} (name to level codes, 0 and up, all the same length; rows given).
     *
     * @throws IndependenceTestException when no stratum has two values of both x and y
     */
    public static IndependenceTest test(Independence s, Map<String, int[]> codes) {
        int[] x = codes.get(s.x());
        int[] y = codes.get(s.y());
        int n = x.length;
        Map<List<Integer>, List<Integer>> strata = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<Integer> key = new ArrayList<>();
            for (String z : s.given()) {
                key.add(codes.get(z)[i]);
            }
            strata.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        double statistic = 0;
        int df = 0;
        for (List<Integer> rows : strata.values()) {
            Map<Integer, Integer> xIndex = new HashMap<>();
            Map<Integer, Integer> yIndex = new HashMap<>();
            for (int i : rows) {
                xIndex.putIfAbsent(x[i], xIndex.size());
                yIndex.putIfAbsent(y[i], yIndex.size());
            }
            int r = xIndex.size();
            int c = yIndex.size();
            if (r < 2 || c < 2) {
                continue;
            }
            double[][] observed = new double[r][c];
            double[] rowTotal = new double[r];
            double[] columnTotal = new double[c];
            for (int i : rows) {
                int a = xIndex.get(x[i]);
                int b = yIndex.get(y[i]);
                observed[a][b]++;
                rowTotal[a]++;
                columnTotal[b]++;
            }
            double total = rows.size();
            for (int a = 0; a < r; a++) {
                for (int b = 0; b < c; b++) {
                    double expected = rowTotal[a] * columnTotal[b] / total;
                    double d = observed[a][b] - expected;
                    statistic += d * d / expected;
                }
            }
            df += (r - 1) * (c - 1);
        }
        if (df == 0) {
            throw new IndependenceTestException("no stratum of " + s.given() + " has two values of both " + s.x()
                    + " and " + s.y() + " to test " + s.render(), List.of(s.x(), s.y()));
        }
        double p = ChiSquareStatistic.pValue(statistic, df);
        return new IndependenceTest(s, n, statistic, Double.NaN, Double.NaN, p, p);
    }

    /** The tests with their p-values adjusted together by Benjamini-Hochberg (R's p.adjust(method = "BH")). */
    public static List<IndependenceTest> adjustedTogether(List<IndependenceTest> tests) {
        double[] p = tests.stream().mapToDouble(IndependenceTest::pValue).toArray();
        double[] adjusted = MultipleTesting.benjaminiHochberg(p);
        List<IndependenceTest> out = new ArrayList<>();
        for (int k = 0; k < tests.size(); k++) {
            IndependenceTest t = tests.get(k);
            out.add(new IndependenceTest(t.independence(), t.rows(), t.estimate(), t.lower(), t.upper(), t.pValue(),
                    adjusted[k]));
        }
        return List.copyOf(out);
    }
}
