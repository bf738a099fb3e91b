#!/usr/bin/python3
"""Reference values for the test statistics of org.weakties.generate (GraphStats) and for the
deterministic ring lattice of the Watts-Strogatz generator, from Debian's NetworkX and SciPy.

Run with Debian's interpreter from this directory:
    /usr/bin/python3 make_generate_reference.py
The named graphs are read from ../../graphs/*.csv, exactly as the Java tests read them. Writes:
  graph_stats.csv      graph, average_clustering (nx.average_clustering), transitivity,
                       spearman_weight_overlap (scipy.stats.spearmanr over edges; empty if unweighted)
  edge_overlap.csv     graph, u, v, common_neighbors, overlap (Onnela: n_ij / ((k_i-1)+(k_j-1)-n_ij),
                       0/0 = 0)
  ring_lattice.csv     n, k, u, v: the edges of nx.watts_strogatz_graph(n, k, 0), which draws no random
                       number at p = 0
  ring_clustering.csv  n, k, average_clustering of that lattice
"""
import csv

import networkx as nx
import numpy
import scipy
from scipy.stats import spearmanr

print("networkx", nx.__version__, "scipy", scipy.__version__, "numpy", numpy.__version__)


def load(name, weighted):
    g = nx.Graph()
    with open("../../graphs/%s.csv" % name) as f:
        r = csv.reader(f)
        next(r)
        for u, v, w in r:
            g.add_edge(u, v, weight=float(w) if weighted else 1.0)
    return g


def overlap(g, u, v):
    n = len(list(nx.common_neighbors(g, u, v)))
    den = (g.degree(u) - 1) + (g.degree(v) - 1) - n
    return n, (0.0 if den == 0 else n / den)


with open("graph_stats.csv", "w", newline="") as fs, open("edge_overlap.csv", "w", newline="") as fo:
    ws = csv.writer(fs, lineterminator="\n")
    wo = csv.writer(fo, lineterminator="\n")
    ws.writerow(["graph", "average_clustering", "transitivity", "spearman_weight_overlap"])
    wo.writerow(["graph", "u", "v", "common_neighbors", "overlap"])
    for name, weighted in [("karate", True), ("lesmis", True), ("florentine", False),
                           ("davis_women", True)]:
        g = load(name, weighted)
        ov = []
        wt = []
        for u, v in g.edges():
            n, o = overlap(g, u, v)
            ov.append(o)
            wt.append(g[u][v]["weight"])
            wo.writerow([name, u, v, n, repr(o)])
        rho = repr(float(spearmanr(wt, ov).correlation)) if weighted else ""
        ws.writerow([name, repr(nx.average_clustering(g)), repr(nx.transitivity(g)), rho])
        print(name, g.number_of_nodes(), g.number_of_edges())

with open("ring_lattice.csv", "w", newline="") as fl, \
        open("ring_clustering.csv", "w", newline="") as fc:
    wl = csv.writer(fl, lineterminator="\n")
    wc = csv.writer(fc, lineterminator="\n")
    wl.writerow(["n", "k", "u", "v"])
    wc.writerow(["n", "k", "average_clustering"])
    for n, k in [(10, 2), (20, 4), (31, 6), (12, 10)]:
        g = nx.watts_strogatz_graph(n, k, 0.0, seed=1)
        for u, v in sorted((min(a, b), max(a, b)) for a, b in g.edges()):
            wl.writerow([n, k, u, v])
        wc.writerow([n, k, repr(nx.average_clustering(g))])
        print("lattice", n, k, g.number_of_edges())
