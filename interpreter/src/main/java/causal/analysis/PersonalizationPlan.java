package causal.analysis;

import causal.options.OptionValue;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked statement of LANGUAGE.md §9: a simulation of policies, the offline evaluation of one on a log, and
 * the evaluation of a recommender or its recommendations for a user.
 */
public sealed interface PersonalizationPlan {
    Stmt statement();

    /**
     * A log's columns as the script maps them, {@code DATA(action = …, reward = …, propensity = …, context = {…},
     * position = …, slate = …)}.
     */
    record LogRoles(String dataset, String action, String reward, Optional<String> propensity, List<String> context,
                    Optional<String> position, Optional<String> slate) {
        public LogRoles {
            context = List.copyOf(context);
        }

        /** Every column the log reads. */
        public List<String> columns() {
            List<String> out = new ArrayList<>(List.of(action, reward));
            propensity.ifPresent(out::add);
            out.addAll(context);
            position.ifPresent(out::add);
            slate.ifPresent(out::add);
            return out;
        }
    }

    /**
     * {@code simulate P, Q on bernoulli_arms(p1, p2, …) | DATA(…) rounds N [seed S]}: {@code arms} holds the
     * success probabilities, or {@code log} the logged data replayed.
     */
    record Simulation(Stmt.SimulatePolicy statement, List<PolicyInfo> policies, List<Double> arms,
                      Optional<LogRoles> log, int rounds, Optional<Long> seed, Map<String, OptionValue> settings)
            implements PersonalizationPlan {
        public Simulation {
            policies = List.copyOf(policies);
            arms = List.copyOf(arms);
            settings = Map.copyOf(settings);
        }
    }

    /**
     * {@code evaluate P offline on DATA(…) [split S] using ips, snips, dr}: the policy learns from the earlier
     * {@code 1 − evaluationShare} of the rows and is evaluated on the rest.
     */
    record OfflineEvaluation(Stmt.Evaluate statement, PolicyInfo policy, LogRoles log, List<String> estimators,
                             double evaluationShare, Optional<Long> seed, Map<String, OptionValue> settings)
            implements PersonalizationPlan {
        public OfflineEvaluation {
            estimators = List.copyOf(estimators);
            settings = Map.copyOf(settings);
        }
    }

    /**
     * {@code evaluate R on D split F seed S [by time | user] metrics …}: fit on the training part of the split,
     * score on the rest.
     */
    record RecommenderEvaluation(Stmt.Evaluate statement, RecommenderInfo recommender, String dataset,
                                 String order, double testShare, Optional<Long> seed, List<String> metrics)
            implements PersonalizationPlan {
        public RecommenderEvaluation {
            metrics = List.copyOf(metrics);
        }
    }

    /** {@code recommend K for user U using R}: fit on all the recommender's data, then the user's top K. */
    record Recommendation(Stmt.Recommend statement, RecommenderInfo recommender, int count, String user)
            implements PersonalizationPlan {}
}
