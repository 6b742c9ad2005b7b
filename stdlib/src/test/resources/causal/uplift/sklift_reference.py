# Reference values for UpliftEvaluationTest: scikit-uplift 0.5's qini_curve, uplift_curve, qini_auc_score
# (negative_effect=True) and uplift_auc_score (github.com/maks-sh/scikit-uplift, sklift/metrics/metrics.py at commit
# 0038e65), transcribed to numpy because scikit-uplift cannot be installed on this machine.
# Run: python3 sklift_reference.py   (Debian's Python 3.11, numpy 1.24, scikit-learn 1.2.1)
import numpy as np
from sklearn.metrics import auc


def curve(y, s, t, kind):
    o = np.argsort(s, kind="mergesort")[::-1]
    y, s, t = y[o], s[o], t[o]
    yc = y.copy(); yt = y.copy(); yc[t == 1] = 0; yt[t == 0] = 0
    idx = np.r_[np.where(np.diff(s))[0], s.size - 1]
    nt = np.cumsum(t)[idx]; ytr = np.cumsum(yt)[idx]; na = idx + 1; nc = na - nt; yct = np.cumsum(yc)[idx]
    if kind == 'qini':
        v = ytr - yct * np.divide(nt, nc, out=np.zeros_like(nt, dtype=float), where=nc != 0)
    else:
        v = (np.divide(ytr, nt, out=np.zeros_like(ytr, dtype=float), where=nt != 0)
             - np.divide(yct, nc, out=np.zeros_like(yct, dtype=float), where=nc != 0)) * na
    return np.r_[0, na], np.r_[0, v]


def score(y, s, t, kind):
    xa, ya = curve(y, s, t, kind)
    if kind == 'qini':
        xp, yp = curve(y, y * t - y * (1 - t), t, kind)
    else:
        cr = np.sum((y == 1) & (t == 0)); tn = np.sum((y == 0) & (t == 1))
        xp, yp = curve(y, 2 * (y == t) + (y if cr > tn else t), t, kind)
    base = auc(np.array([0, xp[-1]]), np.array([0, yp[-1]]))
    return auc(xa, ya) - base, (auc(xa, ya) - base) / (auc(xp, yp) - base), list(zip(xa, ya))


s = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
t = np.array([1, 0, 1, 1, 0, 0, 1, 0.])
y = np.array([1, 0, 1, 0, 1, 0, 0, 0.])
for k in ['qini', 'uplift']:
    print('eight rows', k, 'area above random, score, curve:', score(y, s, t, k))
# qini: 4.666666666666668, 0.49122807017543874;  uplift: 5.666666666666666, 0.35978835978835977

s = np.array([0.8, 0.8, 0.5, 0.5, 0.5, 0.1]); t = np.array([1, 0, 1, 0, 0, 1.]); y = np.array([1, 0, 1, 1, 0, 0.])
for k in ['qini', 'uplift']:
    print('ties', k, curve(y, s, t, k))
