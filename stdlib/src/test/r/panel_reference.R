# Reference values for causal.panel's tests other than Fatalities (see fatalities_reference.R): the shared store
# panel, and three small panels simulated here and written next to the tests.
#
# Usage (from the repository root): Rscript stdlib/src/test/r/panel_reference.R
# Needs: sandwich (Debian: r-cran-sandwich). Run with R 4.2.2, sandwich 3.0-2. Numbers printed with digits = 15.
# Every simulated file is written with %.17g and read back before fitting, so R and Java see the same doubles.
#
# Clustered errors use fixest's default ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE), applied by hand:
#   G/(G-1) * (n-1)/(n-K) * CR0, K = slopes + sum over fixed effects not nested in the cluster of (levels - 1) + 1.
# With unit and period effects and clusters = units, K = slopes + periods.

suppressPackageStartupMessages(library(sandwich))

out_dir <- "stdlib/src/test/resources/panel"
show <- function(label, x) cat(label, "=", format(x, digits = 15), "\n")
write_back <- function(d, file) {
  numeric <- vapply(d, is.double, logical(1))
  d[numeric] <- lapply(d[numeric], function(v) sprintf("%.17g", v))
  write.csv(d, file.path(out_dir, file), row.names = FALSE, quote = FALSE)
  read.csv(file.path(out_dir, file))
}
fixest_cluster_se <- function(m, cluster, coef, K) {
  n <- nobs(m)
  sqrt(vcovCL(m, cluster = cluster, type = "HC0", cadjust = TRUE)[coef, coef] * (n - 1) / (n - K))
}

# ---- the store panel: 40 stores x 4 periods, stores with nj = 1 treated from period 2
s <- read.csv(file.path(out_dir, "stores_panel.csv"))
s$post <- as.integer(s$period >= 2)
s$D <- s$nj * s$post
s$store <- factor(s$store)
s$period_f <- factor(s$period)
means <- tapply(s$sales, list(s$nj, s$post), mean)
show("stores 2x2: (mean[nj=1,post] - mean[nj=1,pre]) - (mean[nj=0,post] - mean[nj=0,pre])",
     (means["1", "1"] - means["1", "0"]) - (means["0", "1"] - means["0", "0"]))
show("stores mean treated post", means["1", "1"]); show("stores mean treated pre", means["1", "0"])
show("stores mean control post", means["0", "1"]); show("stores mean control pre", means["0", "0"])
ms <- lm(sales ~ D + store + period_f, data = s)
show("stores coef(lm(sales ~ D + store + period))['D']", coef(ms)[["D"]])
show("stores clustered by store, fixest default (K = 1 + 4)", fixest_cluster_se(ms, ~store, "D", 1 + 4))
show("stores iid se", summary(ms)$coefficients["D", 2])
show("stores sqrt(vcovHC(HC1))", sqrt(vcovHC(ms, type = "HC1")["D", "D"]))
show("stores t quantile qt(0.975, 39)", qt(0.975, 39))

# Event study: relative time = period - 2 for the treated stores, -1 left out
s$ev_m2 <- as.integer(s$nj == 1 & s$period == 0)
s$ev_0 <- as.integer(s$nj == 1 & s$period == 2)
s$ev_1 <- as.integer(s$nj == 1 & s$period == 3)
me <- lm(sales ~ ev_m2 + ev_0 + ev_1 + store + period_f, data = s)
for (v in c("ev_m2", "ev_0", "ev_1")) {
  show(paste("stores event study coef", v), coef(me)[[v]])
  show(paste("stores event study se", v, "(fixest default, K = 3 + 4)"), fixest_cluster_se(me, ~store, v, 3 + 4))
}
# Binned at 0: event times 0 and later share one dummy
s$ev_0plus <- as.integer(s$nj == 1 & s$period >= 2)
mb <- lm(sales ~ ev_m2 + ev_0plus + store + period_f, data = s)
show("stores binned event study coef ev_m2", coef(mb)[["ev_m2"]])
show("stores binned event study coef ev_0plus", coef(mb)[["ev_0plus"]])
show("stores binned event study se ev_0plus (K = 2 + 4)", fixest_cluster_se(mb, ~store, "ev_0plus", 2 + 4))

# ---- an unbalanced panel with three crossed factors and two regressors
set.seed(20261123)
u <- expand.grid(year = 0:5, firm = 0:11)[, c("firm", "year")]
u <- u[-sample(nrow(u), 15), ]
u$region <- sample(0:2, nrow(u), replace = TRUE)
firm_effect <- rnorm(12, sd = 2)[u$firm + 1]
year_effect <- rnorm(6)[u$year + 1]
u$x1 <- rnorm(nrow(u)) + 0.8 * firm_effect
u$x2 <- rnorm(nrow(u)) + 0.5 * year_effect + 0.3 * u$region
u$y <- 1.5 * u$x1 - 0.7 * u$x2 + firm_effect + year_effect + 0.4 * u$region + rnorm(nrow(u))
u <- write_back(u, "unbalanced.csv")
mu2 <- lm(y ~ x1 + x2 + factor(firm) + factor(year), data = u)
show("unbalanced rows", nrow(u))
show("unbalanced two factors coef x1", coef(mu2)[["x1"]]); show("unbalanced two factors coef x2", coef(mu2)[["x2"]])
show("unbalanced two factors iid se x1", summary(mu2)$coefficients["x1", 2])
show("unbalanced two factors iid se x2", summary(mu2)$coefficients["x2", 2])
show("unbalanced two factors df.residual", df.residual(mu2))
show("unbalanced two factors sqrt(vcovHC(HC1)) x1", sqrt(vcovHC(mu2, type = "HC1")["x1", "x1"]))
show("unbalanced two factors clustered by firm x1 (K = 2 + 6)", fixest_cluster_se(mu2, ~firm, "x1", 2 + 6))
show("unbalanced two factors clustered by firm x2 (K = 2 + 6)", fixest_cluster_se(mu2, ~firm, "x2", 2 + 6))
mu3 <- lm(y ~ x1 + x2 + factor(firm) + factor(year) + factor(region), data = u)
show("unbalanced three factors coef x1", coef(mu3)[["x1"]]); show("unbalanced three factors coef x2", coef(mu3)[["x2"]])
show("unbalanced three factors iid se x1", summary(mu3)$coefficients["x1", 2])
show("unbalanced three factors df.residual", df.residual(mu3))
mu1 <- lm(y ~ x1 + x2 + factor(firm), data = u)
show("unbalanced firm only coef x1", coef(mu1)[["x1"]])
show("unbalanced firm only iid se x1", summary(mu1)$coefficients["x1", 2])

# ---- a disconnected panel: firms 0-5 seen in years 0-2 only, firms 6-11 in years 3-5 only
set.seed(7)
k <- expand.grid(year = 0:5, firm = 0:11)[, c("firm", "year")]
k <- k[(k$firm < 6) == (k$year < 3), ]
k$x <- rnorm(nrow(k)) + 0.2 * k$firm
k$y <- 2 * k$x + 0.5 * k$firm - 0.3 * k$year + rnorm(nrow(k))
k <- write_back(k, "disconnected.csv")
mk <- lm(y ~ x + factor(firm) + factor(year), data = k)
show("disconnected aliased dummies", sum(is.na(coef(mk))))
show("disconnected coef x", coef(mk)[["x"]])
show("disconnected iid se x", summary(mk)$coefficients["x", 2])
show("disconnected df.residual", df.residual(mk))

# ---- staggered adoption: 30 units x 8 periods, cohorts first treated in period 3 (10 units), 5 (10), never (10)
set.seed(11)
g <- expand.grid(period = 0:7, unit = 0:29)[, c("unit", "period")]
first <- c(rep(3, 10), rep(5, 10), rep(NA, 10))[g$unit + 1]
g$treated <- as.integer(!is.na(first))
g$post <- as.integer(!is.na(first) & g$period >= first)
g$y <- rnorm(30)[g$unit + 1] + 0.2 * g$period + ifelse(g$post == 1, 1 + 0.5 * (g$period - first), 0) +
  rnorm(nrow(g))
g <- write_back(g, "staggered.csv")
rel <- ifelse(is.na(first), NA, g$period - first)
# Binned: event times below -3 join -3, above 3 join 3
rel_b <- pmin(pmax(rel, -3), 3)
name_of <- function(e) if (e < 0) paste0("ev_m", -e) else paste0("ev_", e)
for (e in c(-3, -2, 0, 1, 2, 3)) g[[name_of(e)]] <- as.integer(!is.na(rel_b) & rel_b == e)
mg <- lm(y ~ ev_m3 + ev_m2 + ev_0 + ev_1 + ev_2 + ev_3 + factor(unit) + factor(period), data = g)
for (e in c(-3, -2, 0, 1, 2, 3)) {
  v <- name_of(e)
  show(paste("staggered binned event study coef", v), coef(mg)[[v]])
  show(paste("staggered binned event study se", v, "(fixest default, K = 6 + 8)"),
       fixest_cluster_se(mg, ~unit, v, 6 + 8))
}
mt <- lm(y ~ post + factor(unit) + factor(period), data = g)
show("staggered twfe coef post", coef(mt)[["post"]])
show("staggered twfe clustered se (K = 1 + 8)", fixest_cluster_se(mt, ~unit, "post", 1 + 8))
