"""Peer of causal/iv.causal: statsmodels' IV2SLS (statsmodels.sandbox.regression.gmm; linearmodels is not packaged
for Debian). Its standard errors are the classical ones (no robust option), so only the estimate is compared;
std_error is printed for information.

usage: python3 iv_statsmodels.py target/iv.csv
"""
import json
import sys
import time

import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.sandbox.regression.gmm import IV2SLS

started = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
read = time.perf_counter()
exog = sm.add_constant(frame[["t", "w1", "w2"]])
instruments = sm.add_constant(frame[["z1", "z2", "w1", "w2"]])
fit = IV2SLS(frame["y"], exog, instrument=instruments).fit()
fitted = time.perf_counter()
print(json.dumps({"tool": f"statsmodels {statsmodels.__version__} IV2SLS", "estimate": float(fit.params["t"]),
                  "std_error": float(fit.bse["t"]), "se_kind": "classical",
                  "read_s": read - started, "fit_s": fitted - read}))
