package causal.runtime.nodes;

import causal.analysis.PersonalizationPlan;
import causal.analysis.RecommenderInfo;
import causal.data.Table;
import causal.engine.DistributedEngine;
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
                Interactions data = interactions(e.recommender(), table);
                long seed = e.seed().orElse(session.options().seed());
                Split.Order order = switch (e.order()) {
                    case "time" -> Split.Order.BY_TIME;
                    case "user" -> Split.Order.BY_USER;
                    default -> Split.Order.RANDOM;
                };
                EvaluationResult result = Evaluation.run(recommender(e.recommender(), table, session.engine()), data,
                        new Split(order, e.testShare(), seed), e.metrics().stream().map(Metric::parse).toList());
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

    /**
     * {@code r} fitted on all of {@code table}'s interactions, once per run (and REPL session) for the same
     * declaration, table and engine: later {@code recommend} and {@code export} statements reuse the model. A fit is
     * the same for the same seed, and reading the interactions and fitting cost seconds on large data (under Spark
     * an {@code als} fit is two MLlib fits). {@code evaluate} fits on its own training split.
     */
    static TrainedRecommender fittedOnAll(RecommenderInfo r, Table table, RunSession session) {
        return session.reuse("recommender " + r.name(), java.util.Arrays.asList(r, table, session.engine()),
                () -> recommender(r, table, session.engine()).fit(interactions(r, table)));
    }

    static Interactions interactions(RecommenderInfo r, Table table) {
        InteractionColumns columns = new InteractionColumns(r.user(), r.item(), r.rating(), r.event(), r.time());
        return InteractionTable.read(table, columns);
    }

    /**
     * The recommender and, for hybrid and mmr, the ones it combines, with item texts for content. Each is the
     * {@code engine}'s own fit when the engine runs it (Spark MLlib for {@code als}), else the in-memory one.
     */
    static Recommender recommender(RecommenderInfo r, Table table, Optional<DistributedEngine> engine) {
        Optional<Recommender> onEngine = engine.flatMap(e -> e.recommender(r.keyword(), r.options()));
        if (onEngine.isPresent()) {
            return onEngine.get();
        }
        List<Recommender> bases = r.bases().stream().map(b -> recommender(b, table, engine)).toList();
        Optional<ItemTexts> texts = r.text().isEmpty() ? Optional.empty()
                : Optional.of(ItemTexts.read(table, r.item(), r.text()));
        return Recommenders.create(r.keyword(), new RecommenderArguments(bases, texts, r.options()));
    }
}
