# Peer of causal/iv.causal: AER::ivreg(y ~ t + w1 + w2 | z1 + z2 + w1 + w2), HC1 standard errors (sandwich).
#
# usage: Rscript iv_aer.R target/iv.csv
suppressPackageStartupMessages({ library(AER); library(sandwich); library(data.table) })
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- as.data.frame(fread(args[1]))
t1 <- proc.time()[["elapsed"]]
fit <- ivreg(y ~ t + w1 + w2 | z1 + z2 + w1 + w2, data = d)
se <- sqrt(vcovHC(fit, type = "HC1")["t", "t"])
t2 <- proc.time()[["elapsed"]]
cat(sprintf('{"tool": "AER %s", "estimate": %.15g, "std_error": %.15g, "read_s": %.3f, "fit_s": %.3f}\n',
            packageVersion("AER"), coef(fit)[["t"]], se, t1 - t0, t2 - t1))
