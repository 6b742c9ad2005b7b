package causal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Classifies paths found by {@link AllPaths} given one conditioning set. */
final class PathClassifier {
    private final Dag g;
    private final BitSet conditioned;
    /** Z and its ancestors: a collider is open exactly when it is in this set (it or a descendant is in Z). */
    private final BitSet conditionedOrAncestor;

    PathClassifier(Dag g, BitSet conditioned) {
        this.g = g;
        this.conditioned = conditioned;
        this.conditionedOrAncestor = g.ancestorsOf(conditioned, new BitSet());
    }

    ClassifiedPath classify(AllPaths.FoundPath found) {
        List<String> names = new ArrayList<>();
        for (int v : found.nodes()) {
            names.add(g.name(v));
        }
        Path path = new Path(names, List.of(found.arrows()));
        List<ClassifiedPath.Blocker> blockers = new ArrayList<>();
        for (int k = 1; k < found.nodes().length - 1; k++) {
            int v = found.nodes()[k];
            if (path.isCollider(k)) {
                if (!conditionedOrAncestor.get(v)) {
                    blockers.add(new ClassifiedPath.Blocker(g.name(v), ClassifiedPath.Reason.UNCONDITIONED_COLLIDER));
                }
            } else if (conditioned.get(v)) {
                blockers.add(new ClassifiedPath.Blocker(g.name(v), ClassifiedPath.Reason.CONDITIONED_NON_COLLIDER));
            }
        }
        return new ClassifiedPath(path, kindOf(found.arrows()), blockers);
    }

    private static ClassifiedPath.Kind kindOf(Path.Arrow[] arrows) {
        if (arrows[0] != Path.Arrow.FORWARD) {
            return ClassifiedPath.Kind.BACKDOOR;
        }
        for (Path.Arrow a : arrows) {
            if (a != Path.Arrow.FORWARD) {
                return ClassifiedPath.Kind.OTHER_NONCAUSAL;
            }
        }
        return ClassifiedPath.Kind.CAUSAL;
    }
}
