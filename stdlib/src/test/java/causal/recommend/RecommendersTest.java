package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendersTest {
    private static final Interactions DATA = SyntheticData.ratings(60, 25, 8, 3);

    @Test
    void everyRecommenderIsListedWithDocumentedOptions() {
        assertThat(Recommenders.all()).extracting(RecommenderSpec::keyword).containsExactly("als", "bpr", "content",
                "hybrid", "implicit_als", "item_knn", "mmr", "popular", "random", "user_knn");
        for (RecommenderSpec spec : Recommenders.all()) {
            assertThat(spec.description()).isNotBlank();
            for (RecommenderOption option : spec.options()) {
                assertThat(option.defaultText()).isNotBlank();
                assertThat(option.description()).isNotBlank();
            }
        }
    }

    @Test
    void everyRecommenderFitsAndRecommendsByExternalKeys() {
        Recommender popular = new Popularity();
        ItemTexts texts = ItemTexts.of(new String[] {"0", "1", "2"}, new String[] {"red apple", "green apple",
            "red car"});
        for (RecommenderSpec spec : Recommenders.all()) {
            List<Recommender> bases = spec.bases() == 0 ? List.of() : java.util.Collections.nCopies(spec.bases(),
                    popular);
            Map<String, OptionValue> options = spec.options().stream().anyMatch(o -> o.name().equals("factors"))
                    ? Map.of("factors", new OptionValue.Number(3), "iterations", new OptionValue.Number(2))
                    : Map.of();
            Recommender recommender = Recommenders.create(spec.keyword(), new RecommenderArguments(bases,
                    spec.needsItemTexts() ? Optional.of(texts) : Optional.empty(), options));
            Recommendations top = recommender.fit(DATA).recommend("7", 3);
            assertThat(top.user()).isEqualTo("7");
            assertThat(top.items()).isNotEmpty().allSatisfy(item -> assertThat(DATA.items().find(item.item()))
                    .isPresent());
            assertThat(top.items().get(0).rank()).isEqualTo(1);
        }
    }

    @Test
    void optionsAreReadByNameAndType() {
        Recommender knn = Recommenders.create("item_knn", RecommenderArguments.of(Map.of("k", new OptionValue.Number(
                1), "similarity", new OptionValue.Word("pearson"), "center", new OptionValue.Bool(false))));
        assertThat(knn).isInstanceOf(NearestNeighbours.class);
        assertThatThrownBy(() -> Recommenders.create("item_knn", RecommenderArguments.of(Map.of("similarity",
                new OptionValue.Word("jaccard"))))).isInstanceOf(RecommenderOptionException.class)
                .hasMessage("item_knn option similarity must be cosine or pearson, not jaccard");
        assertThatThrownBy(() -> Recommenders.create("als", RecommenderArguments.of(Map.of("rank",
                new OptionValue.Number(3))))).isInstanceOf(RecommenderOptionException.class)
                .hasMessage("als has no option rank; it takes factors, reg, iterations, solver, cg_steps, seed");
        assertThatThrownBy(() -> Recommenders.create("als", RecommenderArguments.of(Map.of("factors",
                new OptionValue.Number(2.5))))).hasMessage("als option factors must be a whole number, not 2.5");
        assertThatThrownBy(() -> Recommenders.create("bpr", RecommenderArguments.of(Map.of("seed",
                new OptionValue.Bool(true))))).hasMessage("bpr option seed must be a number, not true");
    }

    @Test
    void argumentsOtherThanOptionsAreChecked() {
        assertThatThrownBy(() -> Recommenders.create("svd", RecommenderArguments.of(Map.of())))
                .hasMessageStartingWith("there is no recommender svd; the recommenders are als, bpr");
        assertThatThrownBy(() -> Recommenders.create("hybrid", new RecommenderArguments(List.of(new Popularity()),
                Optional.empty(), Map.of()))).hasMessage("hybrid takes 2 recommenders to blend, as hybrid(mf, knn), "
                        + "not 1");
        assertThatThrownBy(() -> Recommenders.create("content", RecommenderArguments.of(Map.of())))
                .hasMessage("content needs the items' text columns");
    }
}
