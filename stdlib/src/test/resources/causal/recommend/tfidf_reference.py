# Reference for ContentBasedTest: scikit-learn's TfidfVectorizer defaults written out in numpy.
# Python 3.11, numpy 2.4.6: python3 tfidf_reference.py
import re, numpy as np
docs = {"x": "Toy Story (1995) Animation|Children|Comedy", "y": "Jumanji (1995) Adventure|Children|Fantasy",
        "z": "Heat (1995) Action|Crime|Thriller", "w": "Toy Soldiers (1991) Action|Drama"}
order = ["w", "x", "y", "z"]   # items sorted by key, as the recommender indexes them
toks = [re.findall(r"(?u)\b\w\w+\b", docs[i].lower()) for i in order]
vocab = sorted(set(t for d in toks for t in d))
n = len(order)
tf = np.array([[d.count(t) for t in vocab] for d in toks], float)
df = (tf > 0).sum(0)
idf = np.log((1 + n) / (1 + df)) + 1
X = tf * idf
X = X / np.linalg.norm(X, axis=1, keepdims=True)
profile = 5 * X[order.index("x")] + 1 * X[order.index("z")]
for i in order:
    print(i, "%.17g" % (profile @ X[order.index(i)] / np.linalg.norm(profile)))
print("idf toy %.17g" % idf[vocab.index("toy")], "weight of toy in w %.17g" % X[0, vocab.index("toy")])
