#!/usr/bin/env bash
# Runs the JMH suite and writes benchmarks/target/jmh.json (all results) and benchmarks/target/jmh.md (tables).
#
# Usage: benchmarks/run.sh [--smoke] [--sizes 10000,100000,1000000] [--only REGEX] [--no-build] [-- JMH options]
#   --smoke     tiny graphs (1,000 nodes), one fork, no warm-up, one iteration: about a minute; CI runs this so the
#               suite never rots (the JUnit smoke tests already call every benchmark body once)
#   --sizes     node counts of the social network (about 10 edges per node); JGraphT runs only on sizes up to 100,000,
#               exact edge betweenness always on the 10,000-node / 50,000-edge network
#   --only      run only the benchmark classes whose simple name matches REGEX (for example 'Tie|^Bridges')
#   --no-build  use the existing benchmarks/target/benchmarks.jar
#   extra options after -- go to every JMH invocation (for example -- -wi 0 -i 1)
# Graphs are generated once and cached in benchmarks/target/graphs/ (delete it to regenerate). The full default run
# (sizes 10,000 to 1,000,000, one warm-up and three measured single shots) takes about half an hour on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
smoke=0
sizes="10000,100000,1000000"
only=""
build=1
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; shift ;;
    --sizes) sizes="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
jar="$here/target/benchmarks.jar"
if [ "$build" = 1 ] || [ ! -f "$jar" ]; then
  echo "run.sh: building benchmarks.jar" >&2
  (cd "$root" && mvn -B -q -ntp -pl benchmarks -am package -DskipTests) >&2
fi
out="$here/target/jmh"
rm -rf "$out"
mkdir -p "$out"
cd "$root"

if [ "$smoke" = 1 ]; then
  sizes=1000
  edges=10000
  observations=10000
  bn=500
  iters=(-f 1 -wi 0 -i 1 -w 1s -r 1s)
  slow_iters=("${iters[@]}")
else
  edges=$(echo "$sizes" | tr ',' '\n' | awk '{ printf "%s%d", (NR > 1 ? "," : ""), $1 * 10 }')
  observations=1000000
  bn=10000
  iters=(-f 1 -wi 1 -i 3)
  slow_iters=(-f 1 -wi 0 -i 1)
fi
jg_sizes=$(echo "$sizes" | tr ',' '\n' | awk '$1 <= 100000' | paste -sd, -)
jg_edges=$(echo "$jg_sizes" | tr ',' '\n' | awk 'NF { printf "%s%d", (NR > 1 ? "," : ""), $1 * 10 }')

run_jmh() { # name "Class Class ..." jmh-args...
  local name="$1" classes="$2" regex
  shift 2
  if [ -n "$only" ]; then
    classes=$(echo "$classes" | tr ' ' '\n' | grep -E "$only" | paste -sd' ' - || true)
  fi
  [ -z "$classes" ] && return 0
  regex="\\.($(echo "$classes" | tr ' ' '|'))\\."
  echo "run.sh: $name: $classes" >&2
  # an iteration option given after -- (-f, -wi, -i, -w, -r) replaces the default one: JMH takes each only once
  local args=() flag
  while [ $# -gt 0 ]; do
    flag="$1"
    case "$flag" in
      -f|-wi|-i|-w|-r)
        if printf '%s\n' "${extra[@]}" | grep -qx -- "$flag"; then shift 2; continue; fi ;;
    esac
    args+=("$1")
    shift
  done
  java -jar "$jar" "$regex" "${args[@]}" "${extra[@]}" -rf json -rff "$out/$name.json" | tee "$out/$name.log" \
    | grep -E 'Benchmark|ERROR|Exception' | grep -v -E 'result is saved|^#' >&2 || true
}

# weakties on every size
run_jmh weakties "LoadBenchmark BuildBenchmark TieStrengthBenchmark ReachBenchmark BridgesBenchmark \
LocalBridgesBenchmark SampledBetweennessBenchmark StructuralHolesBenchmark PercolationBenchmark GenerateBenchmark" \
  -p impl=weakties -p n="$sizes" -p edges="$edges" "${iters[@]}"
# JGraphT up to 100,000 nodes
if [ -n "$jg_sizes" ]; then
  run_jmh jgrapht "LoadBenchmark BuildBenchmark TieStrengthBenchmark BridgesBenchmark" -p impl=jgrapht \
    -p n="$jg_sizes" -p edges="$jg_edges" "${iters[@]}"
fi
# exact edge betweenness on the betweenness network (JGraphT takes minutes per run: a single shot)
run_jmh betweenness-weakties EdgeBetweennessBenchmark -p impl=weakties -p n="$bn" "${iters[@]}"
run_jmh betweenness-jgrapht EdgeBetweennessBenchmark -p impl=jgrapht -p n="$bn" "${slow_iters[@]}"
# curve fitting
run_jmh curve CurveBenchmark -p observations="$observations" "${iters[@]}"

shopt -s nullglob
/usr/bin/python3 "$here/jmh_report.py" "$out"/*.json --json "$here/target/jmh.json" --markdown "$here/target/jmh.md"
