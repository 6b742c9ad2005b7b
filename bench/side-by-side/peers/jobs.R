# Peer of examples/jobs/jobs.causal: the same five estimates on LaLonde in R 4.2 (lm + sandwich, glm, MatchIt).
#
# usage: Rscript jobs.R examples/jobs/data/lalonde.csv
# Prints one JSON object per estimate, in the example's order. MatchIt 4.5.1's integer-abs bug is avoided by
# matching on the glm score times 1e9 (see psm_matchit.R), with the caliper scaled alike.
suppressPackageStartupMessages({ library(MatchIt); library(sandwich) })
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
covs <- "age + educ + black + hispan + married + nodegree + re74 + re75"
f_t <- as.formula(paste("treat ~", covs))
tool <- sprintf("R %s, sandwich %s, MatchIt %s", getRversion(), packageVersion("sandwich"), packageVersion("MatchIt"))
emit <- function(name, est, se) {
  cat(sprintf('{"tool": "%s", "what": "%s", "estimate": %.15g, "std_error": %.15g}\n', tool, name, est, se))
}

naive <- lm(re78 ~ treat, data = d)
emit("naive", coef(naive)[["treat"]], sqrt(vcovHC(naive, type = "HC1")["treat", "treat"]))
ols <- lm(as.formula(paste("re78 ~ treat +", covs)), data = d)
emit("ols", coef(ols)[["treat"]], sqrt(vcovHC(ols, type = "HC1")["treat", "treat"]))

ps <- glm(f_t, data = d, family = binomial())
e <- fitted(ps)
w <- ifelse(d$treat == 1, 1, e / (1 - e))
ipw <- lm(re78 ~ treat, data = d, weights = w)
# The standard error that accounts for the estimated score (Causal's default, se = m_estimation; WeightIt's
# vcov = "asympt", which is not packaged for Debian): the sandwich of the stacked estimating equations
# [(t - e) x; t (y - mu1); (1 - t) w (y - mu0)] in (beta, mu1, mu0), with the derivative matrix written out.
x <- model.matrix(ps); t <- d$treat; y <- d$re78; n <- nrow(d); p <- ncol(x)
mu1 <- sum(t * y) / sum(t); mu0 <- sum((1 - t) * w * y) / sum((1 - t) * w)
psi <- cbind(x * (t - e), t * (y - mu1), (1 - t) * w * (y - mu0))
a <- matrix(0, p + 2, p + 2)
a[1:p, 1:p] <- -crossprod(x * (e * (1 - e)), x)
a[p + 1, p + 1] <- -sum(t)
a[p + 2, 1:p] <- colSums(x * ((1 - t) * w * (y - mu0)))
a[p + 2, p + 2] <- -sum((1 - t) * w)
ainv <- solve(a)
v <- ainv %*% crossprod(psi) %*% t(ainv)
contrast <- c(rep(0, p), 1, -1)
emit("ipw ATT", mu1 - mu0, sqrt(drop(contrast %*% v %*% contrast)))

m <- matchit(f_t, data = d, method = "nearest", distance = e * 1e9, estimand = "ATT", replace = FALSE,
             m.order = "largest", caliper = 0.05 * 1e9, std.caliper = FALSE)
md <- match.data(m)
psm <- lm(re78 ~ treat, data = md, weights = weights)
emit("psm caliper 0.05", coef(psm)[["treat"]], sqrt(vcovCL(psm, cluster = ~subclass)[2, 2]))

f_y <- as.formula(paste("re78 ~", covs))
m1 <- predict(lm(f_y, data = d[d$treat == 1, ]), newdata = d)
m0 <- predict(lm(f_y, data = d[d$treat == 0, ]), newdata = d)
t <- d$treat; y <- d$re78
psi <- m1 - m0 + t * (y - m1) / e - (1 - t) * (y - m0) / (1 - e)
emit("aipw ATE", mean(psi), sd(psi) / sqrt(length(psi)))
