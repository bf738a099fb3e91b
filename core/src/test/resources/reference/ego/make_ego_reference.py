#!/usr/bin/python3
"""Reference values of the career report for egos of the named networks, from Debian's NetworkX.

Run with Debian's interpreter: /usr/bin/python3 make_ego_reference.py > ego_reference.json
For each (graph, ego): the contacts with their common neighbours (embeddedness), the local bridges
among ego's ties with their span (networkx.local_bridges(G, with_span=True); None for infinity), the
local clustering, the friends of friends (distance exactly 2) with their number of common
neighbours, the unique reach of each tie (friends of friends whose only common neighbour with ego is
that contact), each friend of friend's contacts at distance 3, the connected components of the
sub-graph induced by the friends of friends, and Burt's effective size and constraint, weighted and
unweighted (networkx.effective_size / networkx.constraint).
Graphs are read from ../../graphs/*.csv so labels are the same strings the tests use.
"""
import csv
import json
import math
import os
import sys

import networkx as nx


def load(name, weighted):
    g = nx.Graph()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", "graphs", name + ".csv")) as f:
        for row in csv.DictReader(f):
            g.add_edge(row["source"], row["target"], weight=float(row["weight"]) if weighted else 1.0)
    return g


def ego_values(g, ego):
    nbrs = set(g[ego])
    dist = nx.single_source_shortest_path_length(g, ego, cutoff=3)
    fof = sorted(w for w, d in dist.items() if d == 2)
    ring3 = {w for w, d in dist.items() if d == 3}
    contacts = {}
    for v in sorted(nbrs):
        contacts[v] = {"mutual": len(nbrs & set(g[v])), "unique_reach": 0}
    fof_out = {}
    for w in fof:
        common = sorted(nbrs & set(g[w]))
        if len(common) == 1:
            contacts[common[0]]["unique_reach"] += 1
        fof_out[w] = {"mutual": len(common), "opens": len(ring3 & set(g[w]))}
    spans = {}
    for u, v, span in nx.local_bridges(g, with_span=True, weight=None):
        if ego in (u, v):
            other = v if u == ego else u
            spans[other] = None if math.isinf(span) else int(span)
    comps = [sorted(c) for c in nx.connected_components(g.subgraph(fof))]
    comps.sort(key=lambda c: (-len(c), min(c)))
    alter_comps = [sorted(c) for c in nx.connected_components(g.subgraph(nbrs))]
    alter_comps.sort(key=lambda c: (-len(c), min(c)))
    return {
        "degree": len(nbrs),
        "clustering": nx.clustering(g, ego),
        "contacts": contacts,
        "local_bridges": spans,
        "friends_of_friends": fof_out,
        "fof_components": comps,
        "circles": alter_comps,
        "effective_size_weighted": nx.effective_size(g, [ego], weight="weight")[ego],
        "constraint_weighted": nx.constraint(g, [ego], weight="weight")[ego],
        "effective_size_unweighted": nx.effective_size(g, [ego])[ego],
        "constraint_unweighted": nx.constraint(g, [ego])[ego],
    }


def main():
    print("networkx", nx.__version__, file=sys.stderr)
    out = {"networkx": nx.__version__, "cases": []}
    for name, egos in [("karate", ["0", "33", "11", "2"]), ("lesmis", ["Valjean", "Napoleon"]),
                       ("florentine", ["Medici", "Pazzi"])]:
        weighted = name != "florentine"
        g = load(name, weighted)
        for ego in egos:
            case = {"graph": name, "ego": ego}
            case.update(ego_values(g, ego))
            out["cases"].append(case)
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    print()


main()
