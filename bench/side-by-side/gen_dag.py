"""A .causal script that asks for every minimal adjustment set on a large sparse random DAG.

usage: gen_dag.py NODES PATHS SEED OUT.causal

The graph is the one AdjustmentSetsBenchmark builds (bench/src/main/java/causal/bench): PATHS backdoor paths
x <- a_k -> b_k -> y, each blocked by a_k or by b_k, give 2^PATHS minimal sets; the other nodes form a sparse
random DAG around them (causes of the a_k, effects of y, and unrelated nodes) that the enumeration must see past.
Python's random with SEED draws them, so the graph is the same kind as the benchmark's, not the same graph.
"""
import random
import sys


def main():
    nodes, paths, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    edges = []
    for k in range(paths):
        edges += [f"a{k} -> x", f"a{k} -> b{k}", f"b{k} -> y"]
    edges.append("x -> y")
    alone = []
    for v in range(nodes - 2 - 2 * paths):
        kind = rng.randrange(3)
        if kind == 0:
            edges.append(f"n{v} -> a{rng.randrange(paths)}")
        elif kind == 1:
            edges.append(f"{'y' if v == 0 else 'n' + str(rng.randrange(v))} -> n{v}")
        elif v > 0:
            edges.append(f"n{rng.randrange(v)} -> n{v}")
        else:
            alone.append(f"n{v}")
    with open(out, "w") as f:
        f.write(f"// {nodes} nodes, {paths} backdoor paths: every minimal adjustment set (gen_dag.py {nodes} {paths} {seed})\n")
        f.write("dag g {\n")
        for line in alone + edges:
            f.write(f"  {line}\n")
        f.write("}\n")
        f.write("identify ATE of x on y under g\n")


if __name__ == "__main__":
    main()
