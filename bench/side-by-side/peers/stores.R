# Peer of examples/stores/stores.causal: TWFE, a 500-run permutation test, the event study and the two placebos,
# in R 4.2 (lm with store and period dummies, sandwich::vcovCL with fixest's small-sample factors).
#
# usage: Rscript stores.R examples/stores/data/stores.csv
# Prints one JSON object per result in the example's order. The permutation test draws with R's sample(), so its
# p-value is not expected to equal Causal's (which draws from its own seeded stream); it is printed for reading.
suppressPackageStartupMessages({ library(sandwich) })
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
tool <- sprintf("R %s lm, sandwich %s", getRversion(), packageVersion("sandwich"))
emit <- function(name, est, se) {
  cat(sprintf('{"tool": "%s", "what": "%s", "estimate": %.15g, "std_error": %.15g}\n', tool, name, est, se))
}

# Clustered by store with fixest's factors: G/(G-1) (n-1)/(n-K), K = slopes + periods (store effects nested).
clustered <- function(fit, data, slopes) {
  n <- nrow(data); k <- slopes + length(unique(data$period))
  vcovCL(fit, cluster = ~store, type = "HC0", cadjust = TRUE) * (n - 1) / (n - k)
}
twfe <- function(data, treated, start) {
  data$d <- data[[treated]] * (data$period >= start)
  fit <- lm(sales ~ d + factor(store) + factor(period), data = data)
  c(coef(fit)[["d"]], sqrt(clustered(fit, data, 1)["d", "d"]))
}

main <- twfe(d, "treated", 12)
emit("twfe", main[1], main[2])

# Permutation: shuffle which stores are treated; the within transform of a balanced panel gives the TWFE slope.
set.seed(1)
stores <- unique(d$store); n_treated <- length(unique(d$store[d$treated == 1]))
within <- function(v) v - ave(v, d$store) - ave(v, d$period) + mean(v)
y_w <- within(d$sales)
perm <- replicate(500, {
  chosen <- sample(stores, n_treated)
  x_w <- within(as.numeric(d$store %in% chosen & d$period >= 12))
  sum(x_w * y_w) / sum(x_w * x_w)
})
cat(sprintf('{"what": "permutation", "p_value": %.6g, "mean": %.6g}\n',
            (1 + sum(abs(perm) >= abs(main[1]))) / (1 + length(perm)), mean(perm)))

# Event study: one dummy per event time (period - 12 for treated stores) except the reference -1.
event <- ifelse(d$treated == 1, d$period - 12, NA)
times <- setdiff(sort(unique(event[!is.na(event)])), -1)
dummies <- sapply(times, function(k) as.numeric(!is.na(event) & event == k))
colnames(dummies) <- paste0("e", ifelse(times < 0, paste0("m", -times), times))
es_data <- cbind(d, dummies)
es <- lm(as.formula(paste("sales ~", paste(colnames(dummies), collapse = " + "), "+ factor(store) + factor(period)")),
         data = es_data)
v <- clustered(es, es_data, length(times))[colnames(dummies), colnames(dummies)]
lags <- times >= 0
a <- as.numeric(lags) / sum(lags)
emit("event_study", sum(a * coef(es)[colnames(dummies)]), sqrt(drop(t(a) %*% v %*% a)))

placebo <- twfe(d[d$treated == 0, ], "placebo_group", 12)
emit("placebo group", placebo[1], placebo[2])
before <- twfe(d[d$period < 12, ], "treated", 6)
emit("placebo date", before[1], before[2])
