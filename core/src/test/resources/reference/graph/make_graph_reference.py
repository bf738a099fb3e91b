#!/usr/bin/python3
"""Reference values for the tests of org.weakties.graph, from Debian's NetworkX.

Run with Debian's interpreter: /usr/bin/python3 make_graph_reference.py > graph_reference.json
(the library versions are printed to stderr and recorded in the output).
The karate club is read from ../../graphs/karate.csv, exactly the file the tests load, so node names
are the strings "0".."33".
"""
import csv
import json
import os
import sys

import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))
print("networkx", nx.__version__, file=sys.stderr)

g = nx.Graph()
with open(os.path.join(here, "..", "..", "graphs", "karate.csv"), newline="") as f:
    for row in csv.DictReader(f):
        g.add_edge(row["source"], row["target"], weight=float(row["weight"]))

out = {"networkx": nx.__version__, "graph": "karate", "ego": [], "nodes": {}}
for ego in ["0", "33", "16", "11"]:
    for radius in (1, 2):
        e = nx.ego_graph(g, ego, radius=radius)
        out["ego"].append({
            "ego": ego,
            "radius": radius,
            "nodes": sorted(e.nodes(), key=int),
            "edges": e.number_of_edges(),
            "total_weight": e.size(weight="weight"),
        })
for v in sorted(g.nodes(), key=int):
    out["nodes"][v] = {
        "degree": g.degree(v),
        "strength": g.degree(v, weight="weight"),
        "clustering": nx.clustering(g, v),
        "component_size": len(nx.node_connected_component(g, v)),
    }
# unweighted BFS distances from node "0" and weighted (Dijkstra) distances from node "0"
out["bfs_from_0"] = dict(nx.single_source_shortest_path_length(g, "0"))
out["dijkstra_from_0"] = dict(nx.single_source_dijkstra_path_length(g, "0", weight="weight"))
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
