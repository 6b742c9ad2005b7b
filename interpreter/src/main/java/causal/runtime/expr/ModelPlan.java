package causal.runtime.expr;

import causal.analysis.Suggestions;
import causal.analysis.ExpressionNames;
import causal.runtime.CausalException;
import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Stmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model checked and ordered for simulation: each line's variable, its parents (the model variables its right
 * side names, by line index) and an order in which every parent comes before its children.
 */
final class ModelPlan {
    private final Stmt.Model model;
    private final Map<String, Integer> lineOf;
    private final int[][] parents;

    private ModelPlan(Stmt.Model model, Map<String, Integer> lineOf, int[][] parents) {
        this.model = model;
        this.lineOf = lineOf;
        this.parents = parents;
    }

    /** Checks that variables are defined once, right sides name only model variables, and {@code ~} draws. */
    static ModelPlan of(Stmt.Model model) {
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<Stmt.ModelLine> lines = model.lines();
        for (int i = 0; i < lines.size(); i++) {
            Name variable = lines.get(i).variable();
            if (lineOf.putIfAbsent(variable.text(), i) != null) {
                throw CausalException.at(variable.span(), "variable " + variable.text() + " is defined twice in model "
                        + model.name().text());
            }
        }
        int[][] parents = new int[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            Stmt.ModelLine line = lines.get(i);
            requireDrawn(line);
            List<Integer> found = new ArrayList<>();
            for (Name name : ExpressionNames.references(line.value())) {
                Integer parent = lineOf.get(name.text());
                if (parent == null) {
                    throw CausalException.at(name.span(), "unknown variable " + name.text() + " in model "
                            + model.name().text() + Suggestions.hint(name.text(), lineOf.keySet()));
                }
                if (!found.contains(parent)) {
                    found.add(parent);
                }
            }
            parents[i] = found.stream().mapToInt(Integer::intValue).toArray();
        }
        return new ModelPlan(model, lineOf, parents);
    }

    int size() {
        return parents.length;
    }

    Stmt.ModelLine line(int index) {
        return model.lines().get(index);
    }

    /** The lines of line {@code index}'s parents. Not to be modified. */
    int[] parents(int index) {
        return parents[index];
    }

    /** The line that defines {@code variable}. */
    int lineOf(String variable) {
        return lineOf.get(variable);
    }

    /** Each variable's parents' names, variables in line order, parents in order of first mention. */
    Map<String, List<String>> parentNames() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < parents.length; i++) {
            List<String> names = new ArrayList<>();
            for (int p : parents[i]) {
                names.add(line(p).variable().text());
            }
            out.put(line(i).variable().text(), List.copyOf(names));
        }
        return out;
    }

    /**
     * Line indexes with every parent before its children; among the lines that are ready, the earliest line goes
     * first, so the order is fixed by the model alone. A cycle is an error that prints it.
     */
    int[] topologicalOrder() {
        int n = parents.length;
        int[] order = new int[n];
        boolean[] done = new boolean[n];
        for (int placed = 0; placed < n; placed++) {
            int next = -1;
            for (int i = 0; i < n && next < 0; i++) {
                if (!done[i] && allDone(parents[i], done)) {
                    next = i;
                }
            }
            if (next < 0) {
                throw cycle(done);
            }
            done[next] = true;
            order[placed] = next;
        }
        return order;
    }

    private static boolean allDone(int[] lines, boolean[] done) {
        for (int line : lines) {
            if (!done[line]) {
                return false;
            }
        }
        return true;
    }

    /** Walks parent links from a line that cannot be placed until one repeats: that loop is a cycle. */
    private CausalException cycle(boolean[] done) {
        int start = 0;
        while (done[start]) {
            start++;
        }
        Map<Integer, Integer> seenAt = new HashMap<>();
        List<Integer> walk = new ArrayList<>();
        int current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, walk.size());
            walk.add(current);
            current = firstPending(parents[current], done);
        }
        // The walk follows child -> parent; print the loop along the arrows, parent -> child, from its first line.
        List<Integer> loop = new ArrayList<>(walk.subList(seenAt.get(current), walk.size()));
        Collections.reverse(loop);
        Collections.rotate(loop, -loop.indexOf(Collections.min(loop)));
        StringBuilder text = new StringBuilder();
        for (int line : loop) {
            text.append(line(line).variable().text()).append(" -> ");
        }
        text.append(line(loop.get(0)).variable().text());
        return CausalException.at(line(loop.get(0)).span(), "model " + model.name().text() + " has a cycle: " + text);
    }

    private static int firstPending(int[] lines, boolean[] done) {
        for (int line : lines) {
            if (!done[line]) {
                return line;
            }
        }
        throw new IllegalStateException("a line waits for no parent");
    }

    private static void requireDrawn(Stmt.ModelLine line) {
        if (line.drawn() && !(line.value() instanceof Expr.Call c && Functions.isDistribution(c.function().text()))) {
            throw CausalException.at(line.value().span(), "the right side of ~ must be a distribution, e.g. "
                    + line.variable().text() + " ~ normal(0, 1); use = for an expression");
        }
    }
}
