package causal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.estimate.OptionException;
import causal.options.OptionValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefutersRegistryTest {

    @Test
    void everyKeywordOfTheLanguageMakesItsRefuter() {
        assertThat(Refuters.keywords()).containsExactly("bootstrap", "data_subset", "dummy_outcome",
                "permutation", "placebo_treatment", "random_common_cause");
        for (String keyword : Refuters.keywords()) {
            assertThat(Refuters.create(keyword, Map.of()).keyword()).isEqualTo(keyword);
        }
    }

    @Test
    void optionsAreReadAndCheckedByName() {
        Refuter subset = Refuters.create("data_subset",
                Map.of("fraction", new OptionValue.Number(0.5), "runs", new OptionValue.Number(30)));
        assertThat(subset).isInstanceOf(DataSubset.class);
        assertThatThrownBy(() -> Refuters.create("bootstrap", Map.of("fraction", new OptionValue.Number(0.5))))
                .isInstanceOf(OptionException.class).hasMessage("bootstrap has no option fraction; it takes runs, seed");
        assertThatThrownBy(() -> Refuters.create("placebo_treatment", Map.of("runs", new OptionValue.Number(2.5))))
                .isInstanceOf(OptionException.class)
                .hasMessage("placebo_treatment option runs must be a whole number, not 2.5");
        assertThatThrownBy(() -> Refuters.create("jackknife", Map.of())).isInstanceOf(OptionException.class);
    }
}
