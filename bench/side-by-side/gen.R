# Writes one side-by-side data set as CSV, once; Causal and its peer then read the same file.
#
# usage: Rscript gen.R KIND ROWS OUT.csv
#   ols         y on a binary t and 10 Gaussian covariates x0..x9 (t confounded by x0, x1); true effect 2
#   psm         LaLonde (../shared/data/lalonde.csv) replicated to ROWS rows; re74 and re75 get uniform(0, 1)
#               dollars of jitter so that propensity scores do not tie
#   iv          instruments z1 (Gaussian) and z2 (0/1), exogenous w1 and w2, a latent u confounding t and y;
#               true effect 1.5
#   twfe        a balanced panel, ROWS = units x periods with 100 periods (10 below 10,000 rows); half the units
#               treated from the middle period on; unit and period effects; true effect 2
#   checkout    examples/checkout's structural model (variant, converted, revenue, pre_spend)
#   mroz        AER's PSID1976 (Mroz 1987), the 428 women in the labour force, ROWS ignored
# Seeded (set.seed(20261203)); numbers rounded so that the CSV is what both tools see.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
kind <- args[1]; n <- as.numeric(args[2]); out <- args[3]
set.seed(20261203)

if (kind == "ols") {
  x <- lapply(0:9, function(j) round(rnorm(n), 6))
  d <- setnames(as.data.table(x), paste0("x", 0:9))
  lin <- Reduce(`+`, Map(function(xj, j) 0.1 * (j + 1) * xj, x, 0:9))
  d[, t := as.integer(runif(n) < plogis(0.3 * x0 - 0.2 * x1))]
  d[, y := round(2 * t + lin + rnorm(n), 6)]
} else if (kind == "psm") {
  here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))))
  src <- Sys.getenv("SBS_LALONDE", file.path(here, "../../../shared/data/lalonde.csv"))
  base <- fread(src)
  d <- base[rep_len(seq_len(nrow(base)), n),
            .(treat, age, educ, black, hispan, married, nodegree, re74, re75, re78)]
  d[, re74 := round(re74 + runif(n), 4)]
  d[, re75 := round(re75 + runif(n), 4)]
} else if (kind == "iv") {
  u <- rnorm(n)
  d <- data.table(z1 = round(rnorm(n), 6), z2 = as.integer(runif(n) < 0.5),
                  w1 = round(rnorm(n), 6), w2 = round(rnorm(n), 6))
  d[, t := round(0.5 * z1 + 0.4 * z2 + 0.3 * w1 + u + rnorm(n), 6)]
  d[, y := round(1.5 * t + 0.5 * w1 - 0.5 * w2 + u + rnorm(n), 6)]
} else if (kind == "twfe") {
  periods <- if (n >= 10000) 100 else 10
  units <- as.integer(n / periods)
  unit_effect <- rnorm(units, sd = 2); period_effect <- rnorm(periods)
  d <- data.table(unit = rep(seq_len(units), each = periods), period = rep(seq_len(periods) - 1L, units))
  d[, treated := as.integer(unit <= units / 2)]
  d[, post := as.integer(period >= periods / 2)]
  d[, y := round(unit_effect[unit] + period_effect[period + 1] + 2 * treated * post + rnorm(.N), 6)]
} else if (kind == "checkout") {
  loyalty <- rnorm(n)
  d <- data.table(pre_spend = round(exp(3 + 0.5 * loyalty + rnorm(n, sd = 0.3)), 4),
                  variant = as.integer(runif(n) < 0.5))
  d[, converted := as.integer(runif(n) < plogis(-2.3 + 0.6 * loyalty + 0.25 * variant))]
  d[, revenue := round(converted * (0.8 * pre_spend + 4 * variant + rnorm(n, sd = 5)), 4)]
} else if (kind == "mroz") {
  data("PSID1976", package = "AER", envir = environment())
  w <- PSID1976[PSID1976$participation == "yes", ]
  d <- data.table(wage = w$wage, education = w$education, experience = w$experience,
                  feducation = w$feducation, meducation = w$meducation)
} else {
  stop("unknown kind: ", kind)
}
fwrite(d, out)
cat(kind, nrow(d), "rows ->", out, "\n")
