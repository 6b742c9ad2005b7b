"""Peer of causal/ols.causal: statsmodels OLS of y on t and x0..x9, HC1 standard errors.

usage: python3 ols_statsmodels.py target/ols.csv
Prints one JSON object: estimate, std_error, read_s (pandas.read_csv), fit_s (fit with cov_type='HC1').
"""
import json
import sys
import time

import pandas as pd
import statsmodels
import statsmodels.api as sm

started = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
read = time.perf_counter()
design = sm.add_constant(frame[["t"] + [f"x{j}" for j in range(10)]])
fit = sm.OLS(frame["y"], design).fit(cov_type="HC1")
fitted = time.perf_counter()
print(json.dumps({"tool": f"statsmodels {statsmodels.__version__}, pandas {pd.__version__}",
                  "estimate": float(fit.params["t"]), "std_error": float(fit.bse["t"]),
                  "read_s": read - started, "fit_s": fitted - read}))
