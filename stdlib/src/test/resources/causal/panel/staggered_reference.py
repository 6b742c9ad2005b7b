"""Reference values for BaconDecompositionTest and CallawaySantAnnaTest, computed with numpy alone.

Run from this directory:  python3 staggered_reference.py  (Python 3.11.7, numpy 2.4.6). It
  1. writes bacon_panel.csv (seeded simulation: 40 units x 10 periods, always-treated, three cohorts, never-treated);
  2. prints the Goodman-Bacon decomposition of both panels the way R's bacondecomp::bacon (0.1.3) computes it:
     each 2x2 estimate is an OLS fit with unit and period dummies on the pair's subsample, each weight is
     bacondecomp's calculate_weights() on that subsample, rescaled to sum to 1; and the two-way fixed-effects
     coefficient from OLS with every dummy (lm(y ~ D + factor(unit) + factor(period)));
  3. prints Callaway and Sant'Anna's ATT(g,t), their standard errors and the four aggregations for
     ../../panel/staggered.csv, written from the formulas of the did R package (2.x: compute.att_gt, att_gt's
     analytic se = sqrt(colSums(psi^2))/n, aggte's weights, wif() and getSE()), since R's did is not installed.
"""
import csv
import itertools
import numpy as np


def show(x):
    """A float with every digit (repr round-trips)."""
    return repr(float(x))


def read(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    return {k: np.array([float(r[k]) for r in rows]) for k in rows[0]}


def write_bacon_panel(path):
    rng = np.random.default_rng(20240611)
    start = {0: 1}  # unit -> first treated period (1 = the first period: always treated), absent = never
    cohorts = [(1, 4), (3, 8), (5, 10), (8, 6)]  # (first treated period, units); 12 never-treated units
    u = 0
    for g, k in cohorts:
        for _ in range(k):
            start[u] = g
            u += 1
    units, periods = 40, range(1, 11)
    alpha = rng.normal(0, 1, units)
    with open(path, "w") as f:
        f.write("unit,period,treated,y\n")
        for i in range(units):
            g = start.get(i)
            for t in periods:
                d = int(g is not None and t >= g)
                effect = (2.0 + 0.4 * (t - g) - 0.1 * g) if d else 0.0
                y = alpha[i] + 0.3 * t + effect + rng.normal()
                f.write(f"{101 + i},{2000 + t},{d},{show(y)}\n")


def dummies_ols(y, d, unit, time):
    """Coefficient of d in OLS of y on d, unit dummies and period dummies."""
    uu, tt = np.unique(unit), np.unique(time)
    x = [d] + [(unit == v).astype(float) for v in uu] + [(time == v).astype(float) for v in tt[1:]]
    beta, *_ = np.linalg.lstsq(np.column_stack(x), y, rcond=None)
    return beta[0]


def bacon(data):
    unit, time, y, d = data["unit"], data["period"], data["y"], data["treated"]
    first = {}
    for i, t, di in zip(unit, time, d):
        if di == 1:
            first[i] = min(first.get(i, np.inf), t)
    treat_time = np.array([first.get(i, np.inf) for i in unit])
    groups = np.unique(treat_time)
    tmin = time.min()
    rows = []
    for k, l in itertools.permutations(groups, 2):
        if k == np.inf or k == tmin:
            continue
        keep = np.isin(treat_time, [k, l])
        if k < l:
            keep &= time < l
        else:
            keep &= time >= l
        sub = {n: v[keep] for n, v in data.items()}
        tt = treat_time[keep]
        est = dummies_ols(sub["y"], sub["treated"], sub["unit"], sub["period"])
        if k < l:  # bacondecomp's early-vs-late branch (also taken by treated vs untreated: l = Inf)
            nk, nl = np.sum(tt == k), np.sum(tt == l)
            nkl = nk / (nk + nl)
            dk, dl = sub["treated"][tt == k].mean(), sub["treated"][tt == l].mean()
            v = nkl * (1 - nkl) * (dk - dl) / (1 - dl) * (1 - dk) / (1 - dl)
            w = ((nk + nl) * (1 - dl)) ** 2 * v
        else:  # late vs early
            nk, nl = np.sum(tt == l), np.sum(tt == k)
            nkl = nk / (nk + nl)
            dk, dl = sub["treated"][tt == l].mean(), sub["treated"][tt == k].mean()
            v = nkl * (1 - nkl) * (dl / dk) * (dk - dl) / dk
            w = ((nk + nl) * dk) ** 2 * v
        kind = ("Treated vs Untreated" if l == np.inf else "Later vs Always Treated" if l == tmin
                else "Later vs Earlier Treated" if k > l else "Earlier vs Later Treated")
        rows.append([k, l, est, w, kind])
    total = sum(r[3] for r in rows)
    for r in rows:
        r[3] /= total
    twfe = dummies_ols(y, d, unit, time)
    print("  TWFE", show(twfe), " sum of weight x estimate", show(sum(r[2] * r[3] for r in rows)))
    for r in rows:
        print("  treated", r[0], "control", r[1], r[4], "estimate", show(r[2]), "weight", show(r[3]))
    for kind in sorted({r[4] for r in rows}):
        sel = [r for r in rows if r[4] == kind]
        w = sum(r[3] for r in sel)
        print("  summary", kind, "weight", show(w), "avg_est", show(sum(r[2] * r[3] for r in sel) / w))


def callaway_santanna(data, control, base):
    """did::att_gt(yname, tname, idname, gname, control_group = control, base_period = base, bstrap = FALSE)
    for a balanced panel without covariates, then aggte(type) for the four types."""
    units = np.unique(data["unit"])
    periods = np.unique(data["period"])
    n, T = len(units), len(periods)
    Y = np.zeros((n, T))
    ui = np.searchsorted(units, data["unit"])
    ti = np.searchsorted(periods, data["period"])
    Y[ui, ti] = data["y"]
    G = np.zeros(n)  # 0 = never treated (did's coding)
    for i, t, tr, po in zip(ui, data["period"], data["treated"], data["post"]):
        if tr == 1 and po == 1:
            G[i] = t if G[i] == 0 else min(G[i], t)
    groups = np.unique(G[G > 0])
    cells = []
    for g in groups:
        pre = np.where(periods < g)[0]
        gbase = pre[-1]
        for t in range(0 if base == "universal" else 1, T):
            b = t - 1 if periods[t] < g and base == "varying" else gbase
            if b == t:  # universal base: ATT(g, g-1) = 0 by construction
                cells.append((g, periods[t], 0.0, np.zeros(n)))
                continue
            treat = G == g
            if control == "never":
                ctrl = G == 0
            else:
                ctrl = (G == 0) | ((G > periods[max(t, b)]) & (G != g))
            dy = Y[:, t] - Y[:, b]
            m1, m0 = dy[treat].mean(), dy[ctrl].mean()
            n1 = treat.sum() + ctrl.sum()
            # DRDID reg_did_panel's influence function on the subsample, rescaled by n/n1 as compute.att_gt does
            psi = np.zeros(n)
            p1, p0 = treat.sum() / n1, ctrl.sum() / n1
            psi[treat] = (dy[treat] - m1) / p1
            psi[ctrl] = -(dy[ctrl] - m0) / p0
            cells.append((g, periods[t], m1 - m0, psi * n / n1))
    att = np.array([c[2] for c in cells])
    grp = np.array([c[0] for c in cells])
    tt = np.array([c[1] for c in cells])
    psi = np.column_stack([c[3] for c in cells])
    se = np.sqrt((psi ** 2).sum(axis=0)) / n
    for c, s in zip(cells, se):
        print(f"  ATT({c[0]:.0f},{c[1]:.0f}) = {show(c[2])}  se {show(s)}")
    pg_all = {g: np.mean(G == g) for g in groups}
    pg = np.array([pg_all[g] for g in grp])

    def wif(keep):
        spg = pg[keep].sum()
        centered = np.column_stack([(G == grp[k]) - pg[k] for k in keep])
        return centered / spg - np.outer(centered.sum(axis=1), pg[keep] / spg ** 2)

    def combine(keep, weights, with_wif):
        f = psi[:, keep] @ weights
        if with_wif:
            f = f + wif(keep) @ att[keep]
        return f

    def se_of(f):
        return np.sqrt(np.mean(f ** 2) / n)

    keep = np.where(grp <= tt)[0]
    f = combine(keep, pg[keep] / pg[keep].sum(), True)
    print("  simple", show(att[keep] @ pg[keep] / pg[keep].sum()), "se", show(se_of(f)))
    # dynamic
    e_all = tt - grp
    es = np.unique(e_all)
    att_e, if_e = [], []
    for e in es:
        keep = np.where(e_all == e)[0]
        w = pg[keep] / pg[keep].sum()
        att_e.append(att[keep] @ w)
        if_e.append(combine(keep, w, True))
        print(f"  dynamic e={e:.0f}", show(att_e[-1]), "se", show(se_of(if_e[-1])))
    pos = es >= 0
    f = np.column_stack(if_e)[:, pos].mean(axis=1)
    print("  dynamic overall", show(np.mean(np.array(att_e)[pos])), "se", show(se_of(f)))
    # group
    att_g, if_g = [], []
    for g in groups:
        keep = np.where((grp == g) & (grp <= tt))[0]
        att_g.append(att[keep].mean())
        if_g.append(combine(keep, np.full(len(keep), 1 / len(keep)), False))
        print(f"  group g={g:.0f}", show(att_g[-1]), "se", show(se_of(if_g[-1])))
    pgg = np.array([pg_all[g] for g in groups])
    cen = np.column_stack([(G == g) - p for g, p in zip(groups, pgg)])
    wif_g = cen / pgg.sum() - np.outer(cen.sum(axis=1), pgg / pgg.sum() ** 2)
    f = np.column_stack(if_g) @ (pgg / pgg.sum()) + wif_g @ np.array(att_g)
    print("  group overall", show(np.array(att_g) @ pgg / pgg.sum()), "se", show(se_of(f)))
    # calendar
    att_t, if_t = [], []
    for t in periods[periods >= groups.min()]:
        keep = np.where((tt == t) & (grp <= tt))[0]
        w = pg[keep] / pg[keep].sum()
        att_t.append(att[keep] @ w)
        if_t.append(combine(keep, w, True))
        print(f"  calendar t={t:.0f}", show(att_t[-1]), "se", show(se_of(if_t[-1])))
    f = np.column_stack(if_t).mean(axis=1)
    print("  calendar overall", show(np.mean(att_t)), "se", show(se_of(f)))


if __name__ == "__main__":
    write_bacon_panel("bacon_panel.csv")
    staggered = read("../../panel/staggered.csv")
    print("Goodman-Bacon, panel/staggered.csv")
    bacon({"unit": staggered["unit"], "period": staggered["period"], "y": staggered["y"],
           "treated": staggered["post"]})
    print("Goodman-Bacon, causal/panel/bacon_panel.csv")
    bacon(read("bacon_panel.csv"))
    for control, base in [("never", "varying"), ("notyet", "varying"), ("never", "universal")]:
        print(f"Callaway-Sant'Anna, panel/staggered.csv, control {control}, base period {base}")
        callaway_santanna(staggered, control, base)
