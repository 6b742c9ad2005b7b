package causal.cli;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** --format json prints one object per result, in statement order, with the keys LANGUAGE.md §11 promises. */
class JsonOutputTest {
    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void everyEstimateLineCarriesTheDocumentedKeys() {
        CliRun run = CliRun.of("run", "--format", "json", CliRun.path("examples/jobs/jobs.causal"));
        assertThat(run.exit()).as(run.err()).isZero();
        List<Set<String>> objects = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            Set<String> keys = topLevelKeys(line, kinds);
            objects.add(keys);
        }
        assertThat(kinds).containsExactly("identify", "estimate", "estimate", "estimate", "estimate", "estimate");
        assertThat(objects.get(0)).contains("kind", "line", "identifiable", "backdoor_sets", "formula");
        for (Set<String> estimate : objects.subList(1, objects.size())) {
            assertThat(estimate).contains("kind", "line", "name", "estimand", "treatment", "outcome", "strategy",
                    "adjustment_set", "estimator", "options", "estimate", "std_error", "ci", "p_value", "n",
                    "dropped", "diagnostics");
        }
    }

    private static Set<String> topLevelKeys(String line, List<String> kinds) {
        Set<String> keys = new TreeSet<>();
        try (JsonParser p = JSON.createParser(line)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
                    keys.add(p.currentName());
                    if (p.currentName().equals("kind")) {
                        p.nextToken();
                        kinds.add(p.getString());
                    }
                }
            }
            assertThat(p.nextToken()).as("one object per line").isNull();
        }
        return keys;
    }
}
