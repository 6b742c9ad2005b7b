#!/usr/bin/env bash
# Writes a realistic 200-line Causal script for the `causal check` startup benchmark (issue 3: under 1 s).
#
# usage: make-200-line-script.sh [OUT.causal]     (default: bench/target/startup/check-200.causal)
#
# The script reads the LaLonde data (../shared/data/lalonde.csv next to the repository, else the copy in
# examples/jobs/data) through a path relative to the script's folder, as users write it. It mixes what a real
# study holds: data with `where`/`with`, DAGs with latent nodes, structural models and simulated data, identify
# statements and estimates with every core estimator, so the checker does its full work (headers, names,
# d-separation, smallest adjustment sets) on every statement. `causal check` must accept it (exit 0).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$repo/bench/target/startup/check-200.causal}"
mkdir -p "$(dirname "$out")"
out_dir="$(cd "$(dirname "$out")" && pwd)"

csv="$repo/../shared/data/lalonde.csv"
[ -f "$csv" ] || csv="$repo/examples/jobs/data/lalonde.csv"
csv_path="$(realpath --relative-to="$out_dir" "$csv")"

lines_per_section=25
sections=8   # 8 sections of 25 lines: 200 lines

section() {
  local k="$1"
  cat <<CAUSAL
// ---- Section $k: the NSW training study (ages $((17 + k)) and up) and a simulated music study ----
data nsw$k = csv("$csv_path") where age >= $((17 + k)) with { log_re74 = log(re74 + 1), young = age < 25 }

dag jobs$k {
  age, educ, black, hispan, married, nodegree, re74, re75 -> treat
  age, educ, black, hispan, married, nodegree, re74, re75 -> re78
  age -> educ -> nodegree
  motivation [latent]
  motivation -> re78
  treat -> re78
}
identify ATT of treat on re78 under jobs$k
estimate ATE of treat on re78 in nsw$k under jobs$k adjust by backdoor using ols(se = hc3)
let matched$k = estimate ATT of treat on re78 in nsw$k under jobs$k using psm(caliper = 0.05)
estimate ATT of treat on re78 in nsw$k under jobs$k using ipw(trim = 0.01)
estimate ATE of treat on re78 in nsw$k under jobs$k adjust by {age, educ, black, hispan, married, nodegree, re74, re75} using aipw
model music$k {
  engagement ~ normal(0, 1)
  exposure ~ bernoulli(0.3)
  personalized ~ bernoulli(logistic(0.8*engagement + 1.5*exposure - 0.5))
  hours = 1.0*personalized + 2.0*engagement + 0.3*exposure + normal(0, 1)
}
dag musicdag$k = dag of music$k
data sessions$k = simulate music$k n 20000 seed $k
estimate ATE of personalized on hours in sessions$k under musicdag$k using ols
CAUSAL
}

{
  for k in $(seq 1 "$sections"); do
    section "$k"
  done
} >"$out"

lines=$(wc -l <"$out")
if [ "$lines" -ne $((sections * lines_per_section)) ]; then
  echo "make-200-line-script: wrote $lines lines, expected $((sections * lines_per_section))" >&2
  exit 1
fi
echo "$out"
