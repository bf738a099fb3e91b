#!/usr/bin/python3
"""Reference values for org.weakties.bridge from Debian's NetworkX and python-igraph.

Run from this directory with Debian's interpreter: /usr/bin/python3 make_bridge_reference.py
Reads the named test networks from ../../graphs/*.csv (the same files the Java tests load) and writes,
per network NAME:
  NAME_edges.csv  source,target,is_bridge,is_local_bridge,span,eb,eb_igraph,eb_inv_weight,
                  eb_weight_len,eb_weight_len_igraph
  NAME_nodes.csv  node,is_articulation,bc,bc_igraph,bc_inv_weight,bc_weight_len,bc_weight_len_igraph
Columns:
  is_bridge        networkx.bridges
  is_local_bridge  networkx.local_bridges; span from with_span=True (hop count, 'inf' for a bridge,
                   empty when not a local bridge)
  eb, bc           networkx edge_betweenness_centrality / betweenness_centrality, normalized=False,
                   hop-count shortest paths
  *_igraph         igraph edge_betweenness(directed=False) / betweenness(directed=False)
  *_inv_weight     NetworkX with edge length 1/weight (exact float equality of path lengths)
  *_weight_len     edge length = weight (integer lengths: NetworkX and igraph agree)
"""
import csv
import math

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
            w = float(w)
            g.add_edge(u, v, weight=w, inv=1.0 / w)
    return g


def to_igraph(g):
    nodes = list(g.nodes())
    pos = {u: i for i, u in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in g.edges()], directed=False)
    h.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]
    return h, nodes


def key(u, v):
    return (u, v) if (u, v) in KEYS else (v, u)


def fmt(x):
    return repr(float(x))


for name in NETWORKS:
    g = load(name)
    KEYS = set(g.edges())
    h, nodes = to_igraph(g)
    bridges = {key(u, v) for u, v in nx.bridges(g)}
    spans = {key(u, v): s for u, v, s in nx.local_bridges(g, with_span=True)}
    art = set(nx.articulation_points(g))
    eb = {key(*e): x for e, x in nx.edge_betweenness_centrality(g, normalized=False).items()}
    ebi = {key(*e): x for e, x in
           nx.edge_betweenness_centrality(g, normalized=False, weight="inv").items()}
    ebw = {key(*e): x for e, x in
           nx.edge_betweenness_centrality(g, normalized=False, weight="weight").items()}
    ig_eb = h.edge_betweenness(directed=False)
    ig_ebw = h.edge_betweenness(directed=False, weights="weight")
    bc = nx.betweenness_centrality(g, normalized=False)
    bci = nx.betweenness_centrality(g, normalized=False, weight="inv")
    bcw = nx.betweenness_centrality(g, normalized=False, weight="weight")
    ig_bc = h.betweenness(directed=False)
    ig_bcw = h.betweenness(directed=False, weights="weight")
    with open(name + "_edges.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "is_bridge", "is_local_bridge", "span", "eb", "eb_igraph",
                    "eb_inv_weight", "eb_weight_len", "eb_weight_len_igraph"])
        for i, (u, v) in enumerate(g.edges()):
            k = (u, v)
            s = spans.get(k)
            span = "" if s is None else ("inf" if math.isinf(s) else str(int(s)))
            w.writerow([u, v, k in bridges, s is not None, span, fmt(eb[k]), fmt(ig_eb[i]),
                        fmt(ebi[k]), fmt(ebw[k]), fmt(ig_ebw[i])])
    with open(name + "_nodes.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["node", "is_articulation", "bc", "bc_igraph", "bc_inv_weight", "bc_weight_len",
                    "bc_weight_len_igraph"])
        for i, u in enumerate(nodes):
            w.writerow([u, u in art, fmt(bc[u]), fmt(ig_bc[i]), fmt(bci[u]), fmt(bcw[u]),
                        fmt(ig_bcw[i])])
    print(name, g.number_of_nodes(), g.number_of_edges(), "bridges", len(bridges),
          "local bridges", len(spans), "articulation points", len(art))
