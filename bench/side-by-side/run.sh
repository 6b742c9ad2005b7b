#!/usr/bin/env bash
# Causal side by side with the tools people use today (statsmodels, R's MatchIt, AER and plm, Spark MLlib): for
# each row the data is generated once (gen.R, into bench/side-by-side/target/), then Causal and the peer run on the
# same CSV in the same run, each timed as a whole command (start-up and CSV reading included), and their estimates
# are compared (the als row: both fits in one JVM on the same synthetic ratings, the fitting alone timed). Writes bench/results/side-by-side.md. Never part of ./test; nothing here asserts a time.
#
# usage: bench/side-by-side/run.sh [ROW…]      rows: ols psm iv mroz twfe dags als examples startup (default: all)
# environment:
#   SBS_QUICK=1          small sizes (100,000 rows)
#   SBS_OLS_ROWS         OLS + HC1 rows                                (quick 100,000; full 10,000,000)
#   SBS_PSM_ROWS         LaLonde replicated, for Causal                (quick 100,000; full 1,000,000)
#   SBS_PSM_PEER_ROWS    the same for MatchIt, whose matcher is O(n²)  (quick 100,000; full 200,000)
#   SBS_IV_ROWS          simulated IV rows                             (quick 100,000; full 1,000,000)
#   SBS_TWFE_ROWS        panel rows (units × 100 periods), for Causal  (quick 100,000; full 10,000,000)
#   SBS_TWFE_PEER_ROWS   the same for plm                              (default SBS_TWFE_ROWS)
#   SBS_ALS_RATINGS      ratings of the ALS row (both in one JVM)     (quick 2,000,000; full 20,000,000)
#   SBS_ALS_HEAP         that JVM's heap                               (18g)
#   SBS_RUNS             timed runs per data-sized command, median reported (quick 3; full 1)
#   SBS_SMALL_RUNS       timed runs of the examples and the Mroz row   (5)
#   SBS_PEER_TIMEOUT     seconds before a peer is stopped and reported as not finished (600)
#   SBS_INSTALL=0        never apt-get install a missing peer; report it as not installed
#   SBS_OUT              the Markdown file (default bench/results/side-by-side.md)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="$here/target"
mkdir -p "$target/out"
cd "$here"

quick="${SBS_QUICK:-0}"
if [ "$quick" = 1 ]; then big=100000; psm_big=100000; psm_peer=100000; iv_big=100000; als_big=2000000; runs=3
else big=10000000; psm_big=1000000; psm_peer=200000; iv_big=1000000; als_big=20000000; runs=1; fi
ols_rows="${SBS_OLS_ROWS:-$big}"
psm_rows="${SBS_PSM_ROWS:-$psm_big}"
psm_peer_rows="${SBS_PSM_PEER_ROWS:-$psm_peer}"
iv_rows="${SBS_IV_ROWS:-$iv_big}"
twfe_rows="${SBS_TWFE_ROWS:-$big}"
twfe_peer_rows="${SBS_TWFE_PEER_ROWS:-$twfe_rows}"
runs="${SBS_RUNS:-$runs}"
small_runs="${SBS_SMALL_RUNS:-5}"
peer_timeout="${SBS_PEER_TIMEOUT:-600}"
out_md="${SBS_OUT:-$repo/bench/results/side-by-side.md}"
rows_wanted="${*:-ols psm iv mroz twfe dags als examples startup}"
py=/usr/bin/python3          # Debian's python, where python3-statsmodels installs (not a pyenv shim)

table="$target/table.md"      # the table's lines, appended row by row
details="$target/details.md"  # every compared number, per row
notes="$target/notes.md"      # peers that could not be installed, and other remarks
: >"$table"; : >"$details"; : >"$notes"
loadavg() { awk '{ print $1 ", " $2 ", " $3 }' /proc/loadavg; }
say() { echo "== $*" >&2; }
wanted() { [[ " $rows_wanted " == *" $1 "* ]]; }
# A time is "WALL" or "WALL CPU" (seconds; CPU = user + system of the process and its children).
fmt() {
  awk -v t="$1" 'function f(x) { return (x >= 100) ? sprintf("%.0f", x) : (x >= 10) ? sprintf("%.1f", x) : sprintf("%.2f", x) }
    BEGIN { n = split(t, a, " "); printf "%s", f(a[1] + 0); if (n > 1) printf " (CPU %s)", f(a[2] + 0) }'
}
ratio() { # PEER_TIME CAUSAL_TIME: wall ratio, and the CPU ratio when both have one
  awk -v p="$1" -v c="$2" 'BEGIN {
    np = split(p, a, " "); nc = split(c, b, " ")
    if (np == 0 || nc == 0 || b[1] + 0 == 0) { print "—"; exit }
    printf "%.2f", a[1] / b[1]; if (np > 1 && nc > 1 && b[2] + 0 > 0) printf " (CPU %.2f)", a[2] / b[2] }'
}
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# --- peers: installed from Debian's packages only -------------------------------------------------------------
apt_updated=0
# ensure NAME CHECK_COMMAND PACKAGE… : prints nothing when usable; else installs, or records why it cannot
declare -A unavailable=()
ensure() {
  local name="$1" check="$2"; shift 2
  if bash -c "$check" >/dev/null 2>&1; then return 0; fi
  local missing=() p candidate
  for p in "$@"; do
    candidate="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
    if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
      if [ "$apt_updated" = 0 ] && [ "${SBS_INSTALL:-1}" != 0 ]; then apt-get update -qq >&2 || true; apt_updated=1; fi
      candidate="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
    fi
    if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
      unavailable[$name]="not installable (no Debian package $p)"; return 1
    fi
    missing+=("$p")
  done
  if [ "${SBS_INSTALL:-1}" = 0 ]; then unavailable[$name]="not installed (SBS_INSTALL=0; needs ${missing[*]})"; return 1; fi
  say "installing ${missing[*]} for $name"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$target/apt-$name.log" 2>&1; then
    unavailable[$name]="not installable (apt-get install ${missing[*]} failed: $(tail -n 1 "$target/apt-$name.log"))"
    return 1
  fi
  bash -c "$check" >/dev/null 2>&1 || { unavailable[$name]="not installable ($check fails after installing)"; return 1; }
}
peer_ok() { [ -z "${unavailable[$1]:-}" ]; }

ensure hyperfine "command -v hyperfine" hyperfine || true
ensure statsmodels "$py -c 'import statsmodels, pandas, scipy'" python3-statsmodels python3-pandas python3-scipy || true
ensure R "Rscript -e 'library(data.table); library(sandwich)'" r-base-core r-cran-data.table r-cran-sandwich || true
ensure AER "Rscript -e 'library(AER)'" r-cran-aer || true
ensure MatchIt "Rscript -e 'library(MatchIt)'" r-cran-matchit || true
ensure plm "Rscript -e 'library(plm)'" r-cran-plm || true
ensure fixest "Rscript -e 'library(fixest)'" r-cran-fixest || true
ensure dagitty "Rscript -e 'library(dagitty)'" r-cran-dagitty || true
peer_ok R || { echo "R with data.table is needed to generate the data: ${unavailable[R]}" >&2; exit 1; }
for name in "${!unavailable[@]}"; do echo "- $name: ${unavailable[$name]}" >>"$notes"; done

# --- Causal: build once, untimed ------------------------------------------------------------------------------
echo "// nothing" >"$target/empty.causal"
# An sql source makes the launcher treat a script as large data (C2, the vector module): its own archive kind.
echo 'data d = sql("select 1 as x")' >"$target/large-kind.causal"
say "building Causal if needed, and training its start-up archives (check, run, run on large data)"
"$repo/causal" check "$target/empty.causal" >/dev/null
"$repo/causal" run "$target/empty.causal" >/dev/null
"$repo/causal" run "$target/large-kind.causal" >/dev/null
causal_commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$repo" diff --quiet HEAD -- . ':!bench' 2>/dev/null || echo ' plus uncommitted changes')"

# --- data and timing ------------------------------------------------------------------------------------------
# dataset KIND ROWS: generate target/KIND-ROWS.csv once and point target/KIND.csv (what the scripts read) at it
dataset() {
  local file="$target/$1-$2.csv"
  if [ ! -s "$file" ]; then
    say "generating $1 ($2 rows)"
    Rscript gen.R "$1" "$2" "$file.tmp" >&2 && mv "$file.tmp" "$file"
  fi
  ln -sf "$1-$2.csv" "$target/$1.csv"
  # Into the page cache before anything is timed: with one run per size, whoever reads first would otherwise also
  # pay for the disk (a 10M-row OLS once took 6.7 s instead of 3.5 after a long peer run).
  cat "$file" >/dev/null
}

# timed KEY N COMMAND…: runs COMMAND N times and prints the median run's wall time and CPU time (user + system) in
# seconds (the run of median wall time; the lower middle one for an even N); out/KEY.jsonl and out/KEY.err are that run's stdout and stderr, so that the phases a peer reports come
# from the same run as the time. Prints "failed (exit C)" or "timeout" instead when a run fails.
timed() {
  local key="$1" n="$2"; shift 2
  local i rc
  : >"$target/out/$key.times"
  for ((i = 0; i < n; i++)); do
    rc=0
    /usr/bin/time -f "%e %U %S" -o "$target/out/$key.time" "$@" >"$target/out/$key.$i.jsonl" 2>"$target/out/$key.$i.err" || rc=$?
    cp "$target/out/$key.$i.err" "$target/out/$key.err"
    if [ "$rc" = 124 ]; then echo "timeout"; return; fi
    if [ "$rc" != 0 ]; then echo "failed (exit $rc)"; return; fi
    tail -n 1 "$target/out/$key.time" | awk -v i="$i" '{ printf "%s %.2f %d\n", $1, $2 + $3, i }' >>"$target/out/$key.times"
  done
  local median cpu run
  read -r median cpu run < <(sort -g "$target/out/$key.times" | sed -n "$(((n + 1) / 2))p")
  cp "$target/out/$key.$run.jsonl" "$target/out/$key.jsonl"
  cp "$target/out/$key.$run.err" "$target/out/$key.err"
  echo "$median $cpu"
}
is_time() { [[ "$1" =~ ^[0-9.]+( [0-9.]+)?$ ]]; }
# Commands run by /usr/bin/time, so executables rather than shell functions: Causal's JSON output, and a peer
# under a time limit.
causal=("$repo/causal" run --format json)
peer=(timeout "$peer_timeout")

# row NAME SIZE CAUSAL_CELL PEER PEER_CELL RATIO AGREEMENT
row() { echo "| $1 | $2 | $3 | $4 | $5 | $6 | $7 |" >>"$table"; }

# compare_row NAME SIZE CAUSAL_KEY CAUSAL_SECONDS PEER_NAME PEER_KEY PEER_SECONDS [CAUSAL_EXTRA]: one table line
compare_row() {
  local name="$1" size="$2" ckey="$3" cs="$4" pname="$5" pkey="$6" ps="$7" cextra="${8:-}"
  local ccell pcell agreement phases
  if is_time "$cs"; then ccell="$(fmt "$cs")${cextra:+; $cextra}"; else ccell="$cs: $(tail -n 1 "$target/out/$ckey.err")"; fi
  if is_time "$ps"; then
    phases="$($py compare.py phases "$target/out/$pkey.jsonl")"
    pcell="$(fmt "$ps")${phases:+; $phases}"
    if is_time "$cs"; then
      agreement="$($py compare.py agree "$target/out/$ckey.jsonl" "$target/out/$pkey.jsonl" "$name, $size" "$details")"
    else agreement="— (Causal did not finish)"; fi
  elif [ "$ps" = timeout ]; then pcell="did not finish in $peer_timeout s"; agreement="—"
  else pcell="$ps: $(tail -n 1 "$target/out/$pkey.err")"; agreement="—"; fi
  row "$name" "$size" "$ccell" "$pname" "$pcell" "$(is_time "$ps" && is_time "$cs" && ratio "$ps" "$cs" || echo —)" "$agreement"
}

# --- rows -----------------------------------------------------------------------------------------------------
load_start="$(loadavg)"
started_at="$(date -u '+%Y-%m-%d %H:%M UTC')"

if wanted ols; then
  dataset ols "$ols_rows"
  say "ols: $ols_rows rows (load $(loadavg))"
  cs="$(timed causal_ols "$runs" "${causal[@]}" causal/ols.causal)"
  cl="$(timed causal_ols_load "$runs" "${causal[@]}" causal/ols_load.causal)"
  if peer_ok statsmodels; then
    ps="$(timed statsmodels_ols "$runs" "${peer[@]}" "$py" peers/ols_statsmodels.py "$target/ols.csv")"
    compare_row "OLS + HC1, 10 covariates" "$(thousands "$ols_rows") rows" causal_ols "$cs" \
      "statsmodels OLS(…).fit(cov_type='HC1')" statsmodels_ols "$ps" "reading alone $(fmt "$cl")"
  else
    row "OLS + HC1, 10 covariates" "$(thousands "$ols_rows") rows" "$(fmt "$cs")" statsmodels "${unavailable[statsmodels]}" — —
  fi
fi

if wanted psm; then
  say "psm: $psm_rows rows for Causal, $psm_peer_rows for MatchIt (load $(loadavg))"
  sizes="$psm_peer_rows"; [ "$psm_rows" != "$psm_peer_rows" ] && sizes="$psm_peer_rows $psm_rows"
  for n in $sizes; do
    dataset psm "$n"
    cs="$(timed "causal_psm_$n" "$runs" "${causal[@]}" causal/psm.causal)"
    name="PSM 1:1 nearest, ATT, no caliper (LaLonde replicated)"
    if [ "$n" != "$psm_peer_rows" ]; then
      row "$name" "$(thousands "$n") rows" "$(fmt "$cs")" "MatchIt" \
        "not run at this size: its nearest-neighbour matcher compares each treated unit with every control, so its time grows with the square of the rows; compared at $(thousands "$psm_peer_rows") rows above" — —
    elif peer_ok MatchIt; then
      ps="$(timed "matchit_$n" "$runs" "${peer[@]}" Rscript peers/psm_matchit.R "$target/psm.csv")"
      compare_row "$name" "$(thousands "$n") rows" "causal_psm_$n" "$cs" \
        "MatchIt matchit(method = 'nearest'), score × 1e9 (see notes)" "matchit_$n" "$ps"
    else
      row "$name" "$(thousands "$n") rows" "$(fmt "$cs")" MatchIt "${unavailable[MatchIt]}" — —
    fi
  done
fi

if wanted iv; then
  dataset iv "$iv_rows"
  say "iv: $iv_rows rows (load $(loadavg))"
  cs="$(timed causal_iv "$runs" "${causal[@]}" causal/iv.causal)"
  name="2SLS, 2 instruments + 2 exogenous, HC1 (simulated)"
  if peer_ok AER; then
    ps="$(timed aer_iv "$runs" "${peer[@]}" Rscript peers/iv_aer.R "$target/iv.csv")"
    compare_row "$name" "$(thousands "$iv_rows") rows" causal_iv "$cs" "AER::ivreg + sandwich::vcovHC(HC1)" aer_iv "$ps"
  else
    row "$name" "$(thousands "$iv_rows") rows" "$(fmt "$cs")" AER "${unavailable[AER]}" — —
  fi
  if peer_ok statsmodels; then
    ps="$(timed statsmodels_iv "$runs" "${peer[@]}" "$py" peers/iv_statsmodels.py "$target/iv.csv")"
    compare_row "$name" "$(thousands "$iv_rows") rows" causal_iv "$cs" \
      "statsmodels sandbox IV2SLS (classical SE only)" statsmodels_iv "$ps"
  fi
  echo "- linearmodels (Python IV with robust errors): not installable (not packaged for Debian); statsmodels' sandbox IV2SLS has classical standard errors only, so only its estimate is compared." >>"$notes"
fi

if wanted mroz; then
  dataset mroz 428
  say "mroz (load $(loadavg))"
  cs="$(timed causal_mroz "$small_runs" "${causal[@]}" causal/mroz.causal)"
  if peer_ok AER; then
    ps="$(timed aer_mroz "$small_runs" "${peer[@]}" Rscript peers/mroz_aer.R "$target/mroz.csv")"
    compare_row "2SLS end to end: Mroz (AER's PSID1976), return to education" "428 rows" causal_mroz "$cs" \
      "AER::ivreg, HC1 and classical SEs" aer_mroz "$ps"
  else
    row "2SLS end to end: Mroz" "428 rows" "$(fmt "$cs")" AER "${unavailable[AER]}" — —
  fi
fi

if wanted twfe; then
  say "twfe: $twfe_rows rows for Causal, $twfe_peer_rows for plm (load $(loadavg))"
  sizes="$twfe_peer_rows"; [ "$twfe_rows" != "$twfe_peer_rows" ] && sizes="$twfe_peer_rows $twfe_rows"
  for n in $sizes; do
    dataset twfe "$n"
    units=$((n / (n >= 10000 ? 100 : 10)))
    size="$(thousands "$n") rows ($(thousands "$units") units)"
    name="TWFE, unit + period effects, clustered by unit"
    cs="$(timed "causal_twfe_$n" "$runs" "${causal[@]}" causal/twfe.causal)"
    cl="$(timed "causal_twfe_load_$n" "$runs" "${causal[@]}" causal/twfe_load.causal)"
    if [ "$n" != "$twfe_peer_rows" ]; then
      row "$name" "$size" "$(fmt "$cs"); reading alone $(fmt "$cl")" plm "not run at this size (SBS_TWFE_PEER_ROWS=$twfe_peer_rows)" — —
    elif peer_ok plm; then
      ps="$(timed "plm_$n" "$runs" "${peer[@]}" Rscript peers/twfe_plm.R "$target/twfe.csv")"
      compare_row "$name" "$size" "causal_twfe_$n" "$cs" "plm(model = 'within', effect = 'twoways')" "plm_$n" "$ps" \
        "reading alone $(fmt "$cl")"
    else
      row "$name" "$size" "$(fmt "$cs")" plm "${unavailable[plm]}" — —
    fi
  done
  peer_ok fixest || row "$name" "—" "—" "fixest::feols" "${unavailable[fixest]}" — —
fi

if wanted dags; then
  say "dags (load $(loadavg))"
  # Every minimal adjustment set on a 1,000-node random DAG with 13 backdoor paths (2^13 sets): the graph kind of
  # AdjustmentSetsBenchmark, written by gen_dag.py; `identify` lists them at check time, so the run is the answer.
  $py gen_dag.py 1000 13 9 "$target/dag-1000.causal"
  cs="$(timed causal_dag "$small_runs" "${causal[@]}" "$target/dag-1000.causal")"
  name="every minimal adjustment set, random DAG"
  size="1,000 nodes"
  if is_time "$cs"; then
    sets="$($py -c 'import json, sys; print(len(json.loads(open(sys.argv[1]).readline())["backdoor_sets"]))' \
      "$target/out/causal_dag.jsonl")"
    size="1,000 nodes, $(thousands "$sets") sets"
    cs="$(fmt "$cs")"
  else
    cs="$cs: $(tail -n 1 "$target/out/causal_dag.err")"
  fi
  # No peer script: dagitty is in no Debian package and not on npm; its JavaScript library was measured by hand
  # (bench/results/latest.md).
  why="${unavailable[dagitty]:-installed, but no peer script: none could be tested on this machine kind}"
  row "$name" "$size" "$cs" "dagitty adjustmentSets(type = 'minimal')" \
    "$why; not on npm either (by hand, dagitty's JavaScript library: bench/results/latest.md)" — —
fi

if wanted als; then
  say "als against Spark MLlib (load $(loadavg))"
  # In one JVM on the same synthetic ratings (causal.bench.SparkAlsSideBySide: MovieLens-shaped, scaled to the
  # ratings asked): one ALS iteration with 64 factors, causal.recommend's against MLlib's (local[*], the ratings
  # cached and counted first), each the best of 2 after a warm-up on a tenth of the data. Spark MLlib comes from
  # Maven Central with the bench module (mvn -Pbench), as Spark does for engine-spark.
  name="ALS, 64 factors, one iteration (MovieLens-shaped synthetic ratings, in one JVM)"
  als_ratings="${SBS_ALS_RATINGS:-$als_big}"
  newest_bench_jar() { ls -t "$repo"/bench/target/causal-bench-*.jar 2>/dev/null | head -n 1 || true; }
  bench_jar="$(newest_bench_jar)"
  built=1
  if [ ! -f "$bench_jar" ] || [ ! -d "$repo/bench/target/lib" ] || [ -n "$(find "$repo/pom.xml" \
      "$repo"/{bench,stdlib,grammar,interpreter,engine-spark}/src/main "$repo"/{bench,stdlib,grammar,interpreter,engine-spark}/pom.xml \
      -newer "$bench_jar" -print -quit 2>/dev/null)" ]; then
    say "building the bench module"
    (cd "$repo" && mvn -q -B -Pbench -pl bench -am -Dmaven.test.skip=true package >"$target/out/bench-build.log" 2>&1) \
      || built=0
    bench_jar="$(newest_bench_jar)"
  fi
  rc=0
  if [ "$built" = 1 ]; then
    # Spark's JVM flags, as engine-spark's tests take them.
    read -r -a spark_flags < <(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$repo/engine-spark/pom.xml") || true
    SPARK_LOCAL_IP=127.0.0.1 java -Xmx"${SBS_ALS_HEAP:-18g}" ${spark_flags[@]+"${spark_flags[@]}"} \
      -cp "$bench_jar:$repo/bench/target/lib/*" causal.bench.SparkAlsSideBySide "$als_ratings" 2 \
      >"$target/out/als.md" 2>"$target/out/als.err" || rc=$?
  fi
  # Its row: | ratings | users x items | factors | causal s | MLlib s | ratio | load before; after |
  als_row="$( [ "$built" = 1 ] && grep -E '^\| [0-9]' "$target/out/als.md" | tail -n 1 || true)"
  if [ "$built" = 0 ]; then
    row "$name" "$(thousands "$als_ratings") ratings" "not run: the bench module did not build ($(tail -n 1 \
      "$target/out/bench-build.log"))" "Spark MLlib ALS" — — —
  elif [ "$rc" = 0 ] && [ -n "$als_row" ]; then
    IFS='|' read -r _ a_ratings a_shape _ a_causal a_spark a_ratio _ <<<"$als_row"
    a_causal="$(echo "$a_causal" | tr -d ' s')"; a_spark="$(echo "$a_spark" | tr -d ' s')"
    a_shape="$(echo "$a_shape" | xargs)"
    # The ratio as the program computed it, from the unrounded times.
    row "$name" "$(echo "$a_ratings" | xargs) ratings, ${a_shape% x *} users × ${a_shape#* x } items" \
      "$(fmt "$a_causal")" "Spark MLlib ALS, maxIter 1 (local[*])" "$(fmt "$a_spark")" "$(echo "$a_ratio" | tr -d ' x')" \
      "not compared: MLlib keeps 32-bit factors from other random starts (the fitting alone is timed, not start-up)"
  else
    row "$name" "$(thousands "$als_ratings") ratings" "failed (exit $rc): $(tail -n 1 "$target/out/als.err")" \
      "Spark MLlib ALS" — — —
  fi
fi

if wanted examples; then
  say "examples (load $(loadavg))"
  # A copy, so that the plots the examples draw are written under target/, not into examples/.
  rm -rf "$target/examples" && cp -r "$repo/examples" "$target/examples"
  for script in "$target"/examples/*/*.causal; do
    ex="$(basename "$(dirname "$script")")/$(basename "$script")"
    key="example_$(basename "$script" .causal)"
    cs="$(timed "$key" "$small_runs" "${causal[@]}" "$script")"
    case "$ex" in
      jobs/jobs.causal)
        if peer_ok MatchIt; then
          ps="$(timed peer_jobs "$small_runs" "${peer[@]}" Rscript peers/jobs.R "$target/examples/jobs/data/lalonde.csv")"
          compare_row "example $ex (naive, ols, ipw, psm, aipw)" "614 rows" "$key" "$cs" "R: lm + sandwich, glm, MatchIt" peer_jobs "$ps"
        else row "example $ex" "614 rows" "$(fmt "$cs")" "R" "${unavailable[MatchIt]}" — —; fi ;;
      stores/stores.causal)
        ps="$(timed peer_stores "$small_runs" "${peer[@]}" Rscript peers/stores.R "$target/examples/stores/data/stores.csv")"
        compare_row "example $ex (twfe, 500 permutations, event study, 2 placebos)" "2,400 rows" "$key" "$cs" \
          "R: lm with dummies + sandwich::vcovCL" peer_stores "$ps" "drawing the event-study plot too" ;;
      music/music_taste.causal)
        # The checker refuses this one on purpose (a latent confounder): exit 1 is its expected outcome.
        cs="$( (/usr/bin/time -f "%e %U %S" -o "$target/out/$key.time" "$repo/causal" run "$script" >/dev/null 2>&1 || true)
               tail -n 1 "$target/out/$key.time" | awk '{ printf "%s %.2f", $1, $2 + $3 }')"
        row "example $ex (refused by the checker, exit 1, as intended)" "—" "$(fmt "$cs")" "—" "no peer: identification is Causal's own step" — — ;;
      *)
        why="no peer script written"
        case "$ex" in
          email/*) why="no peer script: its dml with forest and gbm learners needs EconML/DoubleML, not installable" ;;
          email-uplift/*) why="no peer script: meta-learners and grf's causal forest are not packaged for Debian" ;;
          movies/*) why="no peer script (recommenders: no Debian-packaged peer)" ;;
          bandits/*) why="no peer script (bandit simulation: no Debian-packaged peer)" ;;
          checkout/*) why="data simulated inside the script, which Causal cannot write out; its estimates are compared on a CSV of the same model in the row 'experiment end to end'" ;;
          music/*) why="no peer script (data simulated inside the script)" ;;
        esac
        row "example $ex" "—" "$(is_time "$cs" && fmt "$cs" || echo "$cs")" "—" "$why" — — ;;
    esac
  done
  dataset checkout 8000
  cs="$(timed causal_checkout "$small_runs" "${causal[@]}" causal/checkout.causal)"
  if peer_ok statsmodels; then
    ps="$(timed peer_checkout "$small_runs" "${peer[@]}" "$py" peers/checkout.py "$target/checkout.csv")"
    compare_row "experiment end to end: checkout's ztest, bayes, welch, cuped, holm (CSV of its model)" "8,000 rows" \
      causal_checkout "$cs" "statsmodels + scipy" peer_checkout "$ps"
  fi
fi

if wanted startup; then
  say "startup (load $(loadavg))"
  cp "$repo/examples/jobs/jobs.causal" "$target/startup-jobs.causal"
  mkdir -p "$target/data" && cp "$repo/examples/jobs/data/lalonde.csv" "$target/data/lalonde.csv"
  startup() { # KEY COMMAND: median wall of 10 runs after 2 warm-ups and the mean CPU time, in seconds
    if command -v hyperfine >/dev/null; then
      hyperfine --style none --warmup 2 --runs 10 --export-json "$target/out/startup-$1.json" "$2" >/dev/null 2>&1
      $py -c "import json, sys; r = json.load(open(sys.argv[1]))['results'][0]; print(r['median'], r['user'] + r['system'])" \
        "$target/out/startup-$1.json"
    else
      bash -c "$2" >/dev/null 2>&1; bash -c "$2" >/dev/null 2>&1
      timed "startup-$1" 10 bash -c "$2"
    fi
  }
  check="$(startup check "'$repo/causal' check '$target/startup-jobs.causal'")"
  run_empty="$(startup run "'$repo/causal' run '$target/empty.causal'")"
  r_start="$(startup r "Rscript -e 'suppressPackageStartupMessages({library(MatchIt); library(sandwich)})'")"
  py_start="$(startup py "$py -c 'import statsmodels.api, pandas'")"
  row "start-up: \`causal check\` of examples/jobs (median of 10)" "—" "$(fmt "$check")" \
    "Rscript loading MatchIt + sandwich" "$(fmt "$r_start")" "$(ratio "$r_start" "$check")" "—"
  row "start-up: \`causal run\` of an empty script (median of 10)" "—" "$(fmt "$run_empty")" \
    "python3 importing statsmodels.api + pandas" "$(fmt "$py_start")" "$(ratio "$py_start" "$run_empty")" "—"
fi

load_end="$(loadavg)"

# --- the report -----------------------------------------------------------------------------------------------
# The file keeps one section per mode (full, quick); a run replaces its own section and leaves the other as it was,
# and keeps a hand-written "findings" section (between <!-- section: findings --> and <!-- end: findings -->).
mode="$([ "$quick" = 1 ] && echo quick || echo full)"
section="$target/section-$mode.md"
{
  echo "<!-- section: $mode -->"
  echo "## $([ "$quick" = 1 ] && echo "Quick mode (SBS_QUICK=1)" || echo "Full sizes"): $rows_wanted"
  echo
  echo "Written by \`bench/side-by-side/run.sh${*:+ $*}\`$([ "$quick" = 1 ] && echo " with SBS_QUICK=1") on $started_at;" \
    "$(nproc) cores shared with other work, load average (1, 5, 15 min) **$load_start** at the start and **$load_end** at the end."
  echo "Causal at commit $causal_commit on $("${CAUSAL_JAVA_HOME:+$CAUSAL_JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)" \
    "$([ -n "${CAUSAL_JAVA_HOME:-}" ] && echo "(CAUSAL_JAVA_HOME)"); $(R --version | head -n 1);" \
    "Python $($py -c 'import sys; print(sys.version.split()[0])'). Median of $runs run(s) for the data-sized rows," \
    "of $small_runs for the examples and the Mroz row."
  echo
  echo "| row | data | Causal s | peer | peer s | ratio peer/Causal | agreement |"
  echo "|---|---|---|---|---|---|---|"
  cat "$table"
  if [ -s "$notes" ]; then echo; cat "$notes"; fi
  echo
  echo "### Every compared number ($mode)"
  cat "$details"
  echo "<!-- end: $mode -->"
} >"$section"

mkdir -p "$(dirname "$out_md")"
kept() { # the other mode's section from the current file, if any
  [ -f "$out_md" ] && awk -v m="$1" '$0 == "<!-- section: " m " -->" { on = 1 } on { print } $0 == "<!-- end: " m " -->" { on = 0 }' "$out_md"
}
other="$([ "$mode" = quick ] && echo full || echo quick)"
other_section="$(kept "$other" || true)"
findings="$(kept findings || true)"
{
  echo "# Causal side by side"
  echo
  echo "Causal and the tools people use today, run on the same generated CSV in the same run (\`bench/side-by-side/run.sh\`;"
  echo "see \`bench/side-by-side/README.md\`). Each command is timed whole with \`/usr/bin/time\`: JVM or interpreter"
  echo "start-up and CSV reading included. Cells give the wall time and, in brackets, the CPU time (user + system): on this"
  echo "shared 2-core machine other work ran at the same time (see the load averages), so wall times swing by 2-3x between"
  echo "runs while CPU times hold; read the CPU ratio first. Causal's JSON output carries no timings, so its fitting time"
  echo "cannot be separated from the command; \"reading alone\" is a second run of the same \`data\` statement with \`print\`"
  echo "(which reads every row). The peers report their CSV reading and fitting (wall) inside their script. Ratio = peer"
  echo "time / Causal time (above 1: Causal is faster). Agreement: relative difference at most 1e-6 for the estimate and"
  echo "for its standard error."
  echo
  echo "Peers (Debian packages only):"
  echo "- MatchIt is Debian's 4.5.1, whose C++ matcher takes an integer \`abs()\` of score differences (as"
  echo "  docs/language.md records; every difference is below 1 on the propensity scale), so \`distance = \"glm\"\` matches"
  echo "  wrongly (ATT 770.39 instead of 894.37 on LaLonde). The peer passes the glm score times 1e9 as the distance (the"
  echo "  same order and the same nearest neighbours), which reproduces MatchIt 4.5.5's matched sets exactly (894.367480270,"
  echo "  SE 705.2298; with the caliper, scaled alike, 1362.18167832)."
  echo "- plm's clustered standard error (\`vcovHC(method = \"arellano\", cluster = \"group\")\`, HC0) is multiplied by"
  echo "  fixest's small-sample factor G/(G−1)·(n−1)/(n−K), K = 1 + periods, which Causal uses; plm's own number is in"
  echo "  the peer's JSON (\`std_error_plm\`)."
  echo "- Data: \`bench/side-by-side/gen.R\` (R, data.table's fwrite), seeded; each size is generated once into"
  echo "  \`bench/side-by-side/target/\` (gitignored)."
  echo
  [ -n "$findings" ] && { echo "$findings"; echo; }
  if [ "$mode" = full ]; then cat "$section"; [ -n "$other_section" ] && { echo; echo "$other_section"; }
  else [ -n "$other_section" ] && { echo "$other_section"; echo; }; cat "$section"; fi
} >"$out_md.tmp"
mv "$out_md.tmp" "$out_md"
cat "$section"
