#!/usr/bin/env bash
# Regenerates karate-reference.jsonl: NetworkX's (Debian 2.8.8) check values of every peer task on the weighted
# karate club, read by PeerTaskTest. Run from this folder: ./make_reference.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
/usr/bin/python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)' >&2
: > "$here/karate-reference.jsonl"
for task in load overlap reach2 bridges local_bridges constraint clustering edge_betweenness; do
  /usr/bin/python3 "$here/../../../../peers/peer_tasks.py" networkx "$task" "$here/karate.csv" \
    | /usr/bin/python3 -c 'import json, sys; r = json.loads(sys.stdin.read());
print(json.dumps({"tool": r["tool"], "version": r["version"], "task": r["task"], "check": r["check"]}))' \
    >> "$here/karate-reference.jsonl"
done
