package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.data.CsvReader;
import causal.data.Table;
import causal.estimate.Estimate;
import java.util.Map;

/** Assertions that an estimate from Spark is the in-memory one, and the shared data as in-memory tables. */
final class SameResults {
    private SameResults() {
    }

    static Table table(String file) {
        return CsvReader.read(LocalSpark.DATA.resolve(file), file);
    }

    static void assertClose(double expected, double actual, double relative) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();  // a p-value that does not apply (bayes)
            return;
        }
        assertThat(actual).isCloseTo(expected, within(relative * Math.max(Math.abs(expected), 1e-300)));
    }

    /** As {@link #assertSameEstimate(Estimate, Estimate, double)} for what the engine computed. */
    static void assertSameEstimate(Estimate memory, causal.engine.EngineEstimate spark, double relative) {
        assertSameEstimate(memory, spark.estimate(), relative);
    }

    /** Value, standard error, interval, p-value, n and every statistic of {@code memory}, to {@code relative}. */
    static void assertSameEstimate(Estimate memory, Estimate spark, double relative) {
        assertThat(spark.estimator()).isEqualTo(memory.estimator());
        assertThat(spark.n()).isEqualTo(memory.n());
        assertClose(memory.value(), spark.value(), relative);
        assertClose(memory.stdError(), spark.stdError(), relative);
        assertClose(memory.ciLow(), spark.ciLow(), relative);
        assertClose(memory.ciHigh(), spark.ciHigh(), relative);
        assertClose(memory.pValue(), spark.pValue(), relative);
        for (Map.Entry<String, Double> e : memory.statistics().entrySet()) {
            assertThat(spark.statistics()).containsKey(e.getKey());
            assertClose(e.getValue(), spark.statistics().get(e.getKey()), relative);
        }
        assertThat(spark.balance().isPresent()).as("a balance table").isEqualTo(memory.balance().isPresent());
        if (memory.balance().isPresent()) {
            var rows = memory.balance().get().rows();
            var sparkRows = spark.balance().get().rows();
            assertThat(sparkRows).hasSameSizeAs(rows);
            for (int k = 0; k < rows.size(); k++) {
                var m = rows.get(k);
                var s = sparkRows.get(k);
                assertThat(s.covariate()).isEqualTo(m.covariate());
                double[] expected = {m.meanTreated(), m.meanControl(), m.smdBefore(), m.meanTreatedAfter(),
                    m.meanControlAfter(), m.smdAfter()};
                double[] actual = {s.meanTreated(), s.meanControl(), s.smdBefore(), s.meanTreatedAfter(),
                    s.meanControlAfter(), s.smdAfter()};
                for (int j = 0; j < expected.length; j++) {
                    // A standardized difference near 0 (after weighting) is a difference of nearly equal means:
                    // to `relative` of its scale, 1 standard deviation.
                    assertThat(actual[j]).as(m.covariate()).isCloseTo(expected[j],
                            within(relative * Math.max(Math.abs(expected[j]), 1)));
                }
            }
        }
    }
}
