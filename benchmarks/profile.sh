#!/usr/bin/env bash
# Profiles one weakties peer task with Java Flight Recorder and prints where the samples fall.
#
# Usage: benchmarks/profile.sh TASK EDGES.csv [THREADS]
#   e.g. benchmarks/profile.sh overlap benchmarks/target/peers/social-n100000-k20-s1.csv
# Runs org.weakties.bench.peers.PeerTask (load, one warm-up run, three timed runs) under JFR's "profile" settings
# (execution samples every 10 ms per thread) and prints the methods at the top of the sampled stacks and the
# weakties methods anywhere on them, as shares of all samples (the load of the file included). The recording is kept
# in benchmarks/target/profile-TASK.jfr (open it in JDK Mission Control for the full picture).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
task="$1"
file="$2"
threads="${3:-2}"
jar="$here/target/benchmarks.jar"
jfr="$here/target/profile-$task.jfr"
java -Xmx16g -XX:+UseParallelGC -XX:StartFlightRecording=settings=profile,filename="$jfr" \
  -cp "$jar" org.weakties.bench.peers.PeerTask weakties "$task" "$file" --threads "$threads" 2>/dev/null | tail -1
jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" | /usr/bin/python3 -c '
import re, sys
from collections import Counter
top, anywhere, total = Counter(), Counter(), 0
frames = None
def flush():
    global total
    if frames:
        total += 1
        top[frames[0]] += 1
        for f in set(frames):
            anywhere[f] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        flush()
        frames = []
    elif frames is not None and re.match(r"^[\w$.]+\(.*\)\s+line:", line):
        frames.append(re.sub(r"\(.*", "", line))
flush()
print("%d samples" % total)
print("top of stack:")
for f, c in top.most_common(12):
    print("  %5.1f%%  %s" % (100.0 * c / total, f))
print("on the stack (org.weakties only):")
for f, c in anywhere.most_common(200):
    if f.startswith("org.weakties") and not f.startswith("org.weakties.bench"):
        print("  %5.1f%%  %s" % (100.0 * c / total, f))
'
