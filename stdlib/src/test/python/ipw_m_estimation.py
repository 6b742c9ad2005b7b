# IPW standard errors that account for the estimated propensity score (M-estimation), the reference for
# InverseProbabilityWeightingTest. Independent of the Java block formula: it stacks the logistic score and the
# weighted-mean equations and takes their Jacobian by complex-step differentiation. Run: python3 ipw_m_estimation.py
import numpy as np, pandas as pd
d=pd.read_csv('/work/shared/data/lalonde.csv')
X=np.column_stack([np.ones(len(d))]+[d[c].values.astype(float) for c in ['age','educ','black','hispan','married','nodegree','re74','re75']])
t=d.treat.values.astype(float); y=d.re78.values.astype(float); n=len(y)
b=np.zeros(X.shape[1])
for _ in range(100):
    e=1/(1+np.exp(-X@b)); W=e*(1-e)
    b=b+np.linalg.solve(X.T@(X*W[:,None]), X.T@(t-e))
def weights(eta, est):
    e=1/(1+np.exp(-eta))
    if est=='ATE': return t/e+(1-t)/(1-e)
    if est=='ATT': return t+(1-t)*e/(1-e)
    return t*(1-e)/e+(1-t)
def psi_hajek(th, est):
    bb=th[:-2]; m1,m0=th[-2],th[-1]
    e=1/(1+np.exp(-X@bb)); w=weights(X@bb,est)
    return np.column_stack([X*(t-e)[:,None], t*w*(y-m1), (1-t)*w*(y-m0)])
def psi_ht(th, est):
    bb=th[:-1]; T=th[-1]; e=1/(1+np.exp(-X@bb)); w=weights(X@bb,est)
    return np.column_stack([X*(t-e)[:,None], (2*t-1)*w*y - T])
def sandwich(psi, th, est):
    P=psi(th,est); B=P.T@P/n
    J=np.zeros((len(th),len(th)))
    for k in range(len(th)):
        h=1e-30; tp=th.astype(complex); tp[k]+=1j*h
        J[:,k]=np.imag(psi(tp,est).mean(0))/h
    Ji=np.linalg.inv(J); return Ji@B@Ji.T/n
for est in ['ATE','ATT','ATC']:
    w=weights(X@b,est)
    m1=np.sum(t*w*y)/np.sum(t*w); m0=np.sum((1-t)*w*y)/np.sum((1-t)*w)
    th=np.concatenate([b,[m1,m0]]); V=sandwich(psi_hajek,th,est)
    c=np.zeros(len(th)); c[-2]=1; c[-1]=-1
    print(est, 'hajek', repr(m1-m0), repr(np.sqrt(c@V@c)))
w=weights(X@b,'ATE'); T=np.mean((2*t-1)*w*y); th=np.concatenate([b,[T]]); V=sandwich(psi_ht,th,'ATE')
print('ATE ht', repr(T), repr(np.sqrt(V[-1,-1])))
