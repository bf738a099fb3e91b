#!/usr/bin/env bash
# Executes one notebook headless with the Java kernel (rapaio-jupyter-kernel) on the examples' class path.
# Usage: examples/notebooks/run-notebook.sh NOTEBOOK.ipynb OUTPUT.ipynb
# Needs: `mvn -B -ntp -pl examples -am package` first (it copies the kernel and the jars into
# examples/target), and Debian's jupyter-nbconvert and python3-ipykernel.
# The kernel starts through KernelLauncher.java (beside this script), which closes the kernel's
# start-up race (the first request could arrive before the kernel's handlers exist, and it then
# never answered). Should a start still hang, only that failure is retried, at most 3 attempts; a
# failing cell fails at once.
set -uo pipefail
in="$1"; out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
target="$(cd "$here/.." && pwd)/target"
kd="$target/jupyter/kernels/java"
mkdir -p "$kd" "$(dirname "$out")"
kernel_jar=$(ls "$target"/jupyter-kernel/rapaio-jupyter-kernel-*.jar 2>/dev/null | head -1)
if [ -z "$kernel_jar" ]; then
  echo "run-notebook: kernel jar missing; run 'mvn -B -ntp -pl examples -am package' first" >&2
  exit 2
fi
cp=$(ls "$target"/notebook-libs/*.jar | tr '\n' ';')
cat > "$kd/kernel.json" <<JSON
{ "argv": ["java", "-cp", "$kernel_jar", "$here/KernelLauncher.java", "{connection_file}"],
  "display_name": "Java 17 (weakties)", "language": "java", "interrupt_mode": "message",
  "env": {"RJK_CLASSPATH": "$cp", "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "",
          "RJK_TIMEOUT_MILLIS": "-1", "RJK_MIMA_CACHE": "mima_cache"} }
JSON
export JUPYTER_PATH="$target/jupyter"
log="$out.log"
for attempt in 1 2 3; do
  if timeout 150 jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=java \
      --ExecutePreprocessor.startup_timeout=60 --ExecutePreprocessor.timeout=60 \
      --output "$(basename "$out")" --output-dir "$(dirname "$out")" "$in" >"$log" 2>&1; then
    exit 0
  fi
  if ! grep -q -E "Kernel didn.t respond|Kernel died before replying|Timeout waiting for kernel" "$log"; then
    tail -40 "$log" >&2
    exit 1
  fi
  echo "run-notebook: kernel start-up hung (attempt $attempt), retrying" >&2
done
tail -20 "$log" >&2
exit 1
