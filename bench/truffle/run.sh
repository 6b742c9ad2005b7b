#!/usr/bin/env bash
# Truffle's optimising runtime side by side with its interpreter mode, on scripts heavy in `simulate` and `with`
# (the only places where Causal runs Truffle node trees over the rows; see bench/results/truffle.md). Each script is run
# whole through ./causal (JVM start-up included) in four set-ups:
#   jdk17        the default: OpenJDK 17, Truffle in interpreter mode
#   jdk25-int    Temurin 25, Truffle in interpreter mode (./causal's default on every JDK)
#   jdk25-opt    Temurin 25, CAUSAL_TRUFFLE=optimising: JVMCI, Graal on the upgrade module path
#   jdk25-eager  as jdk25-opt, but every call target compiled before its first call (experimental options;
#                not something to use, only to show what compiled expression trees would buy at best)
# RUNS timed runs each (median of wall and of CPU = user + system); outputs (--format json) compared between the
# set-ups; the load average noted. Writes bench/results/truffle.md. Never part of ./test; nothing asserts a time.
#
# usage: bench/truffle/run.sh [SCRIPT…]        scripts: model20 pipeline mixed (default: all)
# environment: TRUFFLE_RUNS (3), TRUFFLE_JDK17 (the java home of `java` on PATH), TRUFFLE_JDK25
#              (/usr/lib/jvm/temurin-25-jdk-amd64), TRUFFLE_SETUPS (all four), TRUFFLE_OUT (bench/results/truffle.md)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="$here/target"
mkdir -p "$target"
runs="${TRUFFLE_RUNS:-3}"
jdk17="${TRUFFLE_JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jdk25="${TRUFFLE_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
setups="${TRUFFLE_SETUPS:-jdk17 jdk25-int jdk25-opt jdk25-eager}"
scripts="${*:-model20 pipeline mixed}"
out_md="${TRUFFLE_OUT:-$repo/bench/results/truffle.md}"
loadavg() { awk '{ print $1 ", " $2 ", " $3 }' /proc/loadavg; }
version() { sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release"; }

# The environment of one set-up, as NAME=VALUE words for env(1).
setup_env() {
  case "$1" in
    jdk17)       echo "CAUSAL_JAVA_HOME=$jdk17 CAUSAL_TRUFFLE=interpreter" ;;
    jdk25-int)   echo "CAUSAL_JAVA_HOME=$jdk25 CAUSAL_TRUFFLE=interpreter" ;;
    jdk25-opt)   echo "CAUSAL_JAVA_HOME=$jdk25 CAUSAL_TRUFFLE=optimising" ;;
    jdk25-eager) echo "CAUSAL_JAVA_HOME=$jdk25 CAUSAL_TRUFFLE=optimising" ;;
  esac
}
setup_opts() { # JVM options beyond the launcher's: trace compilations into a file (counted, not printed)
  case "$1" in
    jdk25-opt)   echo "-Dpolyglot.log.file=$2 -Dpolyglot.engine.TraceCompilation=true" ;;
    jdk25-eager) echo "-Dpolyglot.log.file=$2 -Dpolyglot.engine.TraceCompilation=true
                       -Dpolyglot.engine.AllowExperimentalOptions=true -Dpolyglot.engine.CompileImmediately=true
                       -Dpolyglot.engine.BackgroundCompilation=false" ;;
  esac
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

[ -n "$(ls "$repo"/cli/target/jvmci/*.jar 2>/dev/null)" ] || (cd "$repo" && mvn -q -B -DskipTests package)
"$repo/causal" check "$here/model20.causal" >/dev/null   # builds Causal if needed, before anything is timed
for s in $setups; do   # one untimed run each, so that every set-up's class-data archive exists
  env $(setup_env "$s") "$repo/causal" run "$repo/examples/checkout/checkout.causal" >/dev/null 2>&1
done

table="$target/table.md"; : >"$table"
for script in $scripts; do
  load_before="$(loadavg)"
  row="| \`$script\` |"
  reference=""; identical=yes
  for s in $setups; do
    walls=(); cpus=(); compiled=()
    for ((i = 1; i <= runs; i++)); do
      log="$target/$script.$s.$i.log"; rm -f "$log"
      echo "== $script $s run $i (load $(loadavg))" >&2
      env $(setup_env "$s") CAUSAL_JAVA_OPTS="$(setup_opts "$s" "$log")" /usr/bin/time -f "%e %U %S" \
        -o "$target/time" "$repo/causal" run "$here/$script.causal" --format json >"$target/$script.$s.json"
      read -r wall user sys <"$target/time"
      walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
      done_count="$(grep -c 'opt done' "$log" 2>/dev/null || true)"; compiled+=("${done_count:-0}")
    done
    if [ -z "$reference" ]; then reference="$target/$script.$s.json"
    elif ! cmp -s "$reference" "$target/$script.$s.json"; then identical="no ($s differs)"; fi
    wall="$(printf '%s\n' "${walls[@]}" | median)"; cpu="$(printf '%s\n' "${cpus[@]}" | median)"
    note=""; case "$s" in jdk25-*) [ "$s" = jdk25-int ] || note=", $(printf '%s\n' "${compiled[@]}" | median) compiled" ;; esac
    row="$row $(printf '%.1f' "$wall") (CPU $(printf '%.1f' "$cpu")$note) |"
  done
  echo "$row $identical | $load_before → $(loadavg) |" >>"$table"
done

findings=""
if [ -f "$out_md" ] && grep -q '^<!-- section: findings -->' "$out_md"; then
  findings="$(sed -n '/^<!-- section: findings -->/,$p' "$out_md")"
fi
{
  echo "# Truffle's optimising runtime, side by side"
  echo
  echo "\`bench/truffle/run.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores shared with other work; $runs runs each, medians)."
  echo "Each cell: wall seconds of the whole \`./causal run SCRIPT --format json\` (JVM start-up included), CPU"
  echo "seconds (user + system, every thread) in brackets, and for the optimising set-ups the number of Truffle"
  echo "compilations that finished during the run. Java: jdk17 = $(version "$jdk17") (Truffle interpreter mode),"
  echo "jdk25 = $(version "$jdk25"); -int = interpreter mode (the default), -opt = \`CAUSAL_TRUFFLE=optimising\`, the"
  echo "optimising runtime as \`./causal\` starts it, -eager = -opt compiling every call target before its first call (experimental options, a ceiling,"
  echo "not a setting). Outputs: the JSON of every set-up compared byte for byte with the first's."
  echo
  echo "| script | $(echo $setups | sed 's/ / | /g') | outputs identical | load average before → after |"
  echo "|---|$(for s in $setups; do printf -- '---|'; done)---|---|"
  cat "$table"
  echo
  echo "Scripts (\`bench/truffle/\`): \`model20\` simulates a 20-variable structural model at 5,000,000 rows; \`pipeline\`"
  echo "simulates 5 columns at 5,000,000 rows then derives 30 columns in three chained \`with\` blocks and a \`where\`;"
  echo "\`mixed\` simulates a 10-variable model five times at 1,000,000 rows, each with an 8-column \`with\`. Each ends"
  echo "in one or two OLS fits over every row, so that the compared output depends on all of them."
  if [ -n "$findings" ]; then echo; echo "$findings"; fi
} >"$out_md"
echo "wrote $out_md" >&2
