package causal.analysis;

import causal.graph.EffectIdentification;
import causal.graph.Hedge;
import causal.graph.Instrument;
import causal.syntax.Stmt;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The answer to an {@code identify} statement, computed by the checker from the graph alone.
 *
 * @param backdoorSets   every minimal backdoor set of non-latent nodes
 * @param openPath       when no backdoor set exists, a backdoor path no observed set can block, in words
 * @param frontdoorSets  every minimal set of observed mediators meeting the front-door criterion
 * @param instrumentSearch every observed instrument, each with the set it must be conditioned on (dagitty's
 *                       {@code instrumentalVariables}), searched the first time they are asked for: checking a
 *                       script (what an editor does on every keystroke) never needs them, printing it does
 * @param general        the ID algorithm's answer, run when neither backdoor nor front door applies
 * @param notes          what could not be decided, in words (e.g. too many candidate mediators to search)
 */
public record IdentifyPlan(Stmt.Identify statement, String dag, String estimand, List<String> treatments,
                           List<String> outcomes,
                           List<List<String>> backdoorSets, Optional<String> openPath, List<List<String>> frontdoorSets,
                           Supplier<List<Instrument>> instrumentSearch, Optional<EffectIdentification> general,
                           List<String> notes) {
    public IdentifyPlan {
        treatments = List.copyOf(treatments);
        outcomes = List.copyOf(outcomes);
        backdoorSets = backdoorSets.stream().map(List::copyOf).toList();
        frontdoorSets = frontdoorSets.stream().map(List::copyOf).toList();
        instrumentSearch = memoized(instrumentSearch);
        notes = List.copyOf(notes);
    }

    /** The treatments as the script names them: {@code a, b} for a joint effect. */
    public String treatment() {
        return String.join(", ", treatments);
    }

    public String outcome() {
        return String.join(", ", outcomes);
    }

    /** The instruments (searched once, on first use). */
    public List<Instrument> instruments() {
        return instrumentSearch.get();
    }

    private static <T> Supplier<T> memoized(Supplier<T> search) {
        return new Supplier<>() {
            private T answer;

            @Override
            public synchronized T get() {
                if (answer == null) {
                    answer = search.get();
                }
                return answer;
            }
        };
    }

    public boolean backdoorIdentifiable() {
        return !backdoorSets.isEmpty();
    }

    public boolean frontdoorIdentifiable() {
        return !frontdoorSets.isEmpty();
    }

    /** Identified without parametric assumptions: by backdoor, front door, or the general ID algorithm. */
    public boolean identifiable() {
        return backdoorIdentifiable() || frontdoorIdentifiable()
                || general.filter(g -> g instanceof EffectIdentification.Identified).isPresent();
    }

    /** The hedge that proves the effect is not identifiable, when the ID algorithm found one. */
    public Optional<Hedge> hedge() {
        return general.filter(g -> g instanceof EffectIdentification.NotIdentified)
                .map(g -> ((EffectIdentification.NotIdentified) g).hedge());
    }

    /** The identifying formula in LaTeX, when the ID algorithm gave it. */
    public Optional<String> latex() {
        return general.filter(g -> g instanceof EffectIdentification.Identified)
                .map(g -> ((EffectIdentification.Identified) g).formula().toLatex());
    }

    /** P(y | do(x)) as a formula in words: backdoor adjustment on the smallest set, else the front-door formula. */
    public Optional<String> formula() {
        String treatment = treatment();
        String outcome = outcome();
        String effect = "P(" + outcome + " | do(" + treatment + ")) = ";
        if (backdoorIdentifiable()) {
            List<String> z = backdoorSets.get(0);
            if (z.isEmpty()) {
                return Optional.of(effect + "P(" + outcome + " | " + treatment + ")");
            }
            String zs = String.join(", ", z);
            return Optional.of(effect + "sum over " + zs + " of P(" + outcome + " | " + treatment + ", " + zs
                    + ") P(" + zs + ")");
        }
        if (frontdoorIdentifiable()) {
            String ms = String.join(", ", frontdoorSets.get(0));
            String bound = treatment + "'";
            return Optional.of(effect + "sum over " + ms + " of P(" + ms + " | " + treatment + ") sum over " + bound
                    + " of P(" + outcome + " | " + bound + ", " + ms + ") P(" + bound + ")");
        }
        return general.filter(g -> g instanceof EffectIdentification.Identified)
                .map(g -> g.query() + " = " + ((EffectIdentification.Identified) g).formula().toText());
    }
}
