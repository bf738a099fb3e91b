#!/usr/bin/python3
"""Expected values for the command-line tests, from Debian's NetworkX, NumPy and statsmodels.

Run from this folder with Debian's interpreter: /usr/bin/python3 make_cli_reference.py
Reads ../karate.csv (Zachary's karate club with NetworkX's weights, in the file's row order) and
writes cli_reference.json; also writes ../curve_observations.csv, a seeded data set with an inverted
U for the curve command, and its statsmodels fit into the same JSON.

What is computed, per command:
  ties        embeddedness, overlap, jaccard, adamic_adar, resource_allocation, dispersion both ways
              (networkx.dispersion, normalized), the composite tie strength (mean of the mid-rank
              percentiles (r - 1) / (m - 1) of weight and overlap), the class (strong iff at least the
              type-7 median) and the unique reach from each end (friends of friends reached only
              through this tie), each tie oriented as in its input row
  reach       fof, reach2 and fof split by the class of the first tie (weak only, strong only, mixed)
  bridges     networkx.bridges, networkx.local_bridges(with_span=True), edge betweenness
              (normalized=False) with hop counts and with length 1/weight
  holes       effective_size, efficiency, constraint (weight='weight'), Burt's hierarchy by its
              formula H = sum r_j ln r_j / (N ln N), r_j = local_constraint / (C / N), and node
              betweenness (normalized=False)
  percolation giant-component fraction and susceptibility after removing the first floor(f m) ties
              ordered by weight (and by overlap), ascending and descending, equal scores in input
              order, f = 0, 0.1, ..., 1
  curve       OLS of y on x and x^2 with HC3 standard errors, the turning point -b1 / (2 b2) and its
              delta-method standard error
"""
import csv
import json
import math
from fractions import Fraction

import networkx as nx
import numpy as np
import statsmodels
import statsmodels.api as sm
from scipy.stats import rankdata

print("networkx", nx.__version__, "numpy", np.__version__, "statsmodels", statsmodels.__version__)

rows = []
with open("../karate.csv", newline="") as f:
    for r in csv.DictReader(f):
        rows.append((r["source"], r["target"], float(r["weight"])))
G = nx.Graph()
for u, v, w in rows:
    G.add_edge(u, v, weight=w, dist=1.0 / w)
nodes = list(dict.fromkeys([x for u, v, _ in rows for x in (u, v)]))  # order of first appearance
m = len(rows)


def common(u, v):
    return set(G[u]) & set(G[v])


# ---------------------------------------------------------------- ties
emb = [len(common(u, v)) for u, v, _ in rows]
overlap = []
for (u, v, _), n in zip(rows, emb):
    den = (G.degree(u) - 1) + (G.degree(v) - 1) - n
    overlap.append(n / den if den > 0 else 0.0)
jac = {(u, v): p for u, v, p in nx.jaccard_coefficient(G, [(u, v) for u, v, _ in rows])}
aa = {(u, v): p for u, v, p in nx.adamic_adar_index(G, [(u, v) for u, v, _ in rows])}
ra = {(u, v): p for u, v, p in nx.resource_allocation_index(G, [(u, v) for u, v, _ in rows])}


def pct(values):
    r = rankdata(values)  # average ranks of ties
    return [(x - 1) / (len(values) - 1) for x in r]


pw = pct([w for _, _, w in rows])
po = pct(overlap)
strength = [(a + b) / 2 for a, b in zip(pw, po)]
median = float(np.quantile(strength, 0.5))  # type 7 (linear), the default
strong_edge = {}
for (u, v, _), s in zip(rows, strength):
    strong_edge[frozenset((u, v))] = s >= median


def fof(u):
    return {w for v in G[u] for w in G[v]} - set(G[u]) - {u}


def unique_reach(u, v):
    return sum(1 for w in fof(u) if common(u, w) == {v})


ties = []
for i, (u, v, w) in enumerate(rows):
    ties.append({
        "source": u, "target": v, "weight": w, "embeddedness": emb[i], "overlap": overlap[i],
        "jaccard": jac[(u, v)], "adamic_adar": aa[(u, v)], "resource_allocation": ra[(u, v)],
        "tie_strength": strength[i], "tie_class": "strong" if strength[i] >= median else "weak",
        "unique_reach_source": unique_reach(u, v), "unique_reach_target": unique_reach(v, u),
        "dispersion": nx.dispersion(G, u, v), "dispersion_reverse": nx.dispersion(G, v, u),
    })

# ---------------------------------------------------------------- reach
reach = []
for u in nodes:
    f2 = fof(u)
    weak = strong = mixed = 0
    for x in f2:
        kinds = {strong_edge[frozenset((u, v))] for v in common(u, x)}
        if kinds == {False}:
            weak += 1
        elif kinds == {True}:
            strong += 1
        else:
            mixed += 1
    reach.append({"node": u, "degree": G.degree(u), "strength": G.degree(u, weight="weight"),
                  "fof": len(f2), "reach2": G.degree(u) + len(f2), "weak_only_fof": weak,
                  "strong_only_fof": strong, "mixed_fof": mixed})

# ---------------------------------------------------------------- bridges
bridge_set = {frozenset(e) for e in nx.bridges(G)}
span = {frozenset((u, v)): s for u, v, s in nx.local_bridges(G, with_span=True)}
eb = nx.edge_betweenness_centrality(G, normalized=False)
ebw = nx.edge_betweenness_centrality(G, normalized=False, weight="dist")


def get(d, u, v):
    return d[(u, v)] if (u, v) in d else d[(v, u)]


bridges = []
for u, v, w in rows:
    k = frozenset((u, v))
    s = span.get(k)
    bridges.append({"source": u, "target": v, "is_bridge": k in bridge_set,
                    "is_local_bridge": s is not None,
                    "span": None if s is None else ("inf" if math.isinf(s) else str(s)),
                    "edge_betweenness": get(eb, u, v), "edge_betweenness_weighted": get(ebw, u, v)})

# ---------------------------------------------------------------- holes
es = nx.effective_size(G, weight="weight")
con = nx.constraint(G, weight="weight")
nb = nx.betweenness_centrality(G, normalized=False)
holes = []
for u in nodes:
    k = G.degree(u)
    if k == 1:
        h = 1.0
    else:
        lc = [nx.local_constraint(G, u, v, weight="weight") for v in G[u]]
        c = sum(lc)
        r = [x / (c / k) for x in lc]
        h = sum(x * math.log(x) for x in r if x > 0) / (k * math.log(k))
    holes.append({"node": u, "degree": k, "effective_size": es[u], "efficiency": es[u] / k,
                  "constraint": con[u], "hierarchy": h, "betweenness": nb[u]})

# ---------------------------------------------------------------- percolation
grid = [i / 10 for i in range(11)]


def curve(order):
    out = []
    for f in grid:
        k = math.floor(Fraction(repr(f)) * m)
        H = nx.Graph()
        H.add_nodes_from(nodes)
        H.add_edges_from((rows[i][0], rows[i][1]) for i in order[k:])
        sizes = sorted((len(c) for c in nx.connected_components(H)), reverse=True)
        out.append({"fraction_removed": f, "giant_fraction": sizes[0] / len(nodes),
                    "susceptibility": sum(s * s for s in sizes[1:]) / len(nodes)})
    return out


def orders(score):
    up = sorted(range(m), key=lambda i: score[i])  # stable: equal scores in input order
    down = sorted(range(m), key=lambda i: -score[i])
    return {"ascending": curve(up), "descending": curve(down)}


percolation = {"weight": orders([w for _, _, w in rows]), "overlap": orders(overlap)}

# ---------------------------------------------------------------- curve
rng = np.random.default_rng(20240131)
n = 400
x = rng.integers(0, 31, n).astype(float)
y = 0.2 + 0.06 * x - 0.003 * x * x + rng.normal(0, 0.1, n)
grp = np.where(rng.random(n) < 0.5, "a", "b")
with open("../curve_observations.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["tie_id", "mutual", "group", "outcome"])
    for i in range(n):
        w.writerow([i, repr(x[i]), grp[i], repr(float(y[i]))])
X = sm.add_constant(np.column_stack([x, x * x]))
fit = sm.OLS(y, X).fit(cov_type="HC3")
b0, b1, b2 = fit.params
V = fit.cov_params()
g = np.array([0.0, -1 / (2 * b2), b1 / (2 * b2 * b2)])
curve_fit = {"n": n, "b1": b1, "b2": b2, "se_b1": fit.bse[1], "se_b2": fit.bse[2],
             "turning_point": -b1 / (2 * b2), "turning_point_se": float(math.sqrt(g @ V @ g))}

doc = {"versions": {"networkx": nx.__version__, "numpy": np.__version__,
                    "statsmodels": statsmodels.__version__},
       "ties": ties, "reach": reach, "bridges": bridges, "holes": holes,
       "percolation": percolation, "curve": curve_fit}
with open("cli_reference.json", "w") as f:
    json.dump(doc, f, indent=1)
print("wrote cli_reference.json and ../curve_observations.csv")
