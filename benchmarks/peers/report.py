#!/usr/bin/python3
"""Checks that the peers' answers agree with weakties' and writes the comparison table.

Usage: /usr/bin/python3 report.py RESULTS.jsonl [--markdown OUT.md] [--plot OUT.png] [--cap 600]

RESULTS.jsonl holds one JSON line per tool x task x file (peer_tasks.py, PeerTask, or a timeout/error
line from peers.sh); the last line of each combination counts. For every task and graph the check
values of each peer are compared with weakties': counts must be equal, sums equal to relative 1e-9.
A mismatch is printed loudly (stderr and the table) and no ratio is computed from that peer; a run
over the cap or one that failed is shown as such and left out of the ratios too. The ratio is the
best agreeing peer's seconds over weakties' seconds (above 1: weakties is faster); the goal column
compares igraph's ratio with the goals of the project (defined on the 100,000-node graph, and for
edge betweenness on the 10,000-node / 50,000-edge graph). Bytes per edge: the peak resident size of
the load task minus that of the tool's noop task, over the edges.
"""
import argparse
import json
import math
import re
import sys
from collections import OrderedDict

TOOLS = ["weakties", "igraph", "jgrapht", "networkx"]
TASK_ORDER = ["load", "overlap", "reach2", "bridges", "local_bridges", "constraint", "clustering",
              "edge_betweenness"]
# minimum igraph/weakties ratio and the graph it is defined on (nodes, mean degree)
GOALS = {
    "overlap": (10, 100000, 20),
    "reach2": (5, 100000, 20),
    "load": (2, 100000, 20),
    "bridges": (2, 100000, 20),
    "local_bridges": (50, 100000, 20),
    "constraint": (5, 100000, 20),
    "edge_betweenness": (10, 10000, 10),
}
REL_TOL = 1e-9


def load(path):
    rows = OrderedDict()
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            rows[(r["file"], r["task"], r["tool"])] = r
    return rows


def graph_key(file):
    """(nodes, mean degree) parsed from social-n<N>-k<K>-s<S>.csv; karate is (34, None)."""
    m = re.match(r"social-n(\d+)-k([\d.]+)-s\d+\.csv", file)
    if m:
        return int(m.group(1)), float(m.group(2))
    if file.startswith("karate"):
        return 34, None
    return None, None


def agree(ref, other):
    """None when the checks agree, else a description of the first difference."""
    if set(ref) != set(other):
        return "different check keys %s vs %s" % (sorted(ref), sorted(other))
    for k in ref:
        a, b = ref[k], other[k]
        if a is None or b is None:
            return "%s: %s vs %s" % (k, a, b)
        if isinstance(a, int) and isinstance(b, int):
            if a != b:
                return "%s: %d vs %d" % (k, a, b)
        else:
            a, b = float(a), float(b)
            scale = max(abs(a), abs(b))
            if abs(a - b) > REL_TOL * scale:
                return "%s: %.17g vs %.17g (relative %.2e)" % (k, a, b, abs(a - b) / scale)
    return None


def fmt_s(x):
    if x is None:
        return "–"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    if x >= 0.1:
        return "%.2f" % x
    return "%.3f" % x


def fmt_ratio(x):
    return "%.1f" % x if x >= 10 else "%.2f" % x


def analyse(rows, cap):
    files = sorted({k[0] for k in rows}, key=lambda f: (graph_key(f)[0] or 0, graph_key(f)[1] or 0))
    baseline = {}
    for (f, task, tool), r in rows.items():
        if task == "noop" and "peak_rss_mb" in r:
            baseline[tool] = min(baseline.get(tool, math.inf), r["peak_rss_mb"])
    edges = {}
    for (f, task, tool), r in rows.items():
        if r.get("edges"):
            edges[f] = r["edges"]
    table = []
    mismatches = []
    for f in files:
        for task in TASK_ORDER:
            recs = {tool: rows.get((f, task, tool)) for tool in TOOLS}
            if not any(recs.values()):
                continue
            ref = recs["weakties"]
            ref_ok = ref is not None and "check" in ref and ref.get("seconds") is not None
            cells = {}
            ratios = {}
            for tool in TOOLS:
                r = recs[tool]
                if r is None:
                    cells[tool] = ("", "")
                    continue
                if "timeout" in r:
                    cells[tool] = ("> %d (cap)" % r["timeout"], "")
                    continue
                if "error" in r:
                    cells[tool] = ("error", "")
                    mismatches.append("%s %s %s: %s" % (f, task, tool, r["error"]))
                    continue
                mb = "%.0f" % r["peak_rss_mb"] if r.get("peak_rss_mb") is not None else ""
                secs = r.get("seconds")
                label = fmt_s(secs)
                if r.get("runs") == 1:
                    label += "¹"
                if tool != "weakties" and ref_ok:
                    diff = agree(ref["check"], r.get("check", {}))
                    if diff:
                        mismatches.append("MISMATCH %s %s %s vs weakties: %s" % (f, task, tool, diff))
                        label += " MISMATCH"
                    elif secs:
                        ratios[tool] = secs / ref["seconds"] if ref["seconds"] > 0 else math.inf
                cells[tool] = (label, mb)
            best = min(ratios.values()) if ratios else None
            goal = ""
            n, k = graph_key(f)
            if task in GOALS:
                target, gn, gk = GOALS[task]
                if n == gn and (k == gk):
                    ig = recs["igraph"]
                    if "igraph" in ratios:
                        goal = "%s vs ≥ %d: %s" % (fmt_ratio(ratios["igraph"]), target,
                                                   "met" if ratios["igraph"] >= target else "NOT met")
                    elif ig is not None and "timeout" in ig and ref_ok:
                        lb = ig["timeout"] / ref["seconds"]
                        goal = "igraph over cap: ≥ %s vs ≥ %d: %s" % (
                            fmt_ratio(lb), target, "met" if lb >= target else "unknown")
                    else:
                        goal = "no igraph result"
            table.append({"file": f, "nodes": n, "edges": edges.get(f), "task": task, "cells": cells,
                          "best": best, "igraph": ratios.get("igraph"), "goal": goal,
                          "weakties_seconds": ref.get("seconds") if ref_ok else None})
    per_edge = {}
    for (f, task, tool), r in rows.items():
        if task == "load" and r.get("peak_rss_mb") and r.get("edges") and r["edges"] >= 10000:
            e = r["edges"]
            rss = r.get("rss_after_first_load_mb", r["peak_rss_mb"])
            entry = {"file": f, "edges": e,
                     "rss_bytes_per_edge": (rss - baseline.get(tool, 0)) * 1048576 / e}
            if r.get("graph_heap_mb") is not None:
                entry["heap_bytes_per_edge"] = r["graph_heap_mb"] * 1048576 / e
            per_edge.setdefault(tool, []).append(entry)
    return table, mismatches, per_edge, baseline


def markdown(table, per_edge, baseline, mismatches, cap):
    out = []
    out.append("| task | graph (nodes / edges) | " + " | ".join(
        "%s s | %s MB" % (t, t) for t in TOOLS) + " | best peer / weakties | igraph / weakties: goal |")
    out.append("|---|---|" + "---:|---:|" * len(TOOLS) + "---:|---|")
    for row in table:
        g = "karate (34 / 78)" if row["nodes"] == 34 else "%s / %s" % (
            "{:,}".format(row["nodes"]) if row["nodes"] else row["file"],
            "{:,}".format(row["edges"]) if row["edges"] else "?")
        cells = " | ".join("%s | %s" % row["cells"][t] for t in TOOLS)
        best = fmt_ratio(row["best"]) if row["best"] is not None else "–"
        out.append("| %s | %s | %s | %s | %s |" % (row["task"], g, cells, best, row["goal"]))
    out.append("")
    out.append("Seconds: kernel time with the graph loaded (load: the load itself); ¹ a single run "
               "(first run over 60 s), otherwise the best of five runs (first run under 10 s) or three "
               "(JVM tools after one warm-up run). "
               "MB: peak resident size of the process. \"> %d (cap)\": killed at the cap, no ratio. "
               "MISMATCH: the answer differs from weakties' (no ratio)." % cap)
    out.append("")
    out.append("Memory per edge: the peak resident size right after loading the graph once, minus the "
               "tool's process baseline (noop task), over the edges; for the JVM tools also the live "
               "heap the loaded graph holds after a full collection (graph arrays, labels, index).")
    out.append("")
    out.append("| tool | process baseline MB | graph | RSS bytes per edge | live heap bytes per edge |")
    out.append("|---|---:|---|---:|---:|")
    for tool in TOOLS:
        for e in sorted(per_edge.get(tool, []), key=lambda x: x["edges"]):
            out.append("| %s | %.0f | %s | %.0f | %s |" % (
                tool, baseline.get(tool, float("nan")), e["file"], e["rss_bytes_per_edge"],
                "%.0f" % e["heap_bytes_per_edge"] if "heap_bytes_per_edge" in e else "–"))
    if mismatches:
        out.append("")
        out.append("**Disagreements and failures:**")
        out.append("")
        for m in mismatches:
            out.append("- " + m)
    return "\n".join(out) + "\n"


def plot(table, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("report.py: matplotlib missing, no plot", file=sys.stderr)
        return
    rows = [r for r in table if r["edges"] and r["nodes"] and r["nodes"] > 34
            and r["task"] != "edge_betweenness"]
    tasks = [t for t in TASK_ORDER if any(r["task"] == t for r in rows)]
    if not tasks:
        return
    cols = 4
    nrows = (len(tasks) + cols - 1) // cols
    fig, axes = plt.subplots(nrows, cols, figsize=(3.2 * cols, 2.8 * nrows), squeeze=False)
    for ax, task in zip([a for row in axes for a in row], tasks):
        for tool in TOOLS:
            pts = []
            for r in rows:
                if r["task"] != task:
                    continue
                label = r["cells"][tool][0]
                try:
                    secs = float(label.rstrip("¹"))
                except ValueError:
                    continue
                pts.append((r["edges"], secs))
            if pts:
                pts.sort()
                ax.loglog([p[0] for p in pts], [p[1] for p in pts], marker="o", label=tool)
        ax.set_title(task, fontsize=9)
        ax.set_xlabel("edges", fontsize=8)
        ax.set_ylabel("seconds", fontsize=8)
        ax.tick_params(labelsize=7)
        ax.grid(True, which="major", alpha=0.3)
    for ax in [a for row in axes for a in row][len(tasks):]:
        ax.axis("off")
    handles, labels = [], []
    for ax in [a for row in axes for a in row]:
        for h, l in zip(*ax.get_legend_handles_labels()):
            if l not in labels:
                handles.append(h)
                labels.append(l)
    fig.legend(handles, labels, loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--markdown")
    ap.add_argument("--plot")
    ap.add_argument("--cap", type=int, default=600)
    a = ap.parse_args()
    rows = load(a.results)
    table, mismatches, per_edge, baseline = analyse(rows, a.cap)
    md = markdown(table, per_edge, baseline, mismatches, a.cap)
    print(md)
    for m in mismatches:
        print("report.py: " + m, file=sys.stderr)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(md)
    if a.plot:
        plot(table, a.plot)


if __name__ == "__main__":
    main()
