package causal.bandit;

import static java.util.Map.entry;

import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of bandit policies by script keyword ({@code policy ts = thompson(prior = beta(1, 1))}): one explicit
 * table, read by the checker, the LSP and the runtime.
 */
public final class Policies {
    private static final BanditOption EPSILON = new BanditOption("epsilon", "number",
            OptionText.number(EpsilonGreedy.DEFAULT_EPSILON),
            "the share of rounds that explore an arm chosen uniformly at random, in [0, 1]");
    private static final BanditOption PRIOR = new BanditOption("prior", "prior", "beta(1, 1)",
            "each arm's prior: beta(a, b) for rewards in [0, 1], normal(mean, sd) for continuous rewards");
    private static final BanditOption NOISE = new BanditOption("noise", "number", "1",
            "with a normal prior, the known sd of a reward around its arm's mean");
    private static final BanditOption DRAWS = new BanditOption("draws", "integer",
            Integer.toString(ThompsonSampling.DEFAULT_DRAWS),
            "the Monte Carlo draws behind the policy's action probabilities for off-policy evaluation");
    private static final BanditOption ALPHA = new BanditOption("alpha", "number",
            OptionText.number(LinUcb.DEFAULT_ALPHA), "the width of the confidence bonus, α ≥ 0");
    private static final BanditOption FEATURES = new BanditOption("features", "columns", "{}",
            "the context columns the linear model reads");
    private static final BanditOption INTERCEPT = new BanditOption("intercept", "boolean", "true",
            "put a constant 1 before the context, so each arm has its own baseline reward");

    private static final Map<String, PolicySpec> BY_KEYWORD = Map.ofEntries(
            entry("random", new PolicySpec("random", "every arm with probability 1/K", List.of(), false,
                    (v, f) -> new RandomPolicy.Options())),
            entry("egreedy", new PolicySpec("egreedy",
                    "ε-greedy: the best arm so far, a random arm with probability ε", List.of(EPSILON), false,
                    (v, f) -> new EpsilonGreedy.Options(v.number("epsilon", EpsilonGreedy.DEFAULT_EPSILON)))),
            entry("ucb1", new PolicySpec("ucb1", "UCB1 (Auer et al. 2002): mean plus sqrt(2 ln t / n)", List.of(),
                    false, (v, f) -> new Ucb1.Options())),
            entry("thompson", new PolicySpec("thompson",
                    "Thompson sampling: play the arm of the largest draw from the posteriors",
                    List.of(PRIOR, NOISE, DRAWS), false, (v, f) -> thompson(v))),
            entry("linucb", new PolicySpec("linucb",
                    "LinUCB with disjoint linear models (Li et al. 2010) over context features",
                    List.of(ALPHA, FEATURES, INTERCEPT), true,
                    (v, f) -> new LinUcb.Options(v.number("alpha", LinUcb.DEFAULT_ALPHA), f,
                            v.bool("intercept", true)))));

    private Policies() {
    }

    public static Optional<PolicySpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** Every policy, sorted by keyword. */
    public static List<PolicySpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }

    /**
     * The policy {@code keyword} configured with {@code values}, reading the context columns {@code features}.
     *
     * @throws BanditException for an unknown keyword, or naming the option, for an unknown option or a bad value
     */
    public static PolicyTemplate create(String keyword, Map<String, OptionValue> values, List<String> features) {
        PolicySpec spec = find(keyword).orElseThrow(() -> new BanditException("there is no policy " + keyword
                + "; the policies are " + String.join(", ", BY_KEYWORD.keySet().stream().sorted().toList())));
        return spec.create(values, features);
    }

    private static ThompsonSampling.Options thompson(OptionValues v) {
        int draws = v.integer("draws", ThompsonSampling.DEFAULT_DRAWS);
        OptionValue prior = v.raw("prior");
        if (prior == null || isCall(prior, "beta")) {
            if (v.raw("noise") != null) {
                throw BanditException.option("noise", "thompson's noise applies to a normal prior only; a beta "
                        + "prior's rewards lie in [0, 1]");
            }
            ThompsonSampling.BetaPrior beta = prior == null ? ThompsonSampling.BetaPrior.UNIFORM
                    : new ThompsonSampling.BetaPrior(argument(v, prior, 0, "a"), argument(v, prior, 1, "b"));
            return new ThompsonSampling.Options(beta, draws);
        }
        if (isCall(prior, "normal")) {
            return new ThompsonSampling.Options(new ThompsonSampling.NormalPrior(argument(v, prior, 0, "mean"),
                    argument(v, prior, 1, "sd"), v.number("noise", 1)), draws);
        }
        throw v.wrong("prior", prior, "beta(a, b) or normal(mean, sd)");
    }

    private static boolean isCall(OptionValue value, String function) {
        return value instanceof OptionValue.Call call && call.function().equals(function);
    }

    /** The prior's parameter {@code name}, given by position or by name. */
    private static double argument(OptionValues v, OptionValue prior, int position, String name) {
        OptionValue.Call call = (OptionValue.Call) prior;
        if (call.args().size() + call.named().size() != 2) {
            throw v.wrong("prior", prior, call.function() + " with two parameters");
        }
        OptionValue arg = position < call.args().size() ? call.args().get(position) : call.named().get(name);
        if (arg instanceof OptionValue.Number n && Double.isFinite(n.value())) {
            return n.value();
        }
        throw v.wrong("prior", prior, call.function() + "(" + (position == 0 ? name + ", …" : "…, " + name)
                + ") with a number for " + name);
    }
}
