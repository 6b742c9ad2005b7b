#!/usr/bin/env bash
# Measures what the launcher's raised C2 thresholds (-XX:Tier4*Threshold, see ../../causal) buy: each script is run
# ROUNDS times with the launcher's flags and with HotSpot's defaults, interleaved, and the medians of wall and CPU
# (user + system) time are printed as a Markdown table. The numbers are reported, never asserted.
#
# usage: bench/startup/jit-thresholds.sh [ROUNDS] SCRIPT...
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds=5
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then rounds="$1"; shift; fi
defaults="-XX:Tier4InvocationThreshold=5000 -XX:Tier4CompileThreshold=15000 -XX:Tier4BackEdgeThreshold=40000"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run() {   # flags script -> "wall cpu"
  CAUSAL_JAVA_OPTS="$1" /usr/bin/time -f "%e %U %S" -o /tmp/jit-thresholds.time \
    "$repo/causal" run --quiet "$2" >/dev/null 2>&1 || { echo "failed: $2" >&2; exit 1; }
  awk '{ print $1, $2 + $3 }' /tmp/jit-thresholds.time
}

# Build, and train the start-up archive of each script's kind, before anything is timed.
for script in "$@"; do "$repo/causal" run --quiet "$script" >/dev/null 2>&1 || true; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds each, interleaved"
echo
echo "| script | HotSpot defaults: wall s (CPU s) | launcher thresholds: wall s (CPU s) |"
echo "|---|---|---|"
for script in "$@"; do
  : > /tmp/jit-d; : > /tmp/jit-l
  for _ in $(seq 1 "$rounds"); do
    run "$defaults" "$script" >> /tmp/jit-d
    run "" "$script" >> /tmp/jit-l
  done
  printf '| %s | %.2f (%.2f) | %.2f (%.2f) |\n' "${script#$repo/}" \
    "$(cut -d' ' -f1 /tmp/jit-d | median)" "$(cut -d' ' -f2 /tmp/jit-d | median)" \
    "$(cut -d' ' -f1 /tmp/jit-l | median)" "$(cut -d' ' -f2 /tmp/jit-l | median)"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
