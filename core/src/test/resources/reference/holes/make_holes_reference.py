#!/usr/bin/python3
"""Reference values for org.weakties.holes from Debian's NetworkX (and igraph for comparison).

Run from this directory with Debian's interpreter: /usr/bin/python3 make_holes_reference.py
Reads the named test networks from ../../graphs/*.csv (the files the Java tests load) and writes,
per network NAME:
  NAME_nodes.csv  node,degree,effective_size,effective_size_unweighted,constraint,
                  constraint_unweighted,constraint_igraph,constraint_igraph_unweighted
  NAME_local.csv  ego,alter,local_constraint,local_constraint_unweighted (both directions of every edge)
Weighted columns use networkx's weight='weight'; unweighted ones weight=None (Borgatti's formula for
the effective size). Isolated nodes do not occur in these networks.
"""
import csv

import igraph as ig
import networkx as nx

print("networkx", nx.__version__, "igraph", ig.__version__)

NETWORKS = ["karate", "lesmis", "florentine", "davis_women"]


def load(name):
    g = nx.Graph()
    with open("../../graphs/" + name + ".csv") as f:
        r = csv.reader(f)
        next(r)
        for u, v, w in r:
            g.add_edge(u, v, weight=float(w))
    return g


def fmt(x):
    return repr(float(x))


for name in NETWORKS:
    g = load(name)
    nodes = list(g.nodes())
    pos = {u: i for i, u in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in g.edges()], directed=False)
    h.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]
    esw = nx.effective_size(g, weight="weight")
    esu = nx.effective_size(g)
    cw = nx.constraint(g, weight="weight")
    cu = nx.constraint(g)
    icw = h.constraint(weights="weight")
    icu = h.constraint()
    with open(name + "_nodes.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["node", "degree", "effective_size", "effective_size_unweighted", "constraint",
                    "constraint_unweighted", "constraint_igraph", "constraint_igraph_unweighted"])
        for u in nodes:
            i = pos[u]
            w.writerow([u, g.degree(u), fmt(esw[u]), fmt(esu[u]), fmt(cw[u]), fmt(cu[u]),
                        fmt(icw[i]), fmt(icu[i])])
    with open(name + "_local.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ego", "alter", "local_constraint", "local_constraint_unweighted"])
        for u, v in g.edges():
            for a, b in ((u, v), (v, u)):
                w.writerow([a, b, fmt(nx.local_constraint(g, a, b, weight="weight")),
                            fmt(nx.local_constraint(g, a, b))])
    print(name, g.number_of_nodes(), g.number_of_edges(), "node 0 ES/C:",
          nodes[0], esw[nodes[0]], cw[nodes[0]])
