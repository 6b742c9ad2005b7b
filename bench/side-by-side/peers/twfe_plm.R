# Peer of causal/twfe.causal: plm's two-way within estimator of y on d = treated x post, clustered by unit.
#
# usage: Rscript twfe_plm.R target/twfe.csv
# plm's vcovHC(cluster = "group") applies no small-sample factor (HC0); Causal uses fixest's
# G/(G-1) (n-1)/(n-K) with K = 1 + periods (unit effects nested in the clusters), so std_error below is plm's
# HC0 times that factor; std_error_plm is plm's own number.
suppressPackageStartupMessages({ library(plm); library(data.table) })
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- as.data.frame(fread(args[1]))
t1 <- proc.time()[["elapsed"]]
d$d <- d$treated * d$post
fit <- plm(y ~ d, data = d, index = c("unit", "period"), model = "within", effect = "twoways")
v0 <- vcovHC(fit, method = "arellano", type = "HC0", cluster = "group")["d", "d"]
t2 <- proc.time()[["elapsed"]]
n <- nrow(d); g <- length(unique(d$unit)); k <- 1 + length(unique(d$period))
factor <- g / (g - 1) * (n - 1) / (n - k)
cat(sprintf('{"tool": "plm %s", "estimate": %.15g, "std_error": %.15g, "std_error_plm": %.15g, "read_s": %.3f, "fit_s": %.3f}\n',
            packageVersion("plm"), coef(fit)[["d"]], sqrt(v0 * factor), sqrt(v0), t1 - t0, t2 - t1))
