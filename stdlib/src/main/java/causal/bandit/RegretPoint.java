package causal.bandit;

/** A point of a regret curve: the cumulative regret and reward after {@code round} rounds, averaged over runs. */
public record RegretPoint(long round, double regret, double reward) {
}
