# Writes the simulated data sets of the causal.rdd tests. Run from this folder:
#   /usr/bin/python3 make_data.py        (Debian python3 3.11.2, numpy 1.24.2)
import numpy as np

def write(name, header, columns):
    with open(name, "w") as f:
        f.write(",".join(header) + "\n")
        for row in zip(*columns):
            f.write(",".join(repr(float(v)) for v in row) + "\n")

# A sharp and fuzzy design at cutoff 0: outcome y jumps by 0.4, treatment d by 0.6 in probability, covariate
# age is smooth through the cutoff and income jumps by 0.5.
rng = np.random.default_rng(20240501)
n = 600
x = rng.uniform(-1, 1, n)
above = (x >= 0).astype(float)
d = (rng.uniform(0, 1, n) < 0.2 + 0.6 * above).astype(float)
y = 0.5 + 0.8 * x - 0.6 * x**2 + 0.6 * d + rng.normal(0, 0.3, n)
age = 40 + 5 * x + rng.normal(0, 2, n)
income = 3 + x + 0.5 * above + rng.normal(0, 0.4, n)
write("rd_sim.csv", ["x", "y", "d", "age", "income"], [x, y, d, age, income])

# A running variable with mass points (a grid of 0.05 from -1 to 1) and a cutoff at 0.
rng = np.random.default_rng(77)
n = 500
x = np.round(rng.uniform(-1, 1, n) / 0.05) * 0.05
y = 1 + 0.5 * x + 0.3 * (x >= 0) + rng.normal(0, 0.2, n)
write("rd_grid.csv", ["x", "y"], [x, y])

# Running variables for the density test: smooth (normal around the cutoff 0.2) and manipulated (a third of the
# units just below the cutoff pushed just above it).
rng = np.random.default_rng(5)
smooth = rng.normal(0, 1, 2000)
manipulated = smooth.copy()
below = (manipulated > -0.5) & (manipulated < 0.2)
push = below & (rng.uniform(0, 1, 2000) < 0.35)
manipulated[push] = 0.2 + (0.2 - manipulated[push]) * rng.uniform(0, 1, push.sum())
write("density.csv", ["smooth", "manipulated"], [smooth, manipulated])
