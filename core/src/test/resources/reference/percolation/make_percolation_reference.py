#!/usr/bin/python3
"""Reference percolation curves for org.weakties.percolation from Debian's NetworkX.

Run from this directory with Debian's interpreter: /usr/bin/python3 make_percolation_reference.py
For the karate club and Les Miserables (../../graphs/*.csv), edges are removed in order of weight,
ascending (weak first) and descending (strong first); equal weights keep the file's row order (Python's
sort is stable). At each fraction f = 0.00, 0.01, ..., 1.00, floor(f m) edges are removed (f m is
computed exactly from the two-decimal fraction) and the components of the remaining graph (all n
nodes kept) are recomputed from scratch with networkx.connected_components.
Writes percolation_reference.csv:
  network,direction,fraction_removed,edges_removed,giant_fraction,susceptibility
where susceptibility = sum over components other than one largest of s^2, divided by n.
"""
import csv
from fractions import Fraction

import networkx as nx

print("networkx", nx.__version__)

rows = []
for name in ["karate", "lesmis"]:
    edges = []
    nodes = []
    seen = set()
    with open("../../graphs/" + name + ".csv") as f:
        r = csv.reader(f)
        next(r)
        for u, v, w in r:
            edges.append((u, v, float(w)))
            for x in (u, v):
                if x not in seen:
                    seen.add(x)
                    nodes.append(x)
    n, m = len(nodes), len(edges)
    for direction, order in (("ascending", sorted(edges, key=lambda e: e[2])),
                             ("descending", sorted(edges, key=lambda e: -e[2]))):
        for i in range(101):
            removed = (Fraction(i, 100) * m).numerator // (Fraction(i, 100) * m).denominator
            g = nx.Graph()
            g.add_nodes_from(nodes)
            g.add_edges_from((u, v) for u, v, _ in order[removed:])
            sizes = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
            s = sum(x * x for x in sizes[1:]) / n
            rows.append([name, direction, "%.2f" % (i / 100), removed, repr(sizes[0] / n), repr(s)])
    print(name, n, m)

with open("percolation_reference.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["network", "direction", "fraction_removed", "edges_removed", "giant_fraction",
                "susceptibility"])
    w.writerows(rows)
