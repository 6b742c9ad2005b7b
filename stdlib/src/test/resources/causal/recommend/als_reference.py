# Reference for AlternatingLeastSquaresTest: an independent ridge solve by numpy.linalg.lstsq (SVD) on the
# stacked system [Y; sqrt(lam n) I] x = [t; 0]. Python 3.11, numpy 2.4.6: python3 als_reference.py
import numpy as np
train = [(0,0,5),(0,1,3),(1,0,4),(1,2,1),(2,1,2),(2,2,5),(3,0,1),(3,1,4),(3,2,3)]
test = [(0,2,2),(1,1,3),(2,0,4)]
lam, k = 0.1, 2
Q = np.array([[0.1,-0.2],[0.3,0.05],[-0.15,0.25]])
bi = np.zeros(3); P = np.zeros((4,k)); bu = np.zeros(4)
mu = np.mean([r for _,_,r in train])
def ridge(Y, t, pen):
    A = np.vstack([Y, np.sqrt(pen)*np.eye(Y.shape[1])]); b = np.concatenate([t, np.zeros(Y.shape[1])])
    return np.linalg.lstsq(A, b, rcond=None)[0]
for it in range(2):
    for u in range(4):
        rows = [(i,r) for uu,i,r in train if uu==u]
        Y = np.array([np.append(Q[i],1.0) for i,_ in rows]); t = np.array([r-mu-bi[i] for i,r in rows])
        x = ridge(Y, t, lam*len(rows)); P[u]=x[:k]; bu[u]=x[k]
    for i in range(3):
        rows = [(u,r) for u,ii,r in train if ii==i]
        Y = np.array([np.append(P[u],1.0) for u,_ in rows]); t = np.array([r-mu-bu[u] for u,r in rows])
        x = ridge(Y, t, lam*len(rows)); Q[i]=x[:k]; bi[i]=x[k]
    pred = lambda u,i: mu+bu[u]+bi[i]+P[u]@Q[i]
    rmse = np.sqrt(np.mean([(pred(u,i)-r)**2 for u,i,r in test]))
    print("iteration", it+1)
    np.set_printoptions(precision=17)
    print("P", repr(P)); print("bu", repr(bu)); print("Q", repr(Q)); print("bi", repr(bi))
    print("rmse %.17g" % rmse)
print(np.__version__)
