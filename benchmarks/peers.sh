#!/usr/bin/env bash
# Side-by-side comparison of weakties with igraph, JGraphT and NetworkX on the project's social network.
#
# Usage: benchmarks/peers.sh [--sizes karate,10000,100000] [--tasks load,overlap,...] [--tools weakties,igraph,...]
#                            [--betweenness-n 10000] [--cap 600] [--threads 2] [--out DIR] [--no-build]
#
# For every size N it generates the edge list once with `./weakties generate social --n N --seed 1` (the JMH
# suite's graphs), writes the whitespace copy (.ncol) that igraph reads, and runs every tool x task in its own
# process under `timeout CAP`. `karate` is Zachary's karate club from the core test resources: all tools run every
# task on it first, so definitions are checked on a small graph. Exact edge betweenness runs on karate and on a
# separate network of --betweenness-n nodes with mean degree 10 (about 5 edges per node) only. NetworkX runs on
# graphs of at most --networkx-max nodes (default 10000), JGraphT on at most --jgrapht-max (default 100000).
# Each result is one JSON line appended to OUT/results.jsonl (a timeout or a crash gets a line saying so); then
# benchmarks/peers/report.py checks that the answers agree and writes OUT/peers.md and OUT/peers.png.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
sizes="karate,10000,100000"
tasks="load,overlap,reach2,bridges,local_bridges,constraint,clustering,edge_betweenness"
tools="weakties,igraph,jgrapht,networkx"
bn=10000
cap=600
threads=2
out="$here/target/peers"
build=1
nx_max=10000
jg_max=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --tasks) tasks="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --betweenness-n) bn="$2"; shift 2 ;;
    --cap) cap="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --networkx-max) nx_max="$2"; shift 2 ;;
    --jgrapht-max) jg_max="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "peers.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
jar="$here/target/benchmarks.jar"
if [ "$build" = 1 ] || [ ! -f "$jar" ]; then
  echo "peers.sh: building benchmarks.jar" >&2
  (cd "$root" && mvn -B -q -ntp -pl benchmarks -am package -DskipTests) >&2
fi
py=/usr/bin/python3
results="$out/results.jsonl"

# ncol copy for igraph: "source target weight" without header, columns found by name.
write_ncol() {
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "source") s = i; if ($i == "target") t = i;
                                                  if ($i == "weight") w = i } next }
           { print $s, $t, (w ? $w : 1) }' "$1" > "${1%.csv}.ncol"
}

graph_file() { # N [mean degree] -> path of the CSV, generated when missing
  local n="$1" k="${2:-20}" f
  if [ "$n" = karate ]; then
    f="$out/karate.csv"
    [ -f "$f" ] || cp "$root/core/src/test/resources/graphs/karate.csv" "$f"
  else
    f="$out/social-n$n-k$k-s1.csv"
    if [ ! -f "$f" ]; then
      echo "peers.sh: generating $f" >&2
      (cd "$root" && WEAKTIES_HEAP="${WEAKTIES_HEAP:-16g}" ./weakties generate social --n "$n" --mean-degree "$k" \
        --seed 1 --out "$f") >&2
    fi
  fi
  [ -f "${f%.csv}.ncol" ] || write_ncol "$f"
  echo "$f"
}

nodes_of() { # karate -> 34, else the number
  if [ "$1" = karate ]; then echo 34; else echo "$1"; fi
}

has_task() { # tool task
  case "$1:$2" in
    weakties:*|igraph:*|networkx:*) return 0 ;;
    jgrapht:load|jgrapht:overlap|jgrapht:bridges|jgrapht:clustering|jgrapht:edge_betweenness|jgrapht:noop) return 0 ;;
    *) return 1 ;;
  esac
}

run_one() { # tool task file
  local tool="$1" task="$2" file="$3" cmd rc line err
  case "$tool" in
    weakties|jgrapht)
      cmd=(java -Xmx16g -XX:+UseParallelGC -cp "$jar" org.weakties.bench.peers.PeerTask "$tool" "$task" "$file"
           --threads "$threads") ;;
    igraph|networkx) cmd=("$py" "$here/peers/peer_tasks.py" "$tool" "$task" "$file") ;;
  esac
  echo "peers.sh: $tool $task $(basename "$file")" >&2
  err="$out/last-stderr.txt"
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  set +e
  line=$(timeout "$cap" "${cmd[@]}" 2> "$err" | tail -1)
  rc=$?  # pipefail: the status of timeout (124 when killed) or of the tool
  set -e
  if [ $rc -eq 0 ] && [ -n "$line" ]; then
    # the machine's 1-minute load average before and after the run, a hint of interference
    echo "${line%\}}, \"loadavg_before\": $load_before, \"loadavg_after\": $(cut -d' ' -f1 /proc/loadavg)}" >> "$results"
  elif [ $rc -eq 124 ]; then
    printf '{"tool": "%s", "task": "%s", "file": "%s", "timeout": %s}\n' "$tool" "$task" "$(basename "$file")" \
      "$cap" >> "$results"
  else
    msg=$(tail -3 "$err" | tr '\n"\\' '   ' | cut -c1-300)
    printf '{"tool": "%s", "task": "%s", "file": "%s", "error": "exit %s: %s"}\n' "$tool" "$task" \
      "$(basename "$file")" "$rc" "$msg" >> "$results"
  fi
}

IFS=, read -r -a size_list <<< "$sizes"
IFS=, read -r -a task_list <<< "$tasks"
IFS=, read -r -a tool_list <<< "$tools"

allowed() { # tool nodes
  case "$1" in
    networkx) [ "$2" -le "$nx_max" ] ;;
    jgrapht) [ "$2" -le "$jg_max" ] ;;
    *) return 0 ;;
  esac
}

# memory baselines
for tool in "${tool_list[@]}"; do
  run_one "$tool" noop "$(graph_file karate)"
done

for size in "${size_list[@]}"; do
  file=$(graph_file "$size")
  nodes=$(nodes_of "$size")
  for task in "${task_list[@]}"; do
    [ "$task" = edge_betweenness ] && [ "$size" != karate ] && continue
    for tool in "${tool_list[@]}"; do
      has_task "$tool" "$task" && allowed "$tool" "$nodes" && run_one "$tool" "$task" "$file"
    done
  done
done

case ",$tasks," in
  *,edge_betweenness,*)
    file=$(graph_file "$bn" 10)
    for tool in "${tool_list[@]}"; do
      has_task "$tool" edge_betweenness && allowed "$tool" "$bn" && run_one "$tool" edge_betweenness "$file"
    done ;;
esac

"$py" "$here/peers/report.py" "$results" --markdown "$out/peers.md" --plot "$out/peers.png" --cap "$cap"
