# Peer of causal/psm.causal: MatchIt nearest-neighbour matching on a logistic score, 1:1, ATT, no replacement,
# no caliper, largest score first; the effect and its cluster-robust (by matched pair) SE as MatchIt's vignette.
#
# usage: Rscript psm_matchit.R target/psm.csv
# Debian's MatchIt 4.5.1 computes score distances in its C++ matcher with an integer abs(), so on the raw
# propensity scale (differences below 1) every control looks equally near. Passing the glm score times 1e9 as
# the distance (order and nearest neighbours unchanged) gives MatchIt 4.5.5's matches: on LaLonde this reproduces
# 4.5.5's ATT 894.367480270274 exactly, while distance = "glm" in 4.5.1 gives 770.39.
suppressPackageStartupMessages({ library(MatchIt); library(sandwich); library(data.table) })
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- as.data.frame(fread(args[1]))
t1 <- proc.time()[["elapsed"]]
f <- treat ~ age + educ + black + hispan + married + nodegree + re74 + re75
score <- fitted(glm(f, data = d, family = binomial()))
m <- matchit(f, data = d, method = "nearest", distance = score * 1e9, estimand = "ATT",
             replace = FALSE, ratio = 1, m.order = "largest")
md <- match.data(m)
fit <- lm(re78 ~ treat, data = md, weights = weights)
se <- sqrt(vcovCL(fit, cluster = ~subclass)[2, 2])
t2 <- proc.time()[["elapsed"]]
cat(sprintf('{"tool": "MatchIt %s", "estimate": %.15g, "std_error": %.15g, "matched_treated": %d, "read_s": %.3f, "fit_s": %.3f}\n',
            packageVersion("MatchIt"), coef(fit)[[2]], se, sum(md$treat == 1), t1 - t0, t2 - t1))
