# Reference values of the causal.rdd tests. Run from this folder with the rdrobust and rddensity Python packages
# of the rdpackages/rdrobust repository (commit 34aac07, Python rdrobust 2.0.0 = R rdrobust 4.0.0) and the
# rdpackages/rddensity repository (commit 94a4583, rddensity 3.0) on the
# path:
#   PYTHONPATH=<rdrobust>/Python/rdrobust/src:<rddensity>/Python/rddensity/src /usr/bin/python3 reference.py
# (Debian python3 3.11.2, numpy 1.24.2, scipy 1.10.1, pandas 1.5.3, statsmodels 0.13.5, sympy 1.14.0).
# The packages' __init__ imports plotting libraries, so the modules are loaded directly.
import importlib, sys, types
for name in ["rdrobust", "rddensity"]:
    spec = importlib.util.find_spec(name)
    pkg = types.ModuleType(name)
    pkg.__path__ = list(spec.submodule_search_locations)
    sys.modules[name] = pkg
from rdrobust.rdrobust import rdrobust
from rddensity.rddensity import rddensity
import numpy as np
import pandas as pd
import statsmodels.api as sm

np.set_printoptions(precision=15)
sim = pd.read_csv("rd_sim.csv")
grid = pd.read_csv("rd_grid.csv")
density = pd.read_csv("density.csv")

def show(label, r):
    print(label)
    print("  h, b      ", repr(r.bws.iloc[0, 0]), repr(r.bws.iloc[1, 0]))
    print("  coef      ", [repr(v) for v in r.coef.iloc[:, 0]])
    print("  se        ", [repr(v) for v in r.se.iloc[:, 0]])
    print("  ci robust ", repr(r.ci.iloc[2, 0]), repr(r.ci.iloc[2, 1]))
    print("  p robust  ", repr(r.pv.iloc[2, 0]), " p conv ", repr(r.pv.iloc[0, 0]))
    print("  N_h       ", list(r.N_h))
    if hasattr(r, "tau_T") and r.tau_T is not None:
        print("  tau_T     ", [repr(v) for v in np.ravel(r.tau_T)], " se_T ", [repr(v) for v in np.ravel(r.se_T)])

def wls_jump(x, y, h, cov):
    """Local linear jump at 0 by two independent statsmodels WLS fits with triangular weights 1 - |x|/h."""
    out = []
    for side in (x < 0, x >= 0):
        u = x[side & (np.abs(x) < h)]
        v = y[side & (np.abs(x) < h)]
        fit = sm.WLS(v, sm.add_constant(u), weights=1 - np.abs(u) / h).fit(cov_type=cov)
        out.append((fit.params[0], fit.bse[0] ** 2))
    return out[1][0] - out[0][0], np.sqrt(out[0][1] + out[1][1])

x, y, d = sim.x.values, sim.y.values, sim.d.values
for cov in ["HC0", "HC1"]:
    tau, se = wls_jump(x, y, 0.4, cov)
    print("WLS triangular h=0.4", cov, "jump", repr(tau), "se", repr(se))

show("sharp default", rdrobust(y, x))
show("sharp h=0.4 vce=hc0", rdrobust(y, x, h=0.4, vce="hc0"))
show("sharp h=0.4 vce=hc1", rdrobust(y, x, h=0.4, vce="hc1"))
show("sharp h=0.3 b=0.5 vce=hc3", rdrobust(y, x, h=0.3, b=0.5, vce="hc3"))
show("sharp h=0.5 b=0.3 vce=hc2", rdrobust(y, x, h=0.5, b=0.3, vce="hc2"))
show("sharp h=0.4 b=0.6 nn", rdrobust(y, x, h=0.4, b=0.6))
show("sharp uniform", rdrobust(y, x, kernel="uniform"))
show("sharp epanechnikov p=2", rdrobust(y, x, kernel="epanechnikov", p=2))
show("sharp cutoff 0.25", rdrobust(y, x, c=0.25))
show("fuzzy default", rdrobust(y, x, fuzzy=d))
show("fuzzy h=0.5", rdrobust(y, x, fuzzy=d, h=0.5))
show("age default", rdrobust(sim.age.values, x))
show("income default", rdrobust(sim.income.values, x))
show("grid default (mass points)", rdrobust(grid.y.values, grid.x.values))
show("grid masspoints off", rdrobust(grid.y.values, grid.x.values, masspoints="off"))

def show_density(label, r):
    print(label)
    print("  h         ", repr(r.h["left"]), repr(r.h["right"]))
    print("  hat       ", repr(r.hat["left"]), repr(r.hat["right"]))
    print("  sd_jk     ", repr(r.sd_jk["left"]), repr(r.sd_jk["right"]), repr(r.sd_jk["diff"]))
    print("  t_jk, p_jk", repr(r.test["t_jk"]), repr(r.test["p_jk"]))
    print("  N eff     ", r.n["eff_left"], r.n["eff_right"])

show_density("density smooth c=0.2", rddensity(density.smooth.values, c=0.2))
show_density("density manipulated c=0.2", rddensity(density.manipulated.values, c=0.2))
show_density("density smooth c=0.2 h=0.5", rddensity(density.smooth.values, c=0.2, h=0.5))
show_density("density smooth c=0.2 uniform p=1", rddensity(density.smooth.values, c=0.2, kernel="uniform", p=1))
show_density("density grid x c=0", rddensity(grid.x.values, c=0))
