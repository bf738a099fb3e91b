#!/usr/bin/python3
"""Merges JMH JSON result files and writes them as Markdown tables.

Usage: /usr/bin/python3 jmh_report.py RESULT.json... [--json ALL.json] [--markdown OUT.md]
                                       [--plot GROWTH.png]

One table row per benchmark and parameter combination: the score (mean of the measured iterations)
with JMH's 99.9% error when there are several iterations, the unit and the iteration count. Below
it, for benchmarks run with both impl=weakties and impl=jgrapht, a comparison table with the ratio
JGraphT / weakties (above 1: weakties is faster).

--plot draws how time grows with size: for every weakties benchmark measured at two or more sizes
(impl=weakties or no impl parameter), seconds per operation against the number of edges (about
10 n on the social network of n nodes; the edges parameter where there is no n) on log-log axes, with a dashed line of slope 1 (linear growth)
for reference. Needs matplotlib (Debian: python3-matplotlib).
"""
import argparse
import json
import os
import sys


def short_name(benchmark):
    parts = benchmark.split(".")
    return parts[-2] + "." + parts[-1]


def fmt(x):
    if x is None or x != x:
        return "–"
    if x >= 100:
        return "{:,.0f}".format(x)
    if x >= 1:
        return "%.2f" % x
    return "%.3f" % x


def params_text(params, skip=()):
    return ", ".join("%s=%s" % (k, v) for k, v in sorted(params.items()) if k not in skip)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--json")
    ap.add_argument("--markdown")
    ap.add_argument("--plot")
    a = ap.parse_args()
    results = []
    for f in a.files:
        if not os.path.isfile(f) or os.path.getsize(f) == 0:
            continue
        with open(f) as fh:
            results.extend(json.load(fh))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(results, fh, indent=1)
    rows = []
    for r in results:
        pm = r["primaryMetric"]
        rows.append({
            "name": short_name(r["benchmark"]),
            "params": r.get("params", {}),
            "score": pm["score"],
            "error": pm.get("scoreError"),
            "unit": pm["scoreUnit"],
            "iterations": len(pm.get("rawData", [[]])[0]) if pm.get("rawData") else r.get(
                "measurementIterations"),
            "threads": r.get("threads"),
            "jvm": r.get("vmVersion"),
        })
    rows.sort(key=lambda x: (x["name"], params_text(x["params"])))
    out = ["| benchmark | parameters | score | ± (99.9%) | unit | iterations |",
           "|---|---|---:|---:|---|---:|"]
    for r in rows:
        err = r["error"] if r["iterations"] and r["iterations"] > 1 else None
        out.append("| %s | %s | %s | %s | %s | %s |" % (r["name"], params_text(r["params"]),
                                                        fmt(r["score"]), fmt(err), r["unit"],
                                                        r["iterations"]))
    pairs = {}
    for r in rows:
        impl = r["params"].get("impl")
        if impl is None:
            continue
        key = (r["name"], params_text(r["params"], skip=("impl",)))
        pairs.setdefault(key, {})[impl] = r
    cmp_rows = [(k, v) for k, v in sorted(pairs.items()) if "weakties" in v and "jgrapht" in v]
    if cmp_rows:
        out.append("")
        out.append("| benchmark | parameters | weakties | JGraphT | unit | JGraphT / weakties |")
        out.append("|---|---|---:|---:|---|---:|")
        for (name, p), v in cmp_rows:
            w, j = v["weakties"], v["jgrapht"]
            out.append("| %s | %s | %s | %s | %s | %s |" % (
                name, p, fmt(w["score"]), fmt(j["score"]), w["unit"],
                "%.1f" % (j["score"] / w["score"]) if w["score"] > 0 else "–"))
    if rows:
        out.append("")
        out.append("JVM: %s. Mode: single-shot time per operation unless the unit says otherwise."
                   % rows[0]["jvm"])
    md = "\n".join(out) + "\n"
    print(md)
    if a.markdown:
        with open(a.markdown, "w") as fh:
            fh.write(md)
    if not rows:
        print("jmh_report.py: no results", file=sys.stderr)
        sys.exit(1)
    if a.plot:
        plot_growth(rows, a.plot)


SECONDS_PER_UNIT = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}


def plot_growth(rows, path):
    """Log-log seconds against edges, one line per weakties benchmark and parameter set."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    series = {}
    for r in rows:
        p = r["params"]
        if ("n" not in p and "edges" not in p) or p.get("impl", "weakties") != "weakties" \
                or r["unit"] not in SECONDS_PER_UNIT:
            continue
        edges = 10 * int(p["n"]) if "n" in p else int(p["edges"])
        label = r["name"].split(".")[0].replace("Benchmark", "") + "." + r["name"].split(".")[1]
        rest = params_text(p, skip=("n", "impl", "edges", "threads"))
        if rest:
            label += " (" + rest + ")"
        series.setdefault(label, []).append((edges, r["score"] * SECONDS_PER_UNIT[r["unit"]]))
    series = {k: sorted(v) for k, v in series.items() if len(v) >= 2}
    if not series:
        print("jmh_report.py: nothing to plot (no benchmark at two sizes)", file=sys.stderr)
        return
    fig, ax = plt.subplots(figsize=(11, 6))
    colors = plt.get_cmap("tab20").colors
    markers = "os^Dv<>p*hX"
    for i, (label, pts) in enumerate(sorted(series.items())):
        ax.plot([x for x, _ in pts], [y for _, y in pts], marker=markers[i % len(markers)],
                color=colors[i % len(colors)], label=label)
    xs = sorted({x for pts in series.values() for x, _ in pts})
    y0 = min(pts[0][1] for pts in series.values())
    ax.plot(xs, [y0 * x / xs[0] for x in xs], "k--", linewidth=1, label="slope 1 (linear)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("edges (social network, about 10 per node)")
    ax.set_ylabel("seconds per operation (weakties, 2 threads)")
    ax.set_title("How time grows with size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print("jmh_report.py: wrote " + path, file=sys.stderr)


if __name__ == "__main__":
    main()
