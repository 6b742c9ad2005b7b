"""Pairs Causal's results with a peer's and says whether they agree; used by run.sh.

usage:
  compare.py agree CAUSAL.jsonl PEER.jsonl TITLE DETAILS.md   prints the table's agreement cell, appends a
                                                                detail table (both numbers per pair) to DETAILS.md
  compare.py phases PEER.jsonl                                  prints "read X s, fit Y s" from the peer's first line

Causal's results are its `estimate` and `refute` lines (JSON Lines from `causal run --format json`), in order; the
peer prints one JSON object per result in the same order. An estimate agrees when the relative difference is at
most 1e-6, and so does its standard error unless the peer marks it with `se_kind` (another kind of standard
error, printed for reading only). A refutation's p-value comes from random draws, so it is shown, not judged.
"""
import json
import sys

TOLERANCE = 1e-6


def lines(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


def relative(a, b):
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale


def agree(causal_path, peer_path, title, details_path):
    causal = [r for r in lines(causal_path) if r.get("kind") in ("estimate", "refute")]
    peer = lines(peer_path)
    if not peer:
        print("no peer result")
        return
    rows, judged, good, worst = [], 0, 0, 0.0
    for i, p in enumerate(peer):
        c = causal[i] if i < len(causal) else None
        what = p.get("what", c.get("estimator") if c else "?")
        if c is None:
            rows.append(f"| {what} | (missing) | {p.get('estimate')} | no Causal result |")
            judged += 1
            continue
        if c.get("kind") == "refute":
            rows.append(f"| {what} | p = {c.get('p_value'):.6g} | p = {p.get('p_value'):.6g} | "
                        f"not judged: random permutations (R's sample() against Causal's stream) |")
            continue
        d_est = relative(c["estimate"], p["estimate"])
        ok = d_est <= TOLERANCE
        worst = max(worst, d_est)
        verdict = f"estimate rel. diff {d_est:.1e}"
        se_c, se_p = c.get("std_error"), p.get("std_error")
        if se_p is not None and se_c is not None:
            d_se = relative(se_c, se_p)
            if "se_kind" in p:
                verdict += f"; SE not compared (peer's is {p['se_kind']})"
            else:
                ok = ok and d_se <= TOLERANCE
                worst = max(worst, d_se)
                verdict += f", SE rel. diff {d_se:.1e}"
        judged += 1
        good += ok
        rows.append(f"| {what} | {c['estimate']:.12g} (SE {se_c:.6g}) | {p['estimate']:.12g} "
                    f"(SE {se_p:.6g}) | {'agree' if ok else '**DIFFER**'}: {verdict} |")
    with open(details_path, "a") as out:
        out.write(f"\n**{title}** ({peer[0].get('tool', 'peer')})\n\n")
        out.write("| result | Causal | peer | agreement |\n|---|---|---|---|\n")
        out.write("\n".join(rows) + "\n")
    if judged == 1 and len(rows) == 1:
        c = causal[0]
        p = peer[0]
        cell = f"{'yes' if good else '**NO**'}: {c['estimate']:.10g} vs {p['estimate']:.10g}"
        if "se_kind" not in p and p.get("std_error") is not None:
            cell += f"; SE {c['std_error']:.6g} vs {p['std_error']:.6g}"
        print(cell + f" (largest rel. diff {worst:.1e})")
    else:
        print(f"{'yes' if good == judged else '**NO**'}: {good} of {judged} estimates agree "
              f"(largest rel. diff {worst:.1e}; numbers below)")


def phases(peer_path):
    first = lines(peer_path)[0]
    if "read_s" in first:
        print(f"read {first['read_s']:.1f} s, fit {first['fit_s']:.1f} s")
    else:
        print("")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"agree": agree, "phases": phases}[command](*args)
