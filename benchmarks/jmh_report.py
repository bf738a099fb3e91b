#!/usr/bin/python3
"""Merges JMH JSON result files and writes them as Markdown tables.

Usage: /usr/bin/python3 jmh_report.py RESULT.json... [--json ALL.json] [--markdown OUT.md]

One table row per benchmark and parameter combination: the score (mean of the measured iterations)
with JMH's 99.9% error when there are several iterations, the unit and the iteration count. Below
it, for benchmarks run with both impl=weakties and impl=jgrapht, a comparison table with the ratio
JGraphT / weakties (above 1: weakties is faster).
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


if __name__ == "__main__":
    main()
