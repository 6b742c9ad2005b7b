# Reference values for Causal's estimator tests, computed on the Lalonde data.
#
# Usage: Rscript lalonde_reference.R [path/to/lalonde.csv]
# Without an argument the script reads ../resources/causal/data/lalonde.csv relative to its own folder (the committed
# test resource, byte-identical to shared/data/lalonde.csv), else ../../../../shared/data/lalonde.csv.
# Needs: sandwich, lmtest (Debian: r-cran-sandwich r-cran-lmtest). Matching is computed by a plain-R port of
# MatchIt 4.5.5's nearest-neighbour matcher (`nearest_like_matchit` below), because Debian's MatchIt 4.5.1 is wrong
# with AND without a caliper. MatchIt is optional and only used as a cross-check (see `matchit_for_check`).
# Every number is printed with format(x, digits = 15) next to the R expression that produced it.

suppressPackageStartupMessages({
  library(sandwich)
  library(lmtest)
})

script_dir <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(file_arg) == 0) return(getwd())
  dirname(normalizePath(sub("^--file=", "", file_arg[1])))
}

args <- commandArgs(trailingOnly = TRUE)
# Default: the copy committed as a test resource next to this folder, else the shared data folder
# (../../../../shared/data as asked, or /work/shared/data which is one level further up in this checkout).
default_candidates <- file.path(script_dir(), c(
  "../resources/causal/data/lalonde.csv",
  "../../../../shared/data/lalonde.csv",
  "../../../../../shared/data/lalonde.csv"))
csv_path <- if (length(args) >= 1) args[1] else {
  found <- default_candidates[file.exists(default_candidates)]
  if (length(found) == 0) stop("lalonde.csv not found; pass its path as the first argument")
  found[1]
}
lalonde <- read.csv(csv_path)
lalonde$race <- factor(lalonde$race)

fmt <- function(x) paste(format(x, digits = 15), collapse = ", ")
show <- function(call, value) cat(sprintf("- `%s` = %s\n", call, fmt(value)))
section <- function(title) cat(sprintf("\n## %s\n\n", title))

section("Versions")
cat(sprintf("- %s; sandwich %s; lmtest %s; MatchIt %s\n", R.version.string,
            packageVersion("sandwich"), packageVersion("lmtest"),
            if (requireNamespace("MatchIt", quietly = TRUE)) as.character(packageVersion("MatchIt")) else "absent"))
cat(sprintf("- data: %s, n = %d, treated = %d, control = %d\n", basename(csv_path), nrow(lalonde),
            sum(lalonde$treat), sum(1 - lalonde$treat)))

t <- lalonde$treat
y <- lalonde$re78
n <- nrow(lalonde)

# ---------------------------------------------------------------- 1. OLS
section("1. OLS: fit <- lm(re78 ~ treat + age + educ + black + hispan + married + nodegree + re74 + re75, data = lalonde)")
fit <- lm(re78 ~ treat + age + educ + black + hispan + married + nodegree + re74 + re75, data = lalonde)
show("coef(fit)", coef(fit))
show("coef(fit)['treat']", coef(fit)["treat"])
show("df.residual(fit)", df.residual(fit))
show("sqrt(diag(vcov(fit)))  # classical", sqrt(diag(vcov(fit))))
vcovs <- list(
  classical = vcov(fit),
  HC0 = vcovHC(fit, type = "HC0"),
  HC1 = vcovHC(fit, type = "HC1"),
  HC3 = vcovHC(fit, type = "HC3"),
  CR1_married = vcovCL(fit, cluster = ~married, type = "HC1"),
  CR1_educ = vcovCL(fit, cluster = ~educ, type = "HC1"))
calls <- c(classical = "vcov(fit)", HC0 = "vcovHC(fit, type = \"HC0\")", HC1 = "vcovHC(fit, type = \"HC1\")",
           HC3 = "vcovHC(fit, type = \"HC3\")", CR1_married = "vcovCL(fit, cluster = ~married, type = \"HC1\")",
           CR1_educ = "vcovCL(fit, cluster = ~educ, type = \"HC1\")")
for (name in names(vcovs)) {
  show(sprintf("sqrt(diag(%s))['treat']", calls[[name]]), sqrt(vcovs[[name]]["treat", "treat"]))
}
for (name in names(vcovs)) {
  ct <- coeftest(fit, vcov. = vcovs[[name]])
  ci <- coefci(fit, vcov. = vcovs[[name]], level = 0.95)
  show(sprintf("coeftest(fit, vcov. = %s)['treat', c('t value', 'Pr(>|t|)')]", calls[[name]]),
       ct["treat", c("t value", "Pr(>|t|)")])
  show(sprintf("coefci(fit, vcov. = %s)['treat', ]", calls[[name]]), ci["treat", ])
}
show("sqrt(diag(vcovHC(fit, type = \"HC1\")))  # all coefficients", sqrt(diag(vcovs$HC1)))
cat(sprintf("- cluster counts: married %d, educ %d\n", length(unique(lalonde$married)), length(unique(lalonde$educ))))

section("1b. Naive OLS: naive <- lm(re78 ~ treat, data = lalonde)")
naive <- lm(re78 ~ treat, data = lalonde)
show("coef(naive)", coef(naive))
show("sqrt(vcovHC(naive, type = \"HC1\")['treat', 'treat'])", sqrt(vcovHC(naive, type = "HC1")["treat", "treat"]))
show("sqrt(vcov(naive)['treat', 'treat'])  # classical", sqrt(vcov(naive)["treat", "treat"]))
show("coeftest(naive, vcov. = vcovHC(naive, type = \"HC1\"))['treat', c('t value', 'Pr(>|t|)')]",
     coeftest(naive, vcov. = vcovHC(naive, type = "HC1"))["treat", c("t value", "Pr(>|t|)")])
show("coefci(naive, vcov. = vcovHC(naive, type = \"HC1\"))['treat', ]",
     coefci(naive, vcov. = vcovHC(naive, type = "HC1"))["treat", ])

# ---------------------------------------------------------------- 2. propensity
section("2. Propensity: ps_fit <- glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, family = binomial, data = lalonde)")
ps_fit <- glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, family = binomial, data = lalonde)
e <- fitted(ps_fit)
show("coef(ps_fit)", coef(ps_fit))
show("sqrt(diag(vcov(ps_fit)))", sqrt(diag(vcov(ps_fit))))
show("ps_fit$iter", ps_fit$iter)
show("logLik(ps_fit)", as.numeric(logLik(ps_fit)))
show("range(fitted(ps_fit))", range(e))
show("mean(fitted(ps_fit))", mean(e))
show("mean(fitted(ps_fit)[lalonde$treat == 1])", mean(e[t == 1]))
show("mean(fitted(ps_fit)[lalonde$treat == 0])", mean(e[t == 0]))
show("head(fitted(ps_fit), 5)", unname(head(e, 5)))
show("which.min(fitted(ps_fit)); which.max(fitted(ps_fit))  # 1-based rows", c(which.min(e), which.max(e)))
ps_race <- glm(treat ~ age + educ + race + married + nodegree + re74 + re75, family = binomial, data = lalonde)
show("coef(ps_race)  # race factor, levels black < hispan < white, reference black", coef(ps_race))
show("max(abs(fitted(ps_race) - fitted(ps_fit)))", max(abs(fitted(ps_race) - e)))

# glm() stops after 5 IRLS steps at its default epsilon = 1e-8; an implementation that iterates to machine precision
# lands about 1e-8 (relative) away on the coefficients. These show the size of that gap.
ps_tight <- glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75, family = binomial,
                data = lalonde, control = glm.control(epsilon = 1e-15, maxit = 100))
show("coef(glm(..., control = glm.control(epsilon = 1e-15, maxit = 100)))  # fully converged", coef(ps_tight))
show("max(abs(coef(ps_tight) / coef(ps_fit) - 1))", max(abs(coef(ps_tight) / coef(ps_fit) - 1)))
show("max(abs(fitted(ps_tight) - fitted(ps_fit)))", max(abs(fitted(ps_tight) - e)))
show("mean(fitted(ps_tight))  # equals mean(treat) at the MLE", mean(fitted(ps_tight)))

# ---------------------------------------------------------------- 3. IPW
section("3. IPW with e <- fitted(ps_fit)")
weighted_diff <- function(w) {
  wfit <- lm(re78 ~ treat, data = lalonde, weights = w)
  c(estimate = unname(coef(wfit)["treat"]), se_HC0 = sqrt(vcovHC(wfit, type = "HC0")["treat", "treat"]))
}
kish <- function(w) c(treated = sum(w[t == 1])^2 / sum(w[t == 1]^2), control = sum(w[t == 0])^2 / sum(w[t == 0]^2))
w_ate <- t / e + (1 - t) / (1 - e)
w_att <- t + (1 - t) * e / (1 - e)
w_atc <- t * (1 - e) / e + (1 - t)
p <- mean(t)
w_ate_stab <- t * p / e + (1 - t) * (1 - p) / (1 - e)
show("mean(lalonde$treat)", p)
for (spec in list(list("ATE", "w <- t/e + (1-t)/(1-e)", w_ate),
                  list("ATT", "w <- t + (1-t)*e/(1-e)", w_att),
                  list("ATC", "w <- t*(1-e)/e + (1-t)", w_atc),
                  list("ATE stabilized", "w <- t*p/e + (1-t)*(1-p)/(1-e)", w_ate_stab))) {
  r <- weighted_diff(spec[[3]])
  cat(sprintf("\n%s, %s:\n", spec[[1]], spec[[2]]))
  show("coef(lm(re78 ~ treat, data = lalonde, weights = w))['treat']  # Hajek", r["estimate"])
  show("sqrt(vcovHC(lm(re78 ~ treat, weights = w), type = \"HC0\")['treat', 'treat'])", r["se_HC0"])
  show("c(treated, control) Kish ESS: sum(w[g])^2 / sum(w[g]^2)", kish(spec[[3]]))
  show("c(sum(w[t == 1]), sum(w[t == 0]))", c(sum(spec[[3]][t == 1]), sum(spec[[3]][t == 0])))
}
cat("\n")
show("mean(t*y/e) - mean((1-t)*y/(1-e))  # Horvitz-Thompson ATE", mean(t * y / e) - mean((1 - t) * y / (1 - e)))
show("weighted.mean(y[t==1], w_ate[t==1]) - weighted.mean(y[t==0], w_ate[t==0])  # Hajek ATE by hand",
     weighted.mean(y[t == 1], w_ate[t == 1]) - weighted.mean(y[t == 0], w_ate[t == 0]))

# ---------------------------------------------------------------- 4. AIPW
section("4. AIPW ATE")
outcome_formula <- re78 ~ age + educ + black + hispan + married + nodegree + re74 + re75
m1_fit <- lm(outcome_formula, data = lalonde[t == 1, ])
m0_fit <- lm(outcome_formula, data = lalonde[t == 0, ])
m1 <- unname(predict(m1_fit, newdata = lalonde))
m0 <- unname(predict(m0_fit, newdata = lalonde))
psi <- m1 - m0 + t * (y - m1) / e - (1 - t) * (y - m0) / (1 - e)
show("coef(lm(re78 ~ X, data = lalonde[treat == 1, ]))", coef(m1_fit))
show("coef(lm(re78 ~ X, data = lalonde[treat == 0, ]))", coef(m0_fit))
show("mean(m1 - m0)  # regression (g-computation) ATE", mean(m1 - m0))
show("mean(psi)  # AIPW ATE", mean(psi))
show("sd(psi) / sqrt(n)  # AIPW SE", sd(psi) / sqrt(n))
show("head(psi, 5)", head(psi, 5))

# ---------------------------------------------------------------- 5. matching
# Nearest-neighbour matching on the propensity score, written out in plain R so that it does not depend on the
# installed MatchIt. It follows MatchIt 4.5.5's nn_matchC_vec (src/nn_matchC_vec.cpp, used whenever `distance` is a
# propensity score and there are no mahvars):
#   * all units are sorted by score ascending with a stable sort (ties keep data order);
#   * focal units (treated for the ATT, controls for the ATC) are visited in `m.order`: "largest" = descending
#     score, "smallest" = ascending, "data" = row order (ties in data order); with replacement MatchIt forces "data";
#   * a focal unit takes the nearest usable opposite-group unit to its LEFT in the sorted order and the nearest to
#     its RIGHT, and keeps the left one when |s_left - s_i| <= |s_right - s_i| (so an exact tie goes to the lower
#     score, and among equal-score candidates the left scan meets the one LATEST in data order first, the right
#     scan the one EARLIEST in data order);
#   * a side's scan stops with no candidate at the first usable unit that is further than the caliper away;
#   * with ratio k, every focal unit gets its first match before any gets its second (rounds), skipping controls
#     it already has; a focal unit that finds nothing in a round is dropped from later rounds;
#   * a control is usable until it has been used `reuse.max` times (1 without replacement, unlimited with).
# Debian's MatchIt 4.5.1 calls C's integer abs() on the doubles in this comparison, so every distance becomes 0:
# the caliper is ignored AND the left neighbour always wins, which makes its results wrong with or without a
# caliper. MatchIt 4.5.4 replaced abs() by std::abs().
nearest_like_matchit <- function(score, focal, ratio = 1, reuse_max = 1, caliper = Inf,
                                 m_order = c("largest", "smallest", "data")) {
  m_order <- match.arg(m_order)
  if (reuse_max > 1) m_order <- "data"
  n <- length(score)
  sorted <- order(score)
  position <- integer(n)
  position[sorted] <- seq_len(n)
  focal_rows <- which(focal == 1)
  visit <- switch(m_order,
                  largest = focal_rows[order(score[focal_rows], decreasing = TRUE)],
                  smallest = focal_rows[order(score[focal_rows], decreasing = FALSE)],
                  data = focal_rows)
  matches <- matrix(NA_integer_, nrow = length(focal_rows), ncol = ratio,
                    dimnames = list(as.character(focal_rows), NULL))
  times_used <- integer(n)
  active <- rep(TRUE, n)
  scan <- function(i, step) {
    p <- position[i] + step
    while (p >= 1 && p <= n) {
      k <- sorted[p]
      usable <- focal[k] == 0 && times_used[k] < reuse_max && !(k %in% matches[as.character(i), ])
      if (usable) {
        if (abs(score[i] - score[k]) > caliper) return(NA_integer_)
        return(k)
      }
      p <- p + step
    }
    NA_integer_
  }
  for (round in seq_len(ratio)) {
    for (i in visit) {
      if (!active[i]) next
      left <- scan(i, -1L)
      right <- scan(i, +1L)
      k <- if (!is.na(left) && !is.na(right)) {
        if (abs(score[left] - score[i]) <= abs(score[right] - score[i])) left else right
      } else if (!is.na(left)) left else right
      if (is.na(k)) {
        active[i] <- FALSE
        next
      }
      matches[as.character(i), round] <- k
      times_used[k] <- times_used[k] + 1L
      if (round == ratio) active[i] <- FALSE
      if (!any(active[focal_rows])) break
      if (!any(focal == 0 & times_used < reuse_max)) break
    }
  }
  matches
}

# MatchIt's matching weights (weights_matrixC): focal units with a match get 1; a matched unit gets the sum of
# 1/(number of matches of its focal unit); then the non-focal weights are scaled to sum to the number of distinct
# matched non-focal units.
matching_weights <- function(matches, focal) {
  w <- numeric(length(focal))
  for (r in seq_len(nrow(matches))) {
    got <- matches[r, !is.na(matches[r, ])]
    if (length(got) == 0) next
    for (k in got) w[k] <- w[k] + 1 / length(got)
    w[as.integer(rownames(matches)[r])] <- 1
  }
  other <- focal == 0
  w[other] <- w[other] * sum(w[other] > 0) / sum(w[other])
  w
}

# Balance as MatchIt's summary(): treated minus control means (weighted by the matching weights after matching)
# over the focal group's full-sample SD; binary columns use sqrt(p (1 - p)), others sd() with n - 1.
balance_columns <- function(score) {
  cbind(distance = score, age = lalonde$age, educ = lalonde$educ,
        raceblack = as.numeric(lalonde$race == "black"), racehispan = as.numeric(lalonde$race == "hispan"),
        racewhite = as.numeric(lalonde$race == "white"), married = lalonde$married,
        nodegree = lalonde$nodegree, re74 = lalonde$re74, re75 = lalonde$re75)
}
std_mean_diff <- function(columns, weights, focal_group) {
  apply(columns, 2, function(x) {
    scale_x <- x[t == focal_group]
    sd_focal <- if (length(unique(x)) == 2) sqrt(mean(scale_x) * (1 - mean(scale_x))) else sd(scale_x)
    (weighted.mean(x[t == 1], weights[t == 1]) - weighted.mean(x[t == 0], weights[t == 0])) / sd_focal
  })
}

print_pairs <- function(matches) {
  got <- rowSums(!is.na(matches)) > 0
  text <- sprintf("%s:%s", rownames(matches)[got],
                  apply(matches[got, , drop = FALSE], 1, function(v) paste(v[!is.na(v)], collapse = "/")))
  cat("```\n")
  cat(strwrap(paste(text, collapse = " "), width = 110), sep = "\n")
  cat("```\n")
}

# Optional cross-check against MatchIt itself. Debian's 4.5.1 is wrong (see above); to check against 4.5.5's
# matcher without installing it, set MATCHIT_NN_MATCHC_VEC_CPP to a copy of MatchIt 4.5.5's src/nn_matchC_vec.cpp
# (with its src/internal.h next to it; needs Rcpp, RcppProgress and a C++ compiler) and it is swapped into the
# installed MatchIt's namespace (same signature in 4.5.1 and 4.5.5; the R side of matchit2nearest only changed in
# messages and documentation between the two).
matchit_for_check <- function() {
  if (!requireNamespace("MatchIt", quietly = TRUE)) return(NULL)
  version <- packageVersion("MatchIt")
  cpp <- Sys.getenv("MATCHIT_NN_MATCHC_VEC_CPP")
  if (nzchar(cpp)) {
    compiled <- new.env()
    Rcpp::sourceCpp(cpp, env = compiled)
    utils::assignInNamespace("nn_matchC_vec", compiled$nn_matchC_vec, ns = "MatchIt")
    return(sprintf("MatchIt %s with nn_matchC_vec compiled from %s", version, cpp))
  }
  if (version >= "4.5.4") return(sprintf("MatchIt %s", version))
  NULL
}

section("5. Propensity-score matching (score e <- fitted(ps_fit), 'distance = \"glm\"')")
matchit_label <- matchit_for_check()
cat(sprintf("- MatchIt cross-check: %s\n", if (is.null(matchit_label))
  "skipped (MatchIt >= 4.5.4 not installed and MATCHIT_NN_MATCHC_VEC_CPP not set)" else matchit_label))
columns <- balance_columns(e)
show("std_mean_diff(before matching)  # distance, age, educ, raceblack, racehispan, racewhite, married, nodegree, re74, re75",
     std_mean_diff(columns, rep(1, n), 1))

match_specs <- list(
  list(label = "1:1, no replacement, m.order largest, no caliper",
       matchit = "matchit(treat ~ age + educ + race + married + nodegree + re74 + re75, data = lalonde, method = \"nearest\", distance = \"glm\")",
       args = list(), estimand = "ATT", ratio = 1, reuse_max = 1, caliper = Inf, m_order = "largest"),
  list(label = "1:1, no replacement, m.order largest, caliper 0.05 raw (the issue's reference)",
       matchit = "matchit(..., method = \"nearest\", distance = \"glm\", caliper = 0.05, std.caliper = FALSE)",
       args = list(caliper = 0.05, std.caliper = FALSE), estimand = "ATT", ratio = 1, reuse_max = 1,
       caliper = 0.05, m_order = "largest"),
  list(label = "1:1, no replacement, m.order smallest, caliper 0.05 raw",
       matchit = "matchit(..., method = \"nearest\", distance = \"glm\", m.order = \"smallest\", caliper = 0.05, std.caliper = FALSE)",
       args = list(m.order = "smallest", caliper = 0.05, std.caliper = FALSE), estimand = "ATT", ratio = 1,
       reuse_max = 1, caliper = 0.05, m_order = "smallest"),
  list(label = "1:1, with replacement, no caliper",
       matchit = "matchit(..., method = \"nearest\", distance = \"glm\", replace = TRUE)",
       args = list(replace = TRUE), estimand = "ATT", ratio = 1, reuse_max = .Machine$integer.max,
       caliper = Inf, m_order = "data"),
  list(label = "1:1, with replacement, caliper 0.05 raw",
       matchit = "matchit(..., method = \"nearest\", distance = \"glm\", replace = TRUE, caliper = 0.05, std.caliper = FALSE)",
       args = list(replace = TRUE, caliper = 0.05, std.caliper = FALSE), estimand = "ATT", ratio = 1,
       reuse_max = .Machine$integer.max, caliper = 0.05, m_order = "data"),
  list(label = "1:2, no replacement, m.order largest, no caliper",
       matchit = "matchit(..., method = \"nearest\", distance = \"glm\", ratio = 2)",
       args = list(ratio = 2), estimand = "ATT", ratio = 2, reuse_max = 1, caliper = Inf, m_order = "largest"),
  list(label = "ATC: 1:1 controls matched to treated, no replacement, caliper 0.05 raw (default m.order smallest)",
       matchit = "matchit(..., method = \"nearest\", distance = \"glm\", estimand = \"ATC\", caliper = 0.05, std.caliper = FALSE)",
       args = list(estimand = "ATC", caliper = 0.05, std.caliper = FALSE), estimand = "ATC", ratio = 1,
       reuse_max = 1, caliper = 0.05, m_order = "smallest"))

for (spec in match_specs) {
  cat(sprintf("\n### %s\n\nMatchIt 4.5.5 call: `%s`\n\n", spec$label, spec$matchit))
  focal_group <- if (spec$estimand == "ATC") 0 else 1
  focal <- as.integer(t == focal_group)
  matches <- nearest_like_matchit(e, focal, spec$ratio, spec$reuse_max, spec$caliper, spec$m_order)
  w <- matching_weights(matches, focal)
  matched <- lalonde
  matched$weights <- w
  matched$id <- seq_len(n)
  matched <- matched[w > 0, ]
  fit_m <- lm(re78 ~ treat, data = matched, weights = weights)
  n_focal_matched <- sum(rowSums(!is.na(matches)) > 0)
  show("c(focal units matched, other units matched, rows in matched set)",
       c(n_focal_matched, sum(w > 0 & focal == 0), nrow(matched)))
  show(sprintf("coef(lm(re78 ~ treat, data = match.data(m), weights = weights))['treat']  # %s", spec$estimand),
       coef(fit_m)["treat"])
  if (spec$reuse_max == 1) {
    # subclass = one matched set (focal unit + its matches), as match.data(m)$subclass
    subclass <- integer(n)
    got <- which(rowSums(!is.na(matches)) > 0)
    for (s in seq_along(got)) {
      subclass[as.integer(rownames(matches)[got[s]])] <- s
      subclass[matches[got[s], !is.na(matches[got[s], ])]] <- s
    }
    matched$subclass <- subclass[matched$id]
    ct <- coeftest(fit_m, vcov. = vcovCL, cluster = ~subclass)
    show("coeftest(fit, vcov. = vcovCL, cluster = ~subclass)['treat', c('Std. Error', 't value', 'Pr(>|t|)')]  # vcovCL default type HC1",
         ct["treat", c("Std. Error", "t value", "Pr(>|t|)")])
    show("coefci(fit, vcov. = vcovCL(fit, cluster = ~subclass))['treat', ]",
         coefci(fit_m, vcov. = vcovCL(fit_m, cluster = ~subclass))["treat", ])
    show("sqrt(vcovCL(fit, cluster = ~subclass, type = \"HC0\")['treat', 'treat'])",
         sqrt(vcovCL(fit_m, cluster = ~subclass, type = "HC0")["treat", "treat"]))
  } else {
    show("sqrt(vcovHC(fit, type = \"HC3\")['treat', 'treat'])  # on match.data(m)",
         sqrt(vcovHC(fit_m, type = "HC3")["treat", "treat"]))
    # get_matches(m): one row per (focal unit, match) pair; focal weight 1, match weight 1/(its focal's matches)
    pair_rows <- do.call(rbind, lapply(seq_len(nrow(matches)), function(r) {
      got <- matches[r, !is.na(matches[r, ])]
      if (length(got) == 0) return(NULL)
      i <- as.integer(rownames(matches)[r])
      data.frame(id = c(i, got), subclass = r, weights = c(1, rep(1 / length(got), length(got))))
    }))
    pairs_data <- cbind(lalonde[pair_rows$id, ], pair_rows)
    fit_p <- lm(re78 ~ treat, data = pairs_data, weights = weights)
    show("nrow(get_matches(m))", nrow(pairs_data))
    show("coef(lm(re78 ~ treat, data = get_matches(m), weights = weights))['treat']", coef(fit_p)["treat"])
    show("coeftest(fit_gm, vcov. = vcovCL, cluster = ~subclass + id)['treat', c('Std. Error', 't value', 'Pr(>|t|)')]",
         coeftest(fit_p, vcov. = vcovCL, cluster = ~subclass + id)["treat", c("Std. Error", "t value", "Pr(>|t|)")])
  }
  smd <- std_mean_diff(columns, w, focal_group)
  show("summary(m)$sum.matched[, 'Std. Mean Diff.']  # same order as above", smd)
  if (n_focal_matched < sum(focal)) {
    cat(sprintf("- unmatched focal rows: %s\n",
                paste(rownames(matches)[rowSums(!is.na(matches)) == 0], collapse = " ")))
  }
  cat("- m$match.matrix as focal row:matched row(s), 1-based row numbers, focal units in data order:\n\n")
  print_pairs(matches)
  if (!is.null(matchit_label)) {
    m <- do.call(MatchIt::matchit, c(list(treat ~ age + educ + race + married + nodegree + re74 + re75,
                                          data = lalonde, method = "nearest", distance = "glm"), spec$args))
    mm <- m$match.matrix
    mm_int <- matrix(as.integer(mm), nrow = nrow(mm), dimnames = dimnames(mm))
    md <- MatchIt::match.data(m)
    att_matchit <- coef(lm(re78 ~ treat, data = md, weights = weights))["treat"]
    smd_matchit <- summary(m)$sum.matched[, "Std. Mean Diff."]
    cat(sprintf("- cross-check with %s: same match.matrix %s; ATT %s (diff %s); max |SMD diff| %s\n",
                matchit_label, identical(unname(mm_int[rownames(matches), , drop = FALSE]), unname(matches)),
                fmt(att_matchit), fmt(att_matchit - coef(fit_m)["treat"]), fmt(max(abs(smd_matchit - smd)))))
  }
}

cat("\n### The brief's simpler loop (first control in DATA order wins exact ties), for comparison\n\n")
simple_nearest <- function(score, treat, caliper = Inf) {
  treated <- which(treat == 1)
  available <- treat == 0
  matched_control <- rep(NA_integer_, length(treat))
  for (i in treated[order(score[treated], decreasing = TRUE)]) {
    candidates <- which(available)
    if (length(candidates) == 0) break
    distance <- abs(score[candidates] - score[i])
    best <- which.min(distance)
    if (distance[best] > caliper) next
    matched_control[i] <- candidates[best]
    available[candidates[best]] <- FALSE
  }
  matched_control
}
for (caliper in c(Inf, 0.05)) {
  simple <- simple_nearest(e, t, caliper)
  reference <- nearest_like_matchit(e, t, caliper = caliper)[, 1]
  treated <- which(t == 1)
  a <- simple[treated]
  same <- (is.na(a) & is.na(reference)) | (!is.na(a) & !is.na(reference) & a == reference)
  differ <- which(!same)
  rows <- c(which(!is.na(simple)), simple[!is.na(simple)])
  pair <- c(seq_len(sum(!is.na(simple))), seq_len(sum(!is.na(simple))))
  d <- cbind(lalonde[rows, ], pair = pair)
  fit_s <- lm(re78 ~ treat, data = d)
  cat(sprintf("\ncaliper %s:\n", format(caliper)))
  show("number of pairs", sum(!is.na(simple)))
  show("coef(lm(re78 ~ treat, data = pairs))['treat']", coef(fit_s)["treat"])
  show("sqrt(vcovCL(fit, cluster = ~pair, type = \"HC1\")['treat', 'treat'])",
       sqrt(vcovCL(fit_s, cluster = ~pair, type = "HC1")["treat", "treat"]))
  cat(sprintf("- treated rows paired differently from MatchIt 4.5.5: %s\n",
              paste(sprintf("%d (simple %d, MatchIt %d)", treated[differ], simple[treated[differ]], reference[differ]),
                    collapse = "; ")))
}
