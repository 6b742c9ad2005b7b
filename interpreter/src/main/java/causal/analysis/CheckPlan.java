package causal.analysis;

import causal.options.OptionValue;
import causal.syntax.Stmt;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Map;

/**
 * A checked statement about a named estimate ({@code refute}, {@code sensitivity of}, {@code decompose}, and for
 * uplift learners {@code evaluate} and {@code target}): the estimate it questions and how.
 */
public sealed interface CheckPlan {
    Stmt statement();

    /** The estimate being checked, by name. */
    String target();

    /** {@code refute e using REFUTER(options)}. */
    record Refute(Stmt.Refute statement, String target, String refuter, Map<String, OptionValue> options)
            implements CheckPlan {
        public Refute {
            options = Map.copyOf(options);
        }
    }

    /**
     * {@code sensitivity of e using evalue | robustness(benchmark = {…}) | confounder(on_treatment = a..b,
     * on_outcome = c..d)}; the grid's axes are given as the points to evaluate.
     */
    record Sensitivity(Stmt.Sensitivity statement, String target, String method, List<String> benchmarks,
                       List<Double> onTreatment, List<Double> onOutcome) implements CheckPlan {
        public Sensitivity {
            benchmarks = List.copyOf(benchmarks);
            onTreatment = List.copyOf(onTreatment);
            onOutcome = List.copyOf(onOutcome);
        }
    }

    /** {@code decompose e}: the Goodman-Bacon decomposition of a twfe estimate from a did design. */
    record Decompose(Stmt.Decompose statement, String target) implements CheckPlan {}

    /**
     * {@code evaluate tau metrics qini, auuc [split S] [seed N]}: the uplift learner of {@code tau} refitted on all
     * but a held-out {@code testShare} of the rows, its ranking scored on them.
     */
    record UpliftEvaluation(Stmt.Evaluate statement, String target, List<String> metrics, double testShare,
                            Optional<Long> seed) implements CheckPlan {
        public UpliftEvaluation {
            metrics = List.copyOf(metrics);
        }
    }

    /** {@code target tau top 20%} ({@code share}) or {@code target tau where cate > COST} ({@code cost}). */
    record Targeting(Stmt.Target statement, String target, OptionalDouble share, OptionalDouble cost)
            implements CheckPlan {}
}
