#!/usr/bin/env bash
# Runs every test of every module and prints Surefire's per-module summaries and a grand total.
set -uo pipefail
cd "$(dirname "$0")"
mvn -B -ntp verify "$@"
status=$?
t=0; f=0; e=0; s=0
for x in $(find . -path '*/target/surefire-reports/TEST-*.xml' 2>/dev/null); do
  line=$(grep -m1 -o '<testsuite [^>]*>' "$x")
  get() { echo "$line" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  t=$((t+$(get tests))); f=$((f+$(get failures))); e=$((e+$(get errors))); s=$((s+$(get skipped)))
done
echo "Tests: $((t-f-e-s)) passed, $((f+e)) failed, $s skipped"
[ "$status" -eq 0 ] && [ $((f+e)) -eq 0 ] && [ "$t" -gt 0 ]
