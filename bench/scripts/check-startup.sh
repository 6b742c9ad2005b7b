#!/usr/bin/env bash
# Times `./causal check` on a generated 200-line script, JVM start included (issue 3 target: under 1 s wall).
#
# usage: check-startup.sh [RUNS]     (default 10 runs, after 2 untimed warm-up runs)
#
# Uses hyperfine when installed, else a bash loop over `date +%s%N`. Also times a one-line script, so that the
# cost of starting the JVM and the command line can be told apart from the checking itself. Prints a summary
# and writes it, as KEY=VALUE lines in milliseconds, to bench/target/startup/check-startup.txt (read by run.sh).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
dir="$repo/bench/target/startup"
script="$dir/check-200.causal"
baseline="$dir/check-1.causal"
summary="$dir/check-startup.txt"

"$repo/bench/scripts/make-200-line-script.sh" "$script" >/dev/null
echo "// one line: what starting the JVM and the command line costs" >"$baseline"

# ./causal rebuilds the project when sources are newer than its jar. Other people may be editing sources while
# this runs, so before every timed run an untimed one does any rebuild that has become due.
prepare="'$repo/causal' check '$baseline' >/dev/null 2>&1"
"$repo/causal" check "$script"
"$repo/causal" check "$baseline"

# KEY prefix, then the file to check; appends KEY_mean_ms, KEY_min_ms and KEY_max_ms to the summary.
time_check() {
  local key="$1" file="$2"
  local mean min max
  if command -v hyperfine >/dev/null; then
    local csv="$dir/hyperfine-$key.csv"
    hyperfine --style basic --warmup 2 --runs "$runs" --prepare "$prepare" --export-csv "$csv" \
      "'$repo/causal' check '$file'" >&2
    # CSV columns: command,mean,stddev,median,user,system,min,max (seconds)
    mean=$(awk -F, 'NR == 2 { printf "%.0f", $2 * 1000 }' "$csv")
    min=$(awk -F, 'NR == 2 { printf "%.0f", $7 * 1000 }' "$csv")
    max=$(awk -F, 'NR == 2 { printf "%.0f", $8 * 1000 }' "$csv")
  else
    local total=0 start elapsed i
    min=0 max=0
    for i in 1 2; do "$repo/causal" check "$file" >/dev/null 2>&1; done
    for ((i = 0; i < runs; i++)); do
      eval "$prepare" || true
      start=$(date +%s%N)
      "$repo/causal" check "$file" >/dev/null 2>&1
      elapsed=$((($(date +%s%N) - start) / 1000000))
      total=$((total + elapsed))
      if [ "$min" -eq 0 ] || [ "$elapsed" -lt "$min" ]; then min=$elapsed; fi
      if [ "$elapsed" -gt "$max" ]; then max=$elapsed; fi
    done
    mean=$((total / runs))
  fi
  echo "${key}_mean_ms=$mean" >>"$summary"
  echo "${key}_min_ms=$min" >>"$summary"
  echo "${key}_max_ms=$max" >>"$summary"
}

{
  echo "runs=$runs"
  echo "tool=$(command -v hyperfine >/dev/null && echo hyperfine || echo bash-loop)"
  echo "script_lines=$(wc -l <"$script")"
} >"$summary"
time_check check200 "$script"
time_check check1 "$baseline"

cat "$summary"
