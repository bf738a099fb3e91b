#!/usr/bin/python3
"""Reference values for org.weakties.tie, from Debian's NetworkX.

Run with Debian's interpreter from this directory: /usr/bin/python3 make_tie_reference.py
Reads the named test graphs from ../../graphs/*.csv (the same files the Java tests load) and writes
  tie_edges.csv  one row per edge and graph: NetworkX common_neighbors, jaccard_coefficient,
                 adamic_adar_index, resource_allocation_index, dispersion (normalised and raw, both
                 directions); overlap and weighted overlap computed from neighbour sets here; the
                 strong/weak labelling used by the tests and its strong-triadic-closure status.
  tie_nodes.csv  one row per node and graph: NetworkX triangles and clustering (unweighted), and the
                 number of strong-triadic-closure violations (forbidden triads) at the node for the
                 labelling, counted from sets here.
Labelling: on weighted graphs strong iff weight >= median weight (mean of the two middle values for an
even count); on unweighted graphs strong iff the edge has at least 2 common neighbours.
Graphs: karate (weighted), karate_unweighted, lesmis (weighted), florentine (unweighted).
"""
import csv
import itertools
import os
import statistics
import sys

import networkx as nx

print("python", sys.version.split()[0])
print("networkx", nx.__version__)

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "..", "graphs")


def load(name, weighted):
    g = nx.Graph()
    with open(os.path.join(GRAPHS, name + ".csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        rows = []
        for s, t, w in r:
            g.add_edge(s, t, weight=float(w) if weighted else 1.0)
            rows.append((s, t))
    return g, rows


def weighted_overlap(g, u, v):
    nu = set(g[u]) - {v}
    nv = set(g[v]) - {u}
    num = sum(min(g[u][x]["weight"], g[v][x]["weight"]) for x in nu & nv)
    den = 0.0
    for x in nu | nv:
        a = g[u][x]["weight"] if x in nu else 0.0
        b = g[v][x]["weight"] if x in nv else 0.0
        den += max(a, b)
    return num / den if den > 0 else 0.0


def overlap(g, u, v):
    c = len(set(g[u]) & set(g[v]))
    union = len((set(g[u]) | set(g[v])) - {u, v})
    return c / union if union > 0 else 0.0


def labelling(g, weighted):
    if weighted:
        med = statistics.median(d["weight"] for _, _, d in g.edges(data=True))
        return {frozenset((u, v)): d["weight"] >= med for u, v, d in g.edges(data=True)}
    return {frozenset((u, v)): len(set(g[u]) & set(g[v])) >= 2 for u, v in g.edges()}


def stc_violations(g, strong, a):
    s = sorted(x for x in g[a] if strong[frozenset((a, x))])
    return sum(1 for b, c in itertools.combinations(s, 2) if not g.has_edge(b, c))


with open(os.path.join(HERE, "tie_edges.csv"), "w", newline="") as fe, \
        open(os.path.join(HERE, "tie_nodes.csv"), "w", newline="") as fn:
    we = csv.writer(fe, lineterminator="\n")
    wn = csv.writer(fn, lineterminator="\n")
    we.writerow(["graph", "source", "target", "embeddedness", "overlap", "jaccard", "adamic_adar",
                 "resource_allocation", "weighted_overlap", "dispersion", "dispersion_reverse",
                 "dispersion_raw", "dispersion_raw_reverse", "strong"])
    wn.writerow(["graph", "node", "triangles", "clustering", "stc_violations"])
    for gname, file, weighted in [("karate", "karate", True),
                                  ("karate_unweighted", "karate", False),
                                  ("lesmis", "lesmis", True),
                                  ("florentine", "florentine", False)]:
        g, rows = load(file, weighted)
        jac = {frozenset((u, v)): p for u, v, p in nx.jaccard_coefficient(g, rows)}
        aa = {frozenset((u, v)): p for u, v, p in nx.adamic_adar_index(g, rows)}
        ra = {frozenset((u, v)): p for u, v, p in nx.resource_allocation_index(g, rows)}
        strong = labelling(g, weighted)
        for u, v in rows:
            k = frozenset((u, v))
            we.writerow([gname, u, v, len(list(nx.common_neighbors(g, u, v))),
                         repr(overlap(g, u, v)), repr(jac[k]), repr(aa[k]), repr(ra[k]),
                         repr(weighted_overlap(g, u, v)),
                         repr(float(nx.dispersion(g, u, v))), repr(float(nx.dispersion(g, v, u))),
                         nx.dispersion(g, u, v, normalized=False),
                         nx.dispersion(g, v, u, normalized=False),
                         "strong" if strong[k] else "weak"])
        tri = nx.triangles(g)
        clu = nx.clustering(g)
        for x in g.nodes():
            wn.writerow([gname, x, tri[x], repr(float(clu[x])), stc_violations(g, strong, x)])
        print(gname, g.number_of_nodes(), "nodes", g.number_of_edges(), "edges",
              sum(strong.values()), "strong")
