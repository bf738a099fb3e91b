#!/usr/bin/python3
"""GraphML and GML files written by Debian's NetworkX, to test that the readers accept them.

Run: /usr/bin/python3 make_networkx_files.py   (writes the files beside it and prints versions)
- karate.graphml / karate.gml: Zachary's karate club with weights and the node attribute 'club',
  node names as strings "0".."33".
- davis_women.graphml / davis_women.gml: the weighted projection onto the 18 women; node ids contain
  blanks ("Evelyn Jefferson"), which the GraphML schema would not allow, and one tiny weight written in
  exponent notation (1e-09) to exercise GML numbers.
- networkx_expected.json: for each file, node labels in order, and each edge with its weight.
"""
import json
import os
import sys

import networkx as nx
from networkx.algorithms import bipartite

here = os.path.dirname(os.path.abspath(__file__))
print("networkx", nx.__version__, file=sys.stderr)

k = nx.karate_club_graph()
karate = nx.Graph()
for v, d in k.nodes(data=True):
    karate.add_node(str(v), club=d["club"])
for u, v, d in k.edges(data=True):
    karate.add_edge(str(u), str(v), weight=float(d["weight"]))

davis = nx.davis_southern_women_graph()
women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
proj = bipartite.weighted_projected_graph(davis, women)
dw = nx.Graph()
dw.add_nodes_from(proj.nodes())
for u, v, d in proj.edges(data=True):
    dw.add_edge(u, v, weight=float(d["weight"]))
first = next(iter(dw.edges()))
dw.edges[first]["weight"] = 1e-09

expected = {"networkx": nx.__version__}
for name, g in (("karate", karate), ("davis_women", dw)):
    nx.write_graphml(g, os.path.join(here, name + ".graphml"))
    nx.write_gml(g, os.path.join(here, name + ".gml"))
    expected[name] = {
        "nodes": list(g.nodes()),
        "attributes": {v: d for v, d in g.nodes(data=True) if d},
        "edges": [[u, v, d["weight"]] for u, v, d in g.edges(data=True)],
    }
with open(os.path.join(here, "networkx_expected.json"), "w") as f:
    json.dump(expected, f, indent=1)
    f.write("\n")
