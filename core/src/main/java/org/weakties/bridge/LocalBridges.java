package org.weakties.bridge;

import org.weakties.exec.ScratchPool;
import java.util.Arrays;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * Local bridges and their span.
 *
 * <p><b>Definition.</b> Edge {@code (u, v)} is a <em>local bridge</em> when its endpoints have no
 * common neighbour, that is, when the edge lies in no triangle (Easley and Kleinberg). Its
 * <em>span</em> is the hop distance between u and v once the edge is removed: at least 3, and infinite
 * when the edge is a global bridge (see {@link Bridges}). Global bridges are local bridges too, as in
 * NetworkX's {@code local_bridges(G, with_span=True)}. The span is Granovetter's "degree" of a local
 * bridge: the longer the detour, the more the tie matters for reaching the other side. M. S.
 * Granovetter, "The strength of weak ties", American Journal of Sociology 78(6):1360-1380, 1973;
 * D. Easley and J. Kleinberg, <i>Networks, Crowds, and Markets</i>, Cambridge University Press, 2010,
 * chapter 3.
 *
 * <p><b>Method.</b> (1) Global bridges by one DFS (O(n + m)); their span is infinite without any
 * search. (2) Triangle membership: each edge is owned by its endpoint of larger (degree, id); the owner
 * marks its neighbours and the edge scans the other endpoint's list, stopping at the first common
 * neighbour. Time O(sum over edges of min(deg u, deg v)) = O(m^1.5) at worst, far less in practice
 * because edges in triangles stop early. (3) For every other local bridge, a bidirectional
 * breadth-first search from u and v that never crosses the edge itself: whole levels are expanded,
 * always on the side whose frontier has the smaller total degree, and the search stops at the first
 * node reached from both sides. With completed depths a and b on the two sides, no path of length
 * a + b exists, so the first meeting while expanding a level gives the span a + b + 1 exactly. A search
 * that would need to look for a span above {@link LocalBridgesParams#maxSpan()} stops and flags the
 * edge as over the cap (span unknown). Each search costs at most O(n + m), in practice the size of two
 * balls of radius about span/2.
 *
 * <p><b>Weights</b> play no role: the span is a hop count. <b>Degenerate cases:</b> the empty graph,
 * isolated nodes and graphs without local bridges are fine; an edge whose endpoints both have degree 1
 * is a global bridge (span infinite).
 *
 * <p><b>Threads and determinism.</b> Steps (2) and (3) run in parallel over fixed blocks of nodes and
 * of candidate edges; every edge's answer is computed independently, so the result is identical with 1
 * or N threads. <b>Memory:</b> 5 ints per node for the DFS; per worker one int per node for step (2)
 * and three ints per node for step (3); the result keeps one int and two booleans per edge.
 */
public final class LocalBridges {
  static final int NOT_LOCAL = -1;
  static final int OVER_CAP = SpanSearch.OVER_CAP;
  static final int INFINITE = SpanSearch.INFINITE;

  private LocalBridges() {}

  /** Local bridges with spans, with default parameters (no cap, all processors). */
  public static LocalBridgesResult compute(SocialGraph g) {
    return compute(g, LocalBridgesParams.defaults());
  }

  /**
   * Local bridges of {@code g} with their spans.
   *
   * @throws IllegalArgumentException when {@code g} or {@code params} is null
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static LocalBridgesResult compute(SocialGraph g, LocalBridgesParams params) {
    if (g == null) {
      throw new IllegalArgumentException("graph must not be null");
    }
    if (params == null) {
      throw new IllegalArgumentException("params must not be null (use LocalBridgesParams.defaults())");
    }
    int n = g.nodeCount();
    int m = g.edgeCount();
    ProgressListener progress = params.progress();
    CancellationToken token = params.token();
    boolean[] bridge = new boolean[m];
    Bridges.search(g, bridge, null, ProgressListener.NONE, token);

    int[] span = new int[m];
    Arrays.fill(span, NOT_LOCAL);
    markLocalBridges(g, span, params.threads(), progress, token);

    // candidates in edge-id order: local bridges that are not global bridges
    int candidates = 0;
    for (int e = 0; e < m; e++) {
      if (span[e] != NOT_LOCAL) {
        if (bridge[e]) {
          span[e] = INFINITE;
        } else {
          candidates++;
        }
      }
    }
    int[] candEdge = new int[candidates];
    int[] candU = new int[candidates];
    int[] candV = new int[candidates];
    int[] k = new int[1];
    g.forEachEdge((e, u, v) -> {
      if (span[e] != NOT_LOCAL && !bridge[e]) {
        candEdge[k[0]] = e;
        candU[k[0]] = u;
        candV[k[0]] = v;
        k[0]++;
      }
    });
    int maxSpan = params.maxSpan();
    if (maxSpan < 3) {
      for (int e : candEdge) {
        span[e] = OVER_CAP;
      }
    } else {
      progress.start("local bridges: spans", candidates);
      ScratchPool<SpanSearch> pool = new ScratchPool<>(() -> new SpanSearch(n));
      Parallelism.forEachBlock(candidates, params.threads(), token, "local bridges",
          (block, from, to) -> {
            SpanSearch s = pool.take();
            try {
              for (int i = from; i < to; i++) {
                span[candEdge[i]] = s.span(g, candU[i], candV[i], candEdge[i], maxSpan);
              }
            } finally {
              pool.give(s);
            }
            progress.advance(to - from);
          });
      progress.finish();
    }
    return new LocalBridgesResult(n, bridge, span, maxSpan, localBridgesPerNode(g, span));
  }

  /** Per node, the number of incident local bridges (global ones included). */
  private static int[] localBridgesPerNode(SocialGraph g, int[] span) {
    int n = g.nodeCount();
    int[] count = new int[n];
    for (int u = 0; u < n; u++) {
      int c = 0;
      for (int p = g.arcStart(u), end = g.arcEnd(u); p < end; p++) {
        if (span[g.arcEdge(p)] != NOT_LOCAL) {
          c++;
        }
      }
      count[u] = c;
    }
    return count;
  }

  /**
   * Sets {@code span[e] = 0} for every edge in no triangle (leaving NOT_LOCAL elsewhere). Each edge is
   * decided by its owner, the endpoint of larger (degree, id), so no two threads write the same edge.
   */
  static void markLocalBridges(SocialGraph g, int[] span, int threads,
      ProgressListener progress, CancellationToken token) {
    int n = g.nodeCount();
    progress.start("local bridges: triangles", n);
    ScratchPool<int[]> pool = new ScratchPool<>(() -> new int[n]);
    Parallelism.forEachBlock(n, threads, token, "local bridges", (block, from, to) -> {
      int[] mark = pool.take();
      try {
        for (int u = from; u < to; u++) {
          ownedEdges(g, u, mark, span);
        }
      } finally {
        pool.give(mark);
      }
      progress.advance(to - from);
    });
    progress.finish();
  }

  private static void ownedEdges(SocialGraph g, int u, int[] mark, int[] span) {
    int start = g.arcStart(u);
    int end = g.arcEnd(u);
    int du = end - start;
    boolean marked = false;
    int stamp = u + 1; // unique per node: the mark array is never cleared
    for (int p = start; p < end; p++) {
      int v = g.arcTarget(p);
      int dv = g.degree(v);
      if (dv > du || (dv == du && v > u)) {
        continue; // v owns this edge
      }
      if (!marked) {
        for (int q = start; q < end; q++) {
          mark[g.arcTarget(q)] = stamp;
        }
        marked = true;
      }
      boolean common = false;
      for (int q = g.arcStart(v), qe = g.arcEnd(v); q < qe; q++) {
        if (mark[g.arcTarget(q)] == stamp) {
          common = true;
          break;
        }
      }
      if (!common) {
        span[g.arcEdge(p)] = 0;
      }
    }
  }
}
