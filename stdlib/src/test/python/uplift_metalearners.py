# Number-for-number references for causal.uplift's meta-learners with linear base learners (MetaLearnersReferenceTest).
#
# EconML and grf cannot be installed on this machine, so this script transcribes EconML 0.17.0's published algorithms
# (github.com/py-why/EconML at commit f0fc2e7: econml/metalearners/_metalearners.py SLearner, TLearner, XLearner;
# econml/dr/_drlearner.py _ModelNuisance.predict and _ModelFinal) to numpy + scikit-learn + statsmodels, with the base
# learners Causal's `learner = linear` and `propensity = logistic` choose: ordinary least squares with an intercept
# (sklearn LinearRegression) and unpenalised logistic regression fitted to convergence (statsmodels Logit, Newton);
# and, as the X-learner's second stage and one DR-learner's final model, `effect = ridge` (glmnet's ridge objective:
# sklearn StandardScaler then Ridge with alpha = n lambda).
# Nothing here calls or mirrors Causal's Java code; the cross-fitting folds are rebuilt from their documented rule
# (CrossFitting's Javadoc: each arm's rows shuffled by Fisher-Yates with new RandomSource(seed).stream(arm), dealt to
# the folds in turn), with RandomSource's published generators (SplitMix64 seeding xoshiro256**, Lemire's bounded int).
#
# Run with Debian's Python (python3 3.11, numpy 1.24.2, scikit-learn 1.2.1, statsmodels 0.13.5):
#   /usr/bin/python3 stdlib/src/test/python/uplift_metalearners.py
# It reads stdlib/src/test/resources/causal/data/lalonde.csv and writes, under stdlib/src/test/resources/causal/uplift/,
#   simulated_uplift.csv      300 simulated rows (x1, x2, x3, t, y), drawn here with numpy's PCG64 (seed 20240611)
#   metalearners_lalonde.csv  per row: the DR folds and each learner's CATE on LaLonde
#   metalearners_simulated.csv per row: the DR folds of both DR settings and each learner's CATE on the simulation
# and prints the averages and the DR standard errors that the Java test holds as literals.
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.normpath(os.path.join(HERE, '..', 'resources', 'causal'))

# ---- Causal's fold rule, from RandomSource's and CrossFitting's documentation ----------------------------------
MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9e3779b97f4a7c15


def mix64(z):
    z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & MASK
    z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & MASK
    return z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro256StarStar:
    """xoshiro256** (Blackman and Vigna 2018), its state four successive SplitMix64 outputs from the seed."""

    def __init__(self, seed):
        self.seed = seed & MASK
        x = self.seed
        self.s = []
        for _ in range(4):
            x = (x + GOLDEN_GAMMA) & MASK
            self.s.append(mix64(x))

    def stream(self, stream_id):
        return Xoshiro256StarStar(mix64((mix64(self.seed) + stream_id) & MASK))

    def next64(self):
        s0, s1, s2, s3 = self.s
        result = (rotl((s1 * 5) & MASK, 7) * 9) & MASK
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        self.s = [s0, s1, s2, s3]
        return result

    def below(self, bound):
        """Lemire's unbiased integer in [0, bound) from the top 32 bits."""
        product = (self.next64() >> 32) * bound
        low = product & 0xffffffff
        if low < bound:
            threshold = ((1 << 32) - bound) % bound
            while low < threshold:
                product = (self.next64() >> 32) * bound
                low = product & 0xffffffff
        return product >> 32


def stratified_folds(t, folds, seed):
    fold_of = np.empty(len(t), dtype=int)
    source = Xoshiro256StarStar(seed)
    for arm in (0, 1):
        rows = list(np.flatnonzero(t == arm))
        rng = source.stream(arm)
        for i in range(len(rows) - 1, 0, -1):
            j = rng.below(i + 1)
            rows[i], rows[j] = rows[j], rows[i]
        for k, row in enumerate(rows):
            fold_of[row] = k % folds
    return fold_of


# ---- Base learners -----------------------------------------------------------------------------------------------
def ols():
    return LinearRegression()  # with an intercept; rank-deficient designs get numpy's minimum-norm least squares


class GlmnetRidge:
    """Causal's `ridge(lambda = λ)`, glmnet's objective 1/(2n) RSS + λ/2 |b|^2 on features standardised with the
    n-divisor sd, intercept unpenalised: sklearn's StandardScaler then Ridge(alpha = n λ), whose objective is
    RSS + alpha |b|^2."""

    def __init__(self, lam):
        self.lam = lam

    def fit(self, x, y):
        self.scaler = StandardScaler().fit(x)
        self.ridge = Ridge(alpha=self.lam * len(y)).fit(self.scaler.transform(x), y)
        return self

    def predict(self, x):
        return self.ridge.predict(self.scaler.transform(x))

    def __repr__(self):
        return f'ridge(lambda = {self.lam})'


class Logistic:
    """Unpenalised logistic regression with an intercept (R's glm), Newton's method to a 1e-12 step."""

    def fit(self, x, t):
        design = sm.add_constant(x, has_constant='add')
        self.result = sm.Logit(t, design).fit(method='newton', tol=1e-12, maxiter=100, disp=0)
        return self

    def predict_proba(self, x):
        p = self.result.predict(sm.add_constant(x, has_constant='add'))
        return np.column_stack([1 - p, p])


# ---- EconML's algorithms, binary treatment -----------------------------------------------------------------------
def s_learner(x, t, y):
    # SLearner.fit: the model sees [X, control indicator, one-hot T]; the effect is the prediction as treated minus
    # as control (const_marginal_effect's broadcast_unit_treatments).
    model = ols().fit(np.column_stack([x, 1 - t, t]), y)
    n = len(y)
    as_control = model.predict(np.column_stack([x, np.ones(n), np.zeros(n)]))
    as_treated = model.predict(np.column_stack([x, np.zeros(n), np.ones(n)]))
    return as_treated - as_control


def t_learner(x, t, y):
    m0 = ols().fit(x[t == 0], y[t == 0])
    m1 = ols().fit(x[t == 1], y[t == 1])
    return m1.predict(x) - m0.predict(x)


def x_learner(x, t, y, effect):
    """XLearner(models=OLS, cate_models=effect(), propensity_model=Logistic)."""
    m0 = ols().fit(x[t == 0], y[t == 0])
    m1 = ols().fit(x[t == 1], y[t == 1])
    tau_control = effect().fit(x[t == 0], m1.predict(x[t == 0]) - y[t == 0])
    tau_treated = effect().fit(x[t == 1], y[t == 1] - m0.predict(x[t == 1]))
    # The propensity model is fitted on the control rows then the treated rows (X_concat); row order does not
    # change a maximum-likelihood fit.
    order = np.r_[np.flatnonzero(t == 0), np.flatnonzero(t == 1)]
    g = Logistic().fit(x[order], t[order]).predict_proba(x)[:, 1]
    return g * tau_control.predict(x) + (1 - g) * tau_treated.predict(x)


def dr_learner(x, t, y, fold_of, min_propensity, effect):
    """DRLearner(model_regression=MultiModelWrapper(OLS, OLS), model_propensity=Logistic, model_final=effect(),
    cv=the folds, min_propensity=...): per fold, nuisances fitted outside it predict inside it."""
    n = len(y)
    y_pred = np.zeros((n, 2))
    for k in np.unique(fold_of):
        train, test = fold_of != k, fold_of == k
        propensity = Logistic().fit(x[train], t[train]).predict_proba(x[test])
        propensity = np.clip(propensity, min_propensity, 1 - min_propensity)
        for arm in (0, 1):
            rows = train & (t == arm)
            predicted = ols().fit(x[rows], y[rows]).predict(x[test])
            observed = t[test] == arm
            y_pred[test, arm] = predicted + (y[test] - predicted) * observed / propensity[:, arm]
    pseudo = y_pred[:, 1] - y_pred[:, 0]
    final = effect().fit(x, pseudo)
    cate = final.predict(x)
    # The standard error of the average: the intercept-only regression of the pseudo-outcomes, HC1 (= sd/sqrt(n)
    # with n - 1); EconML's StatsModelsLinearRegression default is HC0 (n in place of n - 1).
    mean_only = sm.OLS(pseudo, np.ones(n))
    return cate, pseudo, mean_only.fit(cov_type='HC1').bse[0], mean_only.fit(cov_type='HC0').bse[0]


def econml_min_clip_pseudo(x, t, y, fold_of, min_propensity):
    """The pseudo-outcomes EconML 0.15 and earlier formed (before commit 2515de8): each arm's probability clipped
    from below only, max(p, min_propensity); 0.16 on clip to [min_propensity, 1 - min_propensity] as Causal does."""
    n = len(y)
    y_pred = np.zeros((n, 2))
    for k in np.unique(fold_of):
        train, test = fold_of != k, fold_of == k
        propensity = np.maximum(Logistic().fit(x[train], t[train]).predict_proba(x[test]), min_propensity)
        for arm in (0, 1):
            rows = train & (t == arm)
            predicted = ols().fit(x[rows], y[rows]).predict(x[test])
            y_pred[test, arm] = predicted + (y[test] - predicted) * (t[test] == arm) / propensity[:, arm]
    return y_pred[:, 1] - y_pred[:, 0]


def report(name, x, t, y, dr_settings):
    out = {}
    out['slearner'] = s_learner(x, t, y)
    out['tlearner'] = t_learner(x, t, y)
    # With least squares in both stages the imputed effects' regressions are both exactly mu1 - mu0 (an OLS fit of
    # y - mu0(x) on the treated rows is mu1 - mu0), so the propensity blend cancels and the X-learner is the
    # T-learner; a ridge second stage makes the two effect models differ and the blend count.
    out['xlearner'] = x_learner(x, t, y, ols)
    out['xlearner_ridge'] = x_learner(x, t, y, lambda: GlmnetRidge(0.1))
    for label, folds, min_propensity, seed, effect in dr_settings:
        fold_of = stratified_folds(t, folds, seed)
        cate, pseudo, se_hc1, se_hc0 = dr_learner(x, t, y, fold_of, min_propensity, effect)
        out['fold_' + label] = fold_of
        out[label] = cate
        print(f'{name} {label}: folds {folds}, min_propensity {min_propensity}, seed {seed}, effect {effect()}')
        print(f'  mean pseudo-outcome {pseudo.mean()!r}, mean CATE {cate.mean()!r}')
        print(f'  se HC1 {se_hc1!r}, sd/sqrt(n) {pseudo.std(ddof=1) / np.sqrt(len(y))!r}, se HC0 (EconML) {se_hc0!r}')
        older = econml_min_clip_pseudo(x, t, y, fold_of, min_propensity)
        print(f'  lower-only clipping (EconML <= 0.15): mean {older.mean()!r}')
        ps = []
        for k in range(folds):
            ps.append(Logistic().fit(x[fold_of != k], t[fold_of != k]).predict_proba(x[fold_of == k])[:, 1])
        ps = np.concatenate(ps)
        print(f'  rows with a propensity clipped: {np.sum((ps < min_propensity) | (ps > 1 - min_propensity))}')
    for learner in ('slearner', 'tlearner', 'xlearner', 'xlearner_ridge'):
        print(f'{name} {learner}: mean CATE {out[learner].mean()!r}, first row {out[learner][0]!r}')
    return pd.DataFrame(out)


def write(frame, path):
    with open(path, 'w') as f:
        f.write(','.join(frame.columns) + '\n')
        for row in frame.itertuples(index=False):
            f.write(','.join(repr(int(v)) if isinstance(v, (int, np.integer)) else repr(float(v)) for v in row) + '\n')


# ---- LaLonde (MatchIt's 614 rows): treat, re78 and the usual eight covariates ------------------------------------
lalonde = pd.read_csv(os.path.join(RESOURCES, 'data', 'lalonde.csv'))
covariates = ['age', 'educ', 'black', 'hispan', 'married', 'nodegree', 're74', 're75']
x = lalonde[covariates].to_numpy(float)
t = lalonde['treat'].to_numpy(float)
y = lalonde['re78'].to_numpy(float)
frame = report('lalonde', x, t, y, [('drlearner', 5, 0.01, 0, ols)])
write(frame, os.path.join(RESOURCES, 'uplift', 'metalearners_lalonde.csv'))

# ---- A small simulation: confounded treatment with propensities near 0 and 1, heterogeneous effect -------------
rng = np.random.Generator(np.random.PCG64(20240611))
n = 300
xs = rng.uniform(-1, 1, size=(n, 3))
e = 1 / (1 + np.exp(-(2.5 * xs[:, 0] - 1.5 * xs[:, 1])))
ts = (rng.uniform(size=n) < e).astype(float)
ys = 1 + xs[:, 0] - 2 * xs[:, 1] ** 2 + ts * (1 + 2 * xs[:, 2] + xs[:, 0] * xs[:, 1]) + rng.normal(0, 0.5, size=n)
simulated = pd.DataFrame({'x1': xs[:, 0], 'x2': xs[:, 1], 'x3': xs[:, 2], 't': ts, 'y': ys})
write(simulated, os.path.join(RESOURCES, 'uplift', 'simulated_uplift.csv'))
# Read back what was written, so the references are computed from exactly the numbers Java reads.
simulated = pd.read_csv(os.path.join(RESOURCES, 'uplift', 'simulated_uplift.csv'), float_precision='round_trip')
xs = simulated[['x1', 'x2', 'x3']].to_numpy(float)
ts = simulated['t'].to_numpy(float)
ys = simulated['y'].to_numpy(float)
frame = report('simulated', xs, ts, ys, [('drlearner', 5, 0.01, 0, ols),
                                              ('drlearner_custom', 3, 0.05, 7, lambda: GlmnetRidge(0.5))])
write(frame, os.path.join(RESOURCES, 'uplift', 'metalearners_simulated.csv'))
