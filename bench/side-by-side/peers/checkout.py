"""Peer of causal/checkout.causal (examples/checkout's estimates on a CSV of its model): z test, beta-binomial
posterior, Welch's t, CUPED and Holm, in statsmodels 0.13 / scipy 1.10.

usage: python3 checkout.py target/checkout.csv
Prints one JSON object per estimate in the script's order.
"""
import json
import sys

import numpy as np
import pandas as pd
import scipy
import statsmodels
from scipy import integrate, stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest


TOOL = f"statsmodels {statsmodels.__version__}, scipy {scipy.__version__}"


def emit(what, estimate, std_error, **extra):
    print(json.dumps({"tool": TOOL, "what": what, "estimate": float(estimate), "std_error": float(std_error), **extra}))


frame = pd.read_csv(sys.argv[1])
treated = frame[frame.variant == 1]
control = frame[frame.variant == 0]

# z test: the difference of rates; the CI's SE unpooled, the p-value from the pooled test.
c1, n1 = treated.converted.sum(), len(treated)
c0, n0 = control.converted.sum(), len(control)
p1, p0 = c1 / n1, c0 / n0
_, z_p = proportions_ztest([c1, c0], [n1, n0])
emit("ztest", p1 - p0, np.sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0), p_value=float(z_p))

# bayes with beta(1, 1): difference of posterior means; P(p1 > p0) by quadrature.
a1, b1, a0, b0 = 1 + c1, 1 + n1 - c1, 1 + c0, 1 + n0 - c0
post1, post0 = stats.beta(a1, b1), stats.beta(a0, b0)
prob_better, _ = integrate.quad(lambda x: post0.pdf(x) * post1.sf(x), 0, 1, points=[p0, p1], limit=200)
emit("bayes", post1.mean() - post0.mean(), np.sqrt(post1.var() + post0.var()), prob_better=prob_better)


def welch(y1, y0):
    se = np.sqrt(y1.var(ddof=1) / len(y1) + y0.var(ddof=1) / len(y0))
    return y1.mean() - y0.mean(), se, stats.ttest_ind(y1, y0, equal_var=False).pvalue


d, se, _ = welch(treated.revenue, control.revenue)
emit("welch revenue", d, se)

# CUPED: theta from both arms pooled, then the difference of the adjusted means.
theta = np.cov(frame.revenue, frame.pre_spend, ddof=1)[0, 1] / frame.pre_spend.var(ddof=1)
adjusted = frame.revenue - theta * (frame.pre_spend - frame.pre_spend.mean())
d, se, _ = welch(adjusted[frame.variant == 1], adjusted[frame.variant == 0])
emit("cuped", d, se, theta=theta)

results = [welch(treated[m], control[m]) for m in ("converted", "revenue")]
holm = multipletests([r[2] for r in results], method="holm")[1]
for metric, (d, se, p), p_adj in zip(("converted", "revenue"), results, holm):
    emit(f"welch {metric} (holm)", d, se, p_adjusted=float(p_adj))
