#!/usr/bin/python3
"""One peer task on one edge list, timed, with a check value, printed as one JSON line.

Usage: /usr/bin/python3 peer_tasks.py TOOL TASK EDGES.csv
  TOOL  igraph | networkx
  TASK  load | overlap | reach2 | bridges | local_bridges | constraint | edge_betweenness

The edge list is the project's CSV (header source,target,weight,...). igraph loads the whitespace
copy EDGES.ncol beside it with its native C reader (Graph.Read_Ncol); NetworkX reads the CSV with
its own reader. 'seconds' is the kernel time only (graph already loaded); 'load_seconds' the load;
'peak_rss_mb' the process peak (load included). Check values are the quantities compared with
weakties: counts exactly, sums to relative 1e-9.
"""
import json
import math
import os
import resource
import sys
import time


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_igraph(task, path):
    import igraph as ig
    ncol = os.path.splitext(path)[0] + ".ncol"
    t0 = time.perf_counter()
    g = ig.Graph.Read_Ncol(ncol, names=True, weights=True, directed=False)
    load = time.perf_counter() - t0
    check = {}
    t0 = time.perf_counter()
    if task == "load":
        check = {"nodes": g.vcount(), "edges": g.ecount()}
    elif task == "overlap":
        pairs = g.get_edgelist()
        jac = g.similarity_jaccard(pairs=pairs, loops=False)
        secs = time.perf_counter() - t0
        deg = g.degree()
        emb = 0
        ov = 0.0
        for (u, v), j in zip(pairs, jac):
            c = round(j * (deg[u] + deg[v]) / (1 + j))
            emb += c
            d = deg[u] + deg[v] - 2 - c
            ov += c / d if d > 0 else 0.0
        check = {"embeddedness_sum": emb, "overlap_sum": ov}
        return load, secs, check
    elif task == "reach2":
        sizes = g.neighborhood_size(order=2)
        secs = time.perf_counter() - t0
        check = {"reach2_sum": sum(sizes) - g.vcount()}
        return load, secs, check
    elif task == "bridges":
        b = g.bridges()
        secs = time.perf_counter() - t0
        check = {"bridges": len(b)}
        return load, secs, check
    elif task == "local_bridges":
        adj = g.get_adjlist()
        in_tri = [False] * g.ecount()
        for a, b, c in g.list_triangles():
            for x, y in ((a, b), (b, c), (a, c)):
                in_tri[g.get_eid(x, y)] = True
        n = g.vcount()
        spans = {}
        for e in range(g.ecount()):
            if in_tri[e]:
                continue
            u, v = g.es[e].tuple
            spans[e] = bidirectional_span(adj, u, v, n)
        secs = time.perf_counter() - t0
        finite = [s for s in spans.values() if s != math.inf]
        check = {"local_bridges": len(spans), "infinite_spans": len(spans) - len(finite),
                 "span_sum": float(sum(finite))}
        return load, secs, check
    elif task == "constraint":
        c = g.constraint(weights="weight")
        secs = time.perf_counter() - t0
        check = {"constraint_sum": float(sum(x for x in c if not math.isnan(x)))}
        return load, secs, check
    elif task == "edge_betweenness":
        eb = g.edge_betweenness(directed=False)
        secs = time.perf_counter() - t0
        check = {"edge_betweenness_sum": float(sum(eb))}
        return load, secs, check
    else:
        raise SystemExit("unknown task " + task)
    return load, time.perf_counter() - t0, check


def bidirectional_span(adj, u, v, n):
    """Hop distance u-v without the edge u-v, by BFS from both ends, one level at a time."""
    dist_u = {u: 0}
    dist_v = {v: 0}
    front_u = [u]
    front_v = [v]
    while front_u and front_v:
        if len(front_u) <= len(front_v):
            front, dist, other = front_u, dist_u, dist_v
            side = 0
        else:
            front, dist, other = front_v, dist_v, dist_u
            side = 1
        nxt = []
        best = math.inf
        for x in front:
            for y in adj[x]:
                if (x == u and y == v) or (x == v and y == u):
                    continue
                if y in other:
                    best = min(best, dist[x] + 1 + other[y])
                if y not in dist:
                    dist[y] = dist[x] + 1
                    nxt.append(y)
        if best != math.inf:
            return best
        if side == 0:
            front_u = nxt
        else:
            front_v = nxt
    return math.inf


def run_networkx(task, path):
    import networkx as nx
    t0 = time.perf_counter()
    g = nx.Graph()
    with open(path) as f:
        header = f.readline().strip().split(",")
        wi = header.index("weight") if "weight" in header else -1
        for line in f:
            p = line.rstrip("\n").split(",")
            g.add_edge(p[0], p[1], weight=float(p[wi]) if wi >= 0 else 1.0)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    if task == "load":
        check = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    elif task == "overlap":
        emb = 0
        ov = 0.0
        for u, v in g.edges():
            c = len(list(nx.common_neighbors(g, u, v)))
            emb += c
            d = g.degree(u) + g.degree(v) - 2 - c
            ov += c / d if d > 0 else 0.0
        check = {"embeddedness_sum": emb, "overlap_sum": ov}
    elif task == "reach2":
        s = 0
        for u in g:
            s += len(nx.single_source_shortest_path_length(g, u, cutoff=2)) - 1
        check = {"reach2_sum": s}
    elif task == "bridges":
        check = {"bridges": sum(1 for _ in nx.bridges(g))}
    elif task == "local_bridges":
        lb = list(nx.local_bridges(g, with_span=True))
        finite = [s for _, _, s in lb if s != math.inf]
        check = {"local_bridges": len(lb), "infinite_spans": len(lb) - len(finite),
                 "span_sum": float(sum(finite))}
    elif task == "constraint":
        c = nx.constraint(g, weight="weight")
        check = {"constraint_sum": float(sum(x for x in c.values() if not math.isnan(x)))}
    elif task == "edge_betweenness":
        eb = nx.edge_betweenness_centrality(g, normalized=False)
        check = {"edge_betweenness_sum": float(sum(eb.values()))}
    else:
        raise SystemExit("unknown task " + task)
    return load, time.perf_counter() - t0, check


def main():
    tool, task, path = sys.argv[1], sys.argv[2], sys.argv[3]
    if tool == "igraph":
        import igraph
        version = igraph.__version__
        load, secs, check = run_igraph(task, path)
    elif tool == "networkx":
        import networkx
        version = networkx.__version__
        load, secs, check = run_networkx(task, path)
    else:
        raise SystemExit("unknown tool " + tool)
    print(json.dumps({"tool": tool, "version": version, "task": task, "file": os.path.basename(path),
                      "load_seconds": load, "seconds": load if task == "load" else secs,
                      "peak_rss_mb": peak_rss_mb(), "check": check}))


if __name__ == "__main__":
    main()
