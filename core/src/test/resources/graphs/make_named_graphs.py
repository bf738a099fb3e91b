#!/usr/bin/python3
"""Writes the named reference networks as edge lists (source,target,weight) from Debian's NetworkX.

Run with Debian's interpreter: /usr/bin/python3 make_named_graphs.py
Karate club: Zachary (1977), with NetworkX's 'weight' attribute (interaction counts).
Les Miserables: Knuth (1993), co-appearance weights.
Florentine families: Padgett & Ansell (1993), marriage ties (unweighted).
Davis southern women: Davis, Gardner & Gardner (1941); the weighted projection onto the 18 women
(weight = number of events attended together, networkx.bipartite.weighted_projected_graph).
"""
import csv
import networkx as nx
from networkx.algorithms import bipartite

print("networkx", nx.__version__)


def write(name, g, weighted):
    with open(name + ".csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for u, v, d in g.edges(data=True):
            w.writerow([u, v, repr(float(d.get("weight", 1.0))) if weighted else "1.0"])
    print(name, g.number_of_nodes(), g.number_of_edges())


write("karate", nx.karate_club_graph(), True)
write("lesmis", nx.les_miserables_graph(), True)
write("florentine", nx.florentine_families_graph(), False)
davis = nx.davis_southern_women_graph()
women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
write("davis_women", bipartite.weighted_projected_graph(davis, women), True)
