#!/usr/bin/python3
"""Reference values for org.weakties.reach, from Debian's igraph and NetworkX.

Run with Debian's interpreter from this directory: /usr/bin/python3 make_reach_reference.py
Reads the named test graphs from ../../graphs/*.csv (the same files the Java tests load) and writes
  reach_nodes.csv  one row per node and graph: igraph neighborhood_size of order 1, 2 and 3 (balls,
                   the node included); friends of friends (distance exactly 2) split into weak-only,
                   strong-only and mixed for the labelling below, counted from neighbour sets here.
  reach_edges.csv  one row per edge and graph: the labelling and the unique reach of the edge from
                   each endpoint (friends of friends of that endpoint whose only common neighbour with
                   it is the other endpoint), counted from neighbour sets here.
  reach_nf.csv     the neighbourhood function N(t) (ordered pairs within distance t, self included)
                   for t = 0..6, from igraph neighborhood_size.
Labelling (as in ../tie/make_tie_reference.py): on weighted graphs strong iff weight >= median weight;
on unweighted graphs strong iff the edge has at least 2 common neighbours.
Graphs: karate (weighted), karate_unweighted, lesmis (weighted), florentine (unweighted).
"""
import csv
import os
import statistics
import sys

import igraph as ig
import networkx as nx

print("python", sys.version.split()[0])
print("igraph", ig.__version__)
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


def labelling(g, weighted):
    if weighted:
        med = statistics.median(d["weight"] for _, _, d in g.edges(data=True))
        return {frozenset((u, v)): d["weight"] >= med for u, v, d in g.edges(data=True)}
    return {frozenset((u, v)): len(set(g[u]) & set(g[v])) >= 2 for u, v in g.edges()}


def fof_paths(g, u):
    """Friends of friends of u mapped to the list of common neighbours leading to them."""
    near = set(g[u]) | {u}
    via = {}
    for v in g[u]:
        for w in g[v]:
            if w not in near:
                via.setdefault(w, []).append(v)
    return via


with open(os.path.join(HERE, "reach_nodes.csv"), "w", newline="") as fn, \
        open(os.path.join(HERE, "reach_edges.csv"), "w", newline="") as fe, \
        open(os.path.join(HERE, "reach_nf.csv"), "w", newline="") as ff:
    wn = csv.writer(fn, lineterminator="\n")
    we = csv.writer(fe, lineterminator="\n")
    wf = csv.writer(ff, lineterminator="\n")
    wn.writerow(["graph", "node", "ball1", "ball2", "ball3", "fof", "weak_only_fof",
                 "strong_only_fof", "mixed_fof"])
    we.writerow(["graph", "source", "target", "strong", "unique_reach_source",
                 "unique_reach_target"])
    wf.writerow(["graph", "t", "nf"])
    for gname, file, weighted in [("karate", "karate", True),
                                  ("karate_unweighted", "karate", False),
                                  ("lesmis", "lesmis", True),
                                  ("florentine", "florentine", False)]:
        g, rows = load(file, weighted)
        names = list(g.nodes())
        h = ig.Graph.TupleList(rows, directed=False)
        order = {v["name"]: v.index for v in h.vs}
        balls = {k: h.neighborhood_size(order=k) for k in range(0, 7)}
        strong = labelling(g, weighted)
        paths = {u: fof_paths(g, u) for u in names}
        for u in names:
            wo = so = mx = 0
            for w, vs in paths[u].items():
                kinds = {strong[frozenset((u, v))] for v in vs}
                if kinds == {False}:
                    wo += 1
                elif kinds == {True}:
                    so += 1
                else:
                    mx += 1
            i = order[u]
            wn.writerow([gname, u, balls[1][i], balls[2][i], balls[3][i], len(paths[u]), wo, so,
                         mx])
        for u, v in rows:
            uu = sum(1 for w, vs in paths[u].items() if vs == [v])
            uv = sum(1 for w, vs in paths[v].items() if vs == [u])
            we.writerow([gname, u, v, "strong" if strong[frozenset((u, v))] else "weak", uu, uv])
        for t in range(0, 7):
            wf.writerow([gname, t, sum(balls[t])])
        print(gname, g.number_of_nodes(), "nodes", g.number_of_edges(), "edges")
