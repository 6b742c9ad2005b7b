# Peer of causal/mroz.causal: AER::ivreg on the 428 working women of PSID1976, HC1 and classical SEs (vcov).
#
# usage: Rscript mroz_aer.R target/mroz.csv
suppressPackageStartupMessages({ library(AER); library(sandwich) })
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1])
t1 <- proc.time()[["elapsed"]]
fit <- ivreg(log(wage) ~ education + experience + I(experience^2) |
               feducation + meducation + experience + I(experience^2), data = d)
hc1 <- sqrt(vcovHC(fit, type = "HC1")["education", "education"])
classical <- sqrt(vcov(fit)["education", "education"])
t2 <- proc.time()[["elapsed"]]
# Two lines, as causal/mroz.causal has two estimates: HC1, then classical standard errors.
cat(sprintf('{"tool": "AER %s", "what": "tsls, HC1", "estimate": %.15g, "std_error": %.15g, "read_s": %.3f, "fit_s": %.3f}\n',
            packageVersion("AER"), coef(fit)[["education"]], hc1, t1 - t0, t2 - t1))
cat(sprintf('{"tool": "AER %s", "what": "tsls, classical", "estimate": %.15g, "std_error": %.15g}\n',
            packageVersion("AER"), coef(fit)[["education"]], classical))
