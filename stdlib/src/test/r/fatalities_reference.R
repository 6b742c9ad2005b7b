# Reference values for causal.panel's tests on Stock & Watson's beer-tax regression (AER's Fatalities).
#
# Usage (from the repository root): Rscript stdlib/src/test/r/fatalities_reference.R
# Writes stdlib/src/test/resources/panel/fatalities.csv (state, year, fatal, pop, beertax), reads it back and
# computes every number from the file as read, so R and the Java tests see the same doubles.
# Needs: AER, plm, sandwich (Debian: r-cran-aer r-cran-plm r-cran-sandwich). Run with R 4.2.2, AER 1.2-10,
# plm 2.6-2, sandwich 3.0-2. Every number is printed with format(x, digits = 15).
#
# The small-sample factors of fixest's default ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE,
# cluster.df = "min") are applied by hand to sandwich's unadjusted pieces (fixest is not packaged for Debian):
#   K = slopes + sum over fixed effects NOT nested in a cluster of (levels - 1) + 1  (fixest's nparams minus the
#       nested levels; when every fixed effect is nested, K = slopes + 1)
#   one-way cluster:  G/(G-1) * (n-1)/(n-K) * CR0
#   two-way cluster:  Gmin/(Gmin-1) * (n-1)/(n-K) * (V_state + V_year - V_state:year), each V without a G factor

suppressPackageStartupMessages({
  library(AER)
  library(plm)
  library(sandwich)
})

out_dir <- "stdlib/src/test/resources/panel"
data("Fatalities", package = "AER")
export <- Fatalities[, c("state", "year", "fatal", "pop", "beertax")]
# %.17g keeps every bit of pop and beertax, so the file reads back to the package's doubles exactly
export$pop <- sprintf("%.17g", export$pop)
export$beertax <- sprintf("%.17g", export$beertax)
write.csv(export, file.path(out_dir, "fatalities.csv"), row.names = FALSE, quote = FALSE)

d <- read.csv(file.path(out_dir, "fatalities.csv"))
d$state <- factor(d$state, levels = unique(d$state))
d$year <- factor(d$year)
d$frate <- d$fatal / d$pop * 10000
stopifnot(identical(d$beertax, Fatalities$beertax), identical(d$pop, Fatalities$pop))

show <- function(label, x) cat(label, "=", format(x, digits = 15), "\n")

n <- nrow(d)
G_state <- nlevels(d$state)
G_year <- nlevels(d$year)
m <- lm(frate ~ beertax + state + year, data = d)
show("coef(lm(frate ~ beertax + state + year))['beertax']", coef(m)[["beertax"]])
show("summary(m) std. error (iid, n - 1 - 48 - 7 + 1 df)", summary(m)$coefficients["beertax", 2])
show("df.residual(m)", df.residual(m))
show("sqrt(vcovHC(m, type = 'HC1'))", sqrt(vcovHC(m, type = "HC1")["beertax", "beertax"]))

pm <- plm(frate ~ beertax, data = d, index = c("state", "year"), model = "within", effect = "twoways")
show("coef(plm(within, twoways))", coef(pm)[["beertax"]])
show("plm vcovHC(type = 'HC1', cluster = 'group') se (plm's own n/(n-k) factor, k = 1)",
     sqrt(vcovHC(pm, type = "HC1", cluster = "group")["beertax", "beertax"]))

# One-way by state, fixest default: state effects nested in the state clusters, K = 1 + (7 - 1) + 1 = 8
K_nested <- 1 + (G_year - 1) + 1
v_state <- vcovCL(m, cluster = ~state, type = "HC0", cadjust = TRUE)["beertax", "beertax"]
show("sqrt(vcovCL(m, ~state, HC0, cadjust) * (n-1)/(n-8))  [fixest default]", sqrt(v_state * (n - 1) / (n - K_nested)))
# fixef.K = "full": sandwich's own HC1, K = 1 + 47 + 6 + 1 = 55 (fixest's test-sandwich.R makes the same comparison)
show("sqrt(vcovCL(m, ~state, type = 'HC1'))  [ssc(fixef.K = 'full')]",
     sqrt(vcovCL(m, cluster = ~state, type = "HC1")["beertax", "beertax"]))

# Two-way by state and year
show("sqrt(vcovCL(m, ~state + year, type = 'HC1'))  [ssc(fixef.K = 'full', cluster.df = 'conventional')]",
     sqrt(vcovCL(m, cluster = ~state + year, type = "HC1")["beertax", "beertax"]))
v0 <- vcovCL(m, cluster = ~state + year, type = "HC0", cadjust = FALSE)["beertax", "beertax"]
G_min <- min(G_state, G_year)
K_all_nested <- 1 + 1
show("sqrt(vcovCL(m, ~state + year, HC0, cadjust = FALSE) * Gmin/(Gmin-1) * (n-1)/(n-2))  [fixest default]",
     sqrt(v0 * G_min / (G_min - 1) * (n - 1) / (n - K_all_nested)))

# The same two-way pieces by hand, as a check on sandwich's inclusion-exclusion
X <- model.matrix(m)
bread <- solve(crossprod(X))
s <- X * residuals(m)
meat_of <- function(g) crossprod(rowsum(s, g))
V <- bread %*% (meat_of(d$state) + meat_of(d$year) - meat_of(interaction(d$state, d$year))) %*% bread
stopifnot(isTRUE(all.equal(V["beertax", "beertax"], v0, tolerance = 1e-10)))
