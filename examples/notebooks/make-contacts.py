#!/usr/bin/python3
"""Writes contacts.csv and contacts-nodes.csv, the sample network of the notebooks and first-steps.jsh.

Run with Debian's interpreter from this folder: /usr/bin/python3 make-contacts.py

The ties are Zachary's karate club (Zachary 1977, 34 members, 78 ties) as NetworkX ships it, with its
'weight' attribute (the number of contexts in which two members interacted) as the weight. The
interaction counts and last-contact times are made up, from a fixed seed, so that stronger ties
tend to have more interactions and more recent contacts:
  interactions = weight * 12 + Poisson-like noise (a binomial draw of up to 10 extra),
  days since the last contact ~ exponential with mean 240 / weight days,
  last_contact = 2024-01-01T00:00:00Z - days (epoch seconds).
contacts-nodes.csv gives each member's faction after the split ('Mr. Hi' or 'Officer').
"""
import csv
import random

import networkx as nx

print("networkx", nx.__version__)

REFERENCE = 1_704_067_200  # 2024-01-01T00:00:00Z
rng = random.Random(1977)
g = nx.karate_club_graph()
with open("contacts.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["source", "target", "weight", "interactions", "last_contact"])
    for u, v, d in g.edges(data=True):
        w = float(d["weight"])
        interactions = int(w * 12) + sum(rng.random() < 0.3 for _ in range(10))
        days = rng.expovariate(w / 240.0)
        out.writerow([u, v, repr(w), interactions, REFERENCE - int(days * 86400)])
with open("contacts-nodes.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["node", "club"])
    for n, d in g.nodes(data=True):
        out.writerow([n, d["club"]])
print("contacts.csv", g.number_of_nodes(), "members", g.number_of_edges(), "ties")
