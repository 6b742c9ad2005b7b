# Data and reference values of the causal.its tests. Run from this folder:
#   /usr/bin/python3 reference.py       (Debian python3 3.11.2, numpy 1.24.2, statsmodels 0.13.5)
# Writes series.csv (60 monthly periods, intervention at month 31, AR(1) errors with coefficient 0.6, a
# covariate temperature) and prints statsmodels' OLS fits with Newey-West (HAC) covariances; reference.out holds
# the output.
import numpy as np
import statsmodels.api as sm

rng = np.random.default_rng(314)
n = 60
month = np.arange(1, n + 1, dtype=float)
post = (month >= 31).astype(float)
temperature = 15 + 8 * np.sin(2 * np.pi * month / 12) + rng.normal(0, 1, n)
e = np.zeros(n)
for t in range(n):
    e[t] = (0.6 * e[t - 1] if t > 0 else 0) + rng.normal(0, 2)
admissions = 100 + 0.5 * month - 6 * post - 0.4 * (month - 31) * post + 0.3 * temperature + e
with open("series.csv", "w") as f:
    f.write("month,admissions,temperature,post\n")
    for row in zip(month, admissions, temperature, post):
        f.write(",".join(repr(float(v)) for v in row) + "\n")

X = np.column_stack([np.ones(n), month, post, (month - 31) * post])
rule = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
print("default lags floor(4 (n/100)^(2/9)) =", rule)

def show(label, fit):
    print(label)
    for name, b, se, p, lo, hi in zip(["b0", "b1", "b2", "b3", "b4"], fit.params, fit.bse, fit.pvalues,
                                      fit.conf_int()[:, 0], fit.conf_int()[:, 1]):
        print("  %s %r se %r p %r ci %r %r" % (name, b, se, p, lo, hi))
    print("  cov(b2, b3)", repr(fit.cov_params()[2, 3]))

show("OLS(admissions, [1, month, post, (month-31) post]).fit(cov_type='HAC', cov_kwds={'maxlags': %d})" % rule,
     sm.OLS(admissions, X).fit(cov_type="HAC", cov_kwds={"maxlags": rule}))
show("... cov_kwds={'maxlags': 6, 'use_correction': True}",
     sm.OLS(admissions, X).fit(cov_type="HAC", cov_kwds={"maxlags": 6, "use_correction": True}))
Xc = np.column_stack([X, temperature])
show("... + temperature, cov_kwds={'maxlags': %d}" % rule,
     sm.OLS(admissions, Xc).fit(cov_type="HAC", cov_kwds={"maxlags": rule}))
