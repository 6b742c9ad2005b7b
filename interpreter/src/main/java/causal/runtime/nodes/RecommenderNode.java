package causal.runtime.nodes;

import causal.analysis.PersonalizationPlan;
import causal.analysis.RecommenderInfo;
import causal.data.Table;
import causal.output.Result;
import causal.recommend.Evaluation;
import causal.recommend.EvaluationResult;
import causal.recommend.InteractionColumns;
import causal.recommend.InteractionTable;
import causal.recommend.Interactions;
import causal.recommend.ItemTexts;
import causal.recommend.Metric;
import causal.recommend.Recommender;
import causal.recommend.RecommenderArguments;
import causal.recommend.RecommenderException;
import causal.recommend.Recommenders;
import causal.recommend.Split;
import causal.recommend.TrainTestSplit;
import causal.recommend.TrainedRecommender;
import causal.runtime.CausalException;
import causal.runtime.RunSession;

import java.util.List;
import java.util.Optional;

/**
 * {@code evaluate R on D split …} and {@code recommend K for user U using R}: builds the recommender the checker
 * planned (its bases first) on the data's interactions and runs the library.
 */
final class RecommenderNode extends StatementNode {
    private final PersonalizationPlan plan;

    RecommenderNode(PersonalizationPlan plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        try {
            if (plan instanceof PersonalizationPlan.RecommenderEvaluation e) {
                Table table = table(e.dataset(), session);
                Interactions data = interactions(e.recommender(), table, session);
                long seed = e.seed().orElse(session.options().seed());
                Split.Order order = switch (e.order()) {
                    case "time" -> Split.Order.BY_TIME;
                    case "user" -> Split.Order.BY_USER;
                    default -> Split.Order.RANDOM;
                };
                Split split = new Split(order, e.testShare(), seed);
                TrainTestSplit parts = session.reuse("split of " + columns(e.recommender()), List.of(data, split),
                        () -> split.apply(data));
                EvaluationResult result = Evaluation.run(recommender(e.recommender(), table, session, TRAINING),
                        parts, split, e.metrics().stream().map(Metric::parse).toList());
                session.sink().accept(new Result.RecommenderEvaluationResult(span().line(), e.recommender().name(),
                        result));
            } else {
                PersonalizationPlan.Recommendation r = (PersonalizationPlan.Recommendation) plan;
                Table table = table(r.recommender().dataset(), session);
                TrainedRecommender model = fittedOnAll(r.recommender(), table, session);
                if (model.training().users().find(r.user()).isEmpty()) {
                    throw CausalException.at(span(), "user " + r.user() + " is not in " + r.recommender().dataset()
                            + "'s column " + r.recommender().user() + ": a recommender only knows users it has "
                            + "seen (try popular for new users)");
                }
                session.sink().accept(new Result.RecommendationResult(span().line(), r.recommender().name(),
                        model.recommend(r.user(), r.count())));
            }
        } catch (RecommenderException ex) {
            throw CausalException.at(span(), ex.getMessage());
        }
    }

    private Table table(String dataset, RunSession session) {
        return (Table) session.value(dataset).orElseThrow(() -> CausalException.at(span(), "dataset " + dataset
                + " has no value"));
    }

    /** Fits on all of a dataset's interactions ({@code recommend}, {@code export}). */
    private static final String ALL = "all its data";
    /** Fits on the training part of a split ({@code evaluate}). */
    private static final String TRAINING = "a training part";

    /**
     * {@code r} fitted on all of {@code table}'s interactions, once per run (and REPL session) for the same
     * declaration, table and engine: later {@code recommend} and {@code export} statements reuse the model.
     */
    static TrainedRecommender fittedOnAll(RecommenderInfo r, Table table, RunSession session) {
        return recommender(r, table, session, ALL).fit(interactions(r, table, session));
    }

    /** {@code table}'s interactions in {@code r}'s columns, read once per run for the same columns and table. */
    static Interactions interactions(RecommenderInfo r, Table table, RunSession session) {
        InteractionColumns columns = columns(r);
        // The columns are inputs too: the key's text alone could be the same for other columns (quoted names).
        return session.reuse("interactions " + columns, List.of(table, columns),
                () -> InteractionTable.read(table, columns));
    }

    private static InteractionColumns columns(RecommenderInfo r) {
        return new InteractionColumns(r.user(), r.item(), r.rating(), r.event(), r.time());
    }

    /**
     * The recommender and, for hybrid and mmr, the ones it combines, with item texts for content. Each is the
     * engine's own fit when the engine runs it (Spark MLlib for {@code als}), else the in-memory one.
     *
     * <p>Each fits a given data set once per run (and REPL session), kept per recommender and {@code role} (all the
     * data, or a training part): a fit is the same for the same seed and data, and costs seconds on large data
     * (under Spark an {@code als} fit is two MLlib fits). So {@code evaluate mix} with {@code mix = hybrid(knn, mf)}
     * after {@code evaluate knn} and {@code evaluate mf} on the same split fits nothing again, and {@code recommend}
     * and {@code export} of one recommender share its fit on all the data.
     */
    static Recommender recommender(RecommenderInfo r, Table table, RunSession session, String role) {
        return data -> session.reuse("recommender " + r.name() + " fitted on " + role,
                java.util.Arrays.asList(r, table, session.engine(), data),
                () -> unfitted(r, table, session, role).fit(data));
    }

    private static Recommender unfitted(RecommenderInfo r, Table table, RunSession session, String role) {
        Optional<Recommender> onEngine = session.engine().flatMap(e -> e.recommender(r.keyword(), r.options()));
        if (onEngine.isPresent()) {
            return onEngine.get();
        }
        List<Recommender> bases = r.bases().stream().map(b -> recommender(b, table, session, role)).toList();
        Optional<ItemTexts> texts = r.text().isEmpty() ? Optional.empty()
                : Optional.of(ItemTexts.read(table, r.item(), r.text()));
        return Recommenders.create(r.keyword(), new RecommenderArguments(bases, texts, r.options()));
    }
}
