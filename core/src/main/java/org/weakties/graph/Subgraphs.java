package org.weakties.graph;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.weakties.internal.IntQueue;

/**
 * Derived graphs: ego networks, induced sub-graphs and edge filters. Each returns a new immutable
 * {@link SocialGraph} that keeps the original labels, weights, edge attributes and node attributes.
 */
public final class Subgraphs {
  private Subgraphs() {}

  /**
   * The ego network of {@code ego}: the sub-graph induced by the nodes within {@code radius} hops
   * (ego included), radius 1 or 2. O(size of the ball and its edges). Nodes keep their relative id
   * order, so ego's position in the result is {@code result.id(graph.label(ego))}.
   *
   * @throws IllegalArgumentException when radius is not 1 or 2, or ego is not a node
   */
  public static SocialGraph ego(SocialGraph g, int ego, int radius) {
    if (radius < 1 || radius > 2) {
      throw new IllegalArgumentException("ego network radius must be 1 or 2, got " + radius);
    }
    if (ego < 0 || ego >= g.nodeCount()) {
      throw new IllegalArgumentException("unknown node id " + ego + "; ids are in [0, "
          + g.nodeCount() + ")");
    }
    int n = g.nodeCount();
    int[] dist = new int[n];
    Arrays.fill(dist, -1);
    IntQueue q = new IntQueue(n);
    dist[ego] = 0;
    q.add(ego);
    while (!q.isEmpty()) {
      int u = q.poll();
      if (dist[u] == radius) {
        continue;
      }
      for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
        int v = g.arcTarget(p);
        if (dist[v] < 0) {
          dist[v] = dist[u] + 1;
          q.add(v);
        }
      }
    }
    int[] nodes = new int[q.enqueuedCount()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = q.enqueued(i);
    }
    Arrays.sort(nodes);
    return induced(g, nodes);
  }

  /**
   * The sub-graph induced by {@code nodes} (distinct ids, any order; the result numbers them in the
   * given order). O(sum of their degrees).
   */
  public static SocialGraph induced(SocialGraph g, int[] nodes) {
    int n = g.nodeCount();
    int[] map = new int[n];
    Arrays.fill(map, -1);
    for (int i = 0; i < nodes.length; i++) {
      int u = nodes[i];
      if (u < 0 || u >= n) {
        throw new IllegalArgumentException("unknown node id " + u + "; ids are in [0, " + n + ")");
      }
      if (map[u] >= 0) {
        throw new IllegalArgumentException("node id " + u + " is listed twice");
      }
      map[u] = i;
    }
    int count = 0;
    for (int u : nodes) {
      for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
        int v = g.arcTarget(p);
        if (v > u && map[v] >= 0) {
          count++;
        }
      }
    }
    int[] s = new int[count];
    int[] t = new int[count];
    int[] e = new int[count];
    int k = 0;
    for (int u : nodes) {
      for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
        int v = g.arcTarget(p);
        if (v > u && map[v] >= 0) {
          s[k] = map[u];
          t[k] = map[v];
          e[k++] = g.arcEdge(p);
        }
      }
    }
    return fromEdges(g, nodes.length, s, t, e, g.index().isIdentity() && isIdentityPrefix(nodes)
        ? NodeIndex.identity(nodes.length) : g.index().select(nodes),
        g.nodeAttributes().select(nodes));
  }

  /**
   * A graph with every node of {@code g} and only the edges whose id passes {@code keep}, for example
   * "strong ties only". Edge ids are renumbered; O(n + m).
   */
  public static SocialGraph filterEdges(SocialGraph g, IntPredicate keep) {
    int m = g.edgeCount();
    SocialGraph.EdgeEndpoints ep = g.endpoints();
    int count = 0;
    for (int e = 0; e < m; e++) {
      if (keep.test(e)) {
        count++;
      }
    }
    int[] s = new int[count];
    int[] t = new int[count];
    int[] ids = new int[count];
    int k = 0;
    for (int e = 0; e < m; e++) {
      if (keep.test(e)) {
        s[k] = ep.source()[e];
        t[k] = ep.target()[e];
        ids[k++] = e;
      }
    }
    return fromEdges(g, g.nodeCount(), s, t, ids, g.index(), g.nodeAttributes());
  }

  private static boolean isIdentityPrefix(int[] nodes) {
    for (int i = 0; i < nodes.length; i++) {
      if (nodes[i] != i) {
        return false;
      }
    }
    return true;
  }

  private static SocialGraph fromEdges(SocialGraph g, int n, int[] s, int[] t, int[] origEdge,
      NodeIndex index, NodeAttributes attrs) {
    double[] w = new double[s.length];
    double[] inter = g.hasInteractions() ? new double[s.length] : null;
    long[] last = g.hasLastContact() ? new long[s.length] : null;
    for (int i = 0; i < s.length; i++) {
      w[i] = g.weight(origEdge[i]);
      if (inter != null) {
        inter[i] = g.interactions(origEdge[i]);
      }
      if (last != null) {
        last[i] = g.lastContact(origEdge[i]);
      }
    }
    BuildOptions opt = new BuildOptions(DuplicatePolicy.REJECT, SelfLoopPolicy.REJECT, inter, last,
        false);
    return CsrBuilder.build(n, s, t, w, opt, index, attrs);
  }
}
