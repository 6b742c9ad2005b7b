# Reference for PropensityScoreMatching's se = abadie_imbens: R 4.2.2, Matching 4.10-8 (Debian r-cran-matching).
# Writes the simulated data set (continuous scores, so no ties) and prints Match()'s estimate and AI standard error.
# Run: Rscript abadie_imbens_reference.R <folder of matching_ties_free.csv>
library(Matching)
out <- commandArgs(trailingOnly = TRUE)[1]
set.seed(20261203)
n <- 300
x1 <- rnorm(n); x2 <- rbinom(n, 1, 0.5)
t <- rbinom(n, 1, plogis(-1 + 0.8 * x1 + 0.5 * x2))
y <- 1 + 2 * t + 1.5 * x1 + x2 + rnorm(n)
d <- data.frame(x1 = x1, x2 = x2, t = t, y = y)
write.csv(d, file.path(out, "matching_ties_free.csv"), row.names = FALSE, quote = FALSE)
d <- read.csv(file.path(out, "matching_ties_free.csv"))   # what the Java test reads, rounded as written
ps <- fitted(glm(t ~ x1 + x2, binomial, data = d))
for (args in list(list("ATT", 1), list("ATT", 2), list("ATC", 1))) {
  m <- Match(Y = d$y, Tr = d$t, X = ps, estimand = args[[1]], M = args[[2]], replace = TRUE, ties = TRUE,
             distance.tolerance = 0)
  cat(sprintf("%s M=%d est %.15g se %.15g controls %d\n", args[[1]], args[[2]], m$est, m$se,
              length(unique(m$index.control))))
}
