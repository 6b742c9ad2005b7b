"""Reference values for DoubleMachineLearningTest: DoubleML's PLR and IRM scores, computed independently with
scikit-learn / statsmodels on LaLonde with explicit folds (the same ones the Java test passes in).

Run with Debian's python3 (numpy 1.24.2, scikit-learn 1.2.1, statsmodels 0.13.5, pandas 1.5.3):
    /usr/bin/python3 stdlib/src/test/resources/causal/estimate/dml_reference.py
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.linear_model import LinearRegression

data = pd.read_csv("stdlib/src/test/resources/causal/data/lalonde.csv")
X = data[["age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75"]].to_numpy(float)
y = data["re78"].to_numpy(float)
d = data["treat"].to_numpy(float)
n = len(y)
rows = np.arange(n)
SPLITS = {"i % 5": rows % 5, "(i / 3) % 5": (rows // 3) % 5, "(i / 11) % 5": (rows // 11) % 5}


def ols_predict(x_train, target, x_test):
    return LinearRegression().fit(x_train, target).predict(x_test)


def logit_predict(x_train, target, x_test):
    fit = sm.Logit(target, sm.add_constant(x_train)).fit(method="newton", tol=1e-14, maxiter=100, disp=0)
    return fit.predict(sm.add_constant(x_test, has_constant="add"))


def cross_fit(fold, target, predict, arm=None):
    out = np.empty(n)
    for k in range(fold.max() + 1):
        test = fold == k
        train = ~test if arm is None else (~test) & (arm == 1)
        out[test] = predict(X[train], target[train], X[test])
    return out


def plr(fold):
    l_hat = cross_fit(fold, y, ols_predict)
    m_hat = cross_fit(fold, d, ols_predict)
    u, v = y - l_hat, d - m_hat
    theta = np.sum(v * u) / np.sum(v * v)
    psi = (u - theta * v) * v
    J = -np.mean(v * v)
    se = np.sqrt(np.mean(psi ** 2) / J ** 2 / n)
    return theta, se, u, v


def irm_nuisance(fold, trim=0.01):
    g0 = cross_fit(fold, y, ols_predict, arm=1 - d)
    g1 = cross_fit(fold, y, ols_predict, arm=d)
    m = cross_fit(fold, d, logit_predict)
    return g0, g1, np.clip(m, trim, 1 - trim), m


def irm_ate(fold):
    g0, g1, m, _ = irm_nuisance(fold)
    psi_b = g1 - g0 + d * (y - g1) / m - (1 - d) * (y - g0) / (1 - m)
    theta = np.mean(psi_b)
    return theta, np.sqrt(np.mean((psi_b - theta) ** 2) / n), psi_b


def irm_att(fold):
    g0, _, m, _ = irm_nuisance(fold)
    p = np.mean(d)
    psi_b = d * (y - g0) / p - m * (1 - d) * (y - g0) / (p * (1 - m))
    psi_a = -d / p
    theta = -np.mean(psi_b) / np.mean(psi_a)
    psi = psi_a * theta + psi_b
    return theta, np.sqrt(np.mean(psi ** 2) / np.mean(psi_a) ** 2 / n)


def hc0(signal, basis):
    fit = sm.OLS(signal, basis).fit(cov_type="HC0")
    return fit.params, fit.bse


np.set_printoptions(precision=17)
fold = SPLITS["i % 5"]
theta, se, u, v = plr(fold)
print("PLR  folds i %% 5: theta %.15g se %.15g" % (theta, se))
_, _, _, m_raw = irm_nuisance(fold)
print("     propensity min %.15g max %.15g" % (m_raw.min(), m_raw.max()))
print("     outcome R2 %.15g treatment R2 %.15g" % (1 - np.sum(u ** 2) / np.sum((y - y.mean()) ** 2),
                                                   1 - np.sum(v ** 2) / np.sum((d - d.mean()) ** 2)))
theta, se, psi_b = irm_ate(fold)
print("IRM ATE folds i %% 5: theta %.15g se %.15g" % (theta, se))
theta, se = irm_att(fold)
print("IRM ATT folds i %% 5: theta %.15g se %.15g" % (theta, se))

age_c = data["age"].to_numpy(float) - data["age"].mean()
params, bse = hc0(psi_b, np.column_stack([np.ones(n), age_c]))
print("IRM CATE by age: effect at mean %.15g (se %.15g), slope %.15g (se %.15g)" % (params[0], bse[0], params[1],
                                                                                     bse[1]))
_, _, u, v = plr(fold)
params, bse = hc0(u, np.column_stack([v, v * age_c]))
print("PLR CATE by age: effect at mean %.15g (se %.15g), slope %.15g (se %.15g)" % (params[0], bse[0], params[1],
                                                                                     bse[1]))

# Three splits, combined as theta = median(theta_s), se = median(sqrt(se_s^2 + (theta_s - theta)^2)).
estimates = [plr(f)[:2] for f in SPLITS.values()]
thetas = np.array([e[0] for e in estimates])
ses = np.array([e[1] for e in estimates])
theta = np.median(thetas)
se = np.median(np.sqrt(ses ** 2 + (thetas - theta) ** 2))
print("PLR three splits: thetas", thetas, "ses", ses)
print("PLR three splits: theta %.15g se %.15g" % (theta, se))
