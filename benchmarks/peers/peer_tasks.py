#!/usr/bin/python3
"""One peer task on one edge list, timed, with a check value, printed as one JSON line.

Usage: /usr/bin/python3 peer_tasks.py TOOL TASK EDGES.csv
  TOOL  igraph | networkx
  TASK  noop | load | overlap | reach2 | bridges | local_bridges | constraint | clustering |
        edge_betweenness

The edge list is the project's CSV (header source,target,weight,...). igraph loads the whitespace
copy EDGES.ncol beside it with its native C reader (Graph.Read_Ncol); NetworkX reads the CSV with
its own reader. 'seconds' is the kernel time only (graph already loaded); 'load_seconds' the load;
'peak_rss_mb' the process peak (load included). Check values are the quantities compared with
weakties: counts exactly, sums to relative 1e-9. Check values are computed outside the timed part.

Timing: a task whose first run takes under 10 s is run four more times, under 60 s twice more, and
'seconds' is the best of these runs (the JVM tools: the same counts after one warm-up run); a longer
first run is reported alone. 'noop' imports the library and loads nothing: the memory baseline of
the process. 'rss_after_first_load_mb' is the peak resident size right after the first load.

Definitions (the same as weakties'):
  overlap           igraph: similarity_jaccard(pairs=edges, loops=False) gives J = c / (k_u + k_v - c)
                    for the c common neighbours, so c = J (k_u + k_v) / (1 + J), rounded; NetworkX:
                    common_neighbors per edge. overlap = c / (k_u + k_v - 2 - c), 0 when 0/0.
  reach2            nodes within two hops, the node itself excluded: neighborhood_size(order=2) - 1.
  local_bridges     edges in no triangle, with the hop distance between the ends once the edge is
                    removed (inf for global bridges); igraph: list_triangles marks the edges in
                    triangles, then a bidirectional BFS in Python on igraph's adjacency lists.
  constraint        Burt's constraint with weights (igraph constraint(weights=...), NetworkX
                    constraint(weight="weight")); NaN (isolated nodes) left out of the sum.
  clustering        local clustering, 0 below degree 2 (igraph transitivity_local_undirected
                    (mode="zero"), NetworkX clustering).
  edge_betweenness  exact, hop counts, raw sums over unordered pairs (igraph edge_betweenness(),
                    NetworkX edge_betweenness_centrality(normalized=False)); checked by the sum and
                    the sum of squares (the sum alone is the sum of all pair distances).
"""
import json
import math
import os
import resource
import sys
import time

REPEAT_BELOW_SECONDS = 60.0
RUNS = 3
SHORT_SECONDS = 10.0
SHORT_RUNS = 5


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed(fn):
    """Runs fn once; when that took under SHORT_SECONDS, SHORT_RUNS times in all, under
    REPEAT_BELOW_SECONDS RUNS times. Returns (best seconds, runs, last result)."""
    t0 = time.perf_counter()
    result = fn()
    best = time.perf_counter() - t0
    if best >= REPEAT_BELOW_SECONDS:
        return best, 1, result
    runs = SHORT_RUNS if best < SHORT_SECONDS else RUNS
    for _ in range(runs - 1):
        result = None
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, runs, result


def bidirectional_span(adj, u, v):
    """Hop distance u-v without the edge u-v, by BFS from both ends, one level at a time, always
    expanding the side with the smaller frontier."""
    dist_u = {u: 0}
    dist_v = {v: 0}
    front_u = [u]
    front_v = [v]
    while front_u and front_v:
        if len(front_u) <= len(front_v):
            front, dist, other, side = front_u, dist_u, dist_v, 0
        else:
            front, dist, other, side = front_v, dist_v, dist_u, 1
        nxt = []
        best = math.inf
        for x in front:
            dx = dist[x] + 1
            for y in adj[x]:
                if (x == u and y == v) or (x == v and y == u):
                    continue
                if y in other:
                    s = dx + other[y]
                    if s < best:
                        best = s
                if y not in dist:
                    dist[y] = dx
                    nxt.append(y)
        if best != math.inf:
            return best
        if side == 0:
            front_u = nxt
        else:
            front_v = nxt
    return math.inf


def local_bridge_check(spans):
    finite = [s for s in spans if s != math.inf]
    return {"local_bridges": len(spans), "infinite_spans": len(spans) - len(finite),
            "span_sum": float(sum(finite))}


def betweenness_check(values):
    # the sum alone is the sum of all pair distances, whatever the split over equal paths; the sum
    # of squares depends on the split
    return {"edge_betweenness_sum": float(sum(values)),
            "edge_betweenness_sum_squares": float(sum(x * x for x in values))}


def igraph_tasks(g):
    """The igraph kernels (each returns what its check is computed from) and check functions."""

    def overlap():
        pairs = g.get_edgelist()
        return pairs, g.similarity_jaccard(pairs=pairs, loops=False)

    def overlap_check(res):
        pairs, jac = res
        deg = g.degree()
        emb = 0
        ov = 0.0
        for (u, v), j in zip(pairs, jac):
            c = round(j * (deg[u] + deg[v]) / (1 + j))
            emb += c
            d = deg[u] + deg[v] - 2 - c
            ov += c / d if d > 0 else 0.0
        return {"embeddedness_sum": emb, "overlap_sum": ov}

    def local_bridges():
        adj = g.get_adjlist()
        in_tri = bytearray(g.ecount())
        tri = g.list_triangles()
        if tri:
            pairs = []
            for a, b, c in tri:
                pairs.append((a, b))
                pairs.append((b, c))
                pairs.append((a, c))
            for e in g.get_eids(pairs=pairs, directed=False):
                in_tri[e] = 1
        edges = g.get_edgelist()
        return [bidirectional_span(adj, u, v) for e, (u, v) in enumerate(edges) if not in_tri[e]]

    kernels = {
        "overlap": (overlap, overlap_check),
        "reach2": (lambda: g.neighborhood_size(order=2),
                   lambda s: {"reach2_sum": sum(s) - g.vcount()}),
        "bridges": (lambda: g.bridges(), lambda b: {"bridges": len(b)}),
        "local_bridges": (local_bridges, local_bridge_check),
        "constraint": (lambda: g.constraint(weights="weight"),
                       lambda c: {"constraint_sum": float(sum(x for x in c if not math.isnan(x)))}),
        "clustering": (lambda: g.transitivity_local_undirected(mode="zero"),
                       lambda c: {"clustering_sum": float(sum(c))}),
        "edge_betweenness": (lambda: g.edge_betweenness(directed=False), betweenness_check),
    }
    return kernels


def networkx_tasks(g):
    import networkx as nx

    def overlap():
        res = []
        for u, v in g.edges():
            c = sum(1 for _ in nx.common_neighbors(g, u, v))
            res.append((c, g.degree(u) + g.degree(v) - 2 - c))
        return res

    def overlap_check(res):
        return {"embeddedness_sum": sum(c for c, _ in res),
                "overlap_sum": sum(c / d if d > 0 else 0.0 for c, d in res)}

    def reach2():
        return [len(nx.single_source_shortest_path_length(g, u, cutoff=2)) - 1 for u in g]

    kernels = {
        "overlap": (overlap, overlap_check),
        "reach2": (reach2, lambda s: {"reach2_sum": sum(s)}),
        "bridges": (lambda: list(nx.bridges(g)), lambda b: {"bridges": len(b)}),
        "local_bridges": (lambda: [s for _, _, s in nx.local_bridges(g, with_span=True)],
                          local_bridge_check),
        "constraint": (lambda: nx.constraint(g, weight="weight"),
                       lambda c: {"constraint_sum": float(
                           sum(x for x in c.values() if not math.isnan(x)))}),
        "clustering": (lambda: nx.clustering(g),
                       lambda c: {"clustering_sum": float(sum(c.values()))}),
        "edge_betweenness": (lambda: nx.edge_betweenness_centrality(g, normalized=False),
                             lambda eb: betweenness_check(list(eb.values()))),
    }
    return kernels


def load_igraph(path):
    import igraph as ig
    ncol = os.path.splitext(path)[0] + ".ncol"
    return ig.Graph.Read_Ncol(ncol, names=True, weights=True, directed=False)


def load_networkx(path):
    import networkx as nx
    g = nx.Graph()
    with open(path) as f:
        header = f.readline().strip().split(",")
        si = header.index("source")
        ti = header.index("target")
        wi = header.index("weight") if "weight" in header else -1
        for line in f:
            p = line.rstrip("\n").split(",")
            g.add_edge(p[si], p[ti], weight=float(p[wi]) if wi >= 0 else 1.0)
    return g


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    tool, task, path = sys.argv[1], sys.argv[2], sys.argv[3]
    if tool == "igraph":
        import igraph
        version = igraph.__version__
        loader, tasks = load_igraph, igraph_tasks
        size = lambda g: (g.vcount(), g.ecount())
    elif tool == "networkx":
        import networkx
        version = networkx.__version__
        loader, tasks = load_networkx, networkx_tasks
        size = lambda g: (g.number_of_nodes(), g.number_of_edges())
    else:
        raise SystemExit("unknown tool " + tool)
    out = {"tool": tool, "version": version, "task": task, "file": os.path.basename(path),
           "python": sys.version.split()[0]}
    if task == "noop":
        out.update({"load_seconds": 0.0, "seconds": 0.0, "runs": 0,
                    "timing": "nothing timed: the interpreter and the library alone",
                    "peak_rss_mb": peak_rss_mb(), "check": {}})
        print(json.dumps(out))
        return
    t0 = time.perf_counter()
    g = loader(path)
    load = time.perf_counter() - t0
    nodes, edges = size(g)
    out.update({"nodes": nodes, "edges": edges, "load_seconds": load,
                "rss_after_first_load_mb": peak_rss_mb()})
    if task == "load":
        if load < REPEAT_BELOW_SECONDS:
            runs = SHORT_RUNS if load < SHORT_SECONDS else RUNS
            for _ in range(runs - 1):
                g = None
                t0 = time.perf_counter()
                g = loader(path)
                load = min(load, time.perf_counter() - t0)
        else:
            runs = 1
        out.update({"seconds": load, "runs": runs,
                    "timing": "best of %d loads" % runs if runs > 1 else "single load",
                    "check": {"nodes": nodes, "edges": edges}})
    else:
        kernels = tasks(g)
        if task not in kernels:
            raise SystemExit("unknown task " + task)
        kernel, check = kernels[task]
        secs, runs, result = timed(kernel)
        out.update({"seconds": secs, "runs": runs,
                    "timing": "best of %d runs" % runs if runs > 1 else "single run",
                    "check": check(result)})
    out["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
