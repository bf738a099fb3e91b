package org.weakties.bridge;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.weakties.graph.SocialGraph;

/** Slow, obviously correct reference implementations for the property tests of this package. */
final class Naive {
  private Naive() {}

  /** Number of connected components, skipping edge {@code skipEdge} and node {@code skipNode}. */
  static int components(SocialGraph g, int skipEdge, int skipNode) {
    int n = g.nodeCount();
    boolean[] seen = new boolean[n];
    int count = 0;
    for (int r = 0; r < n; r++) {
      if (seen[r] || r == skipNode) {
        continue;
      }
      count++;
      ArrayDeque<Integer> q = new ArrayDeque<>();
      q.add(r);
      seen[r] = true;
      while (!q.isEmpty()) {
        int u = q.poll();
        for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
          int v = g.arcTarget(p);
          if (g.arcEdge(p) == skipEdge || v == skipNode || seen[v]) {
            continue;
          }
          seen[v] = true;
          q.add(v);
        }
      }
    }
    return count;
  }

  /** Hop distance from u to v without edge {@code skipEdge}; -1 when unreachable. */
  static int distanceWithout(SocialGraph g, int u, int v, int skipEdge) {
    int[] d = new int[g.nodeCount()];
    Arrays.fill(d, -1);
    ArrayDeque<Integer> q = new ArrayDeque<>();
    d[u] = 0;
    q.add(u);
    while (!q.isEmpty()) {
      int x = q.poll();
      for (int p = g.arcStart(x); p < g.arcEnd(x); p++) {
        int y = g.arcTarget(p);
        if (g.arcEdge(p) != skipEdge && d[y] < 0) {
          d[y] = d[x] + 1;
          q.add(y);
        }
      }
    }
    return d[v];
  }

  /** Whether u and v have a common neighbour. */
  static boolean commonNeighbor(SocialGraph g, int u, int v) {
    for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
      if (g.hasEdge(g.arcTarget(p), v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Betweenness by all-pairs path counting (graphs up to a few dozen nodes): Floyd-Warshall distances
   * with the given edge lengths (null = hops), shortest path counts sigma(s, t) by dynamic programming
   * over nodes sorted by distance, then for each unordered pair {s, t} each edge (x, y) on a shortest
   * path gets sigma(s, x) sigma(y, t) / sigma(s, t) and each inner node v gets
   * sigma(s, v) sigma(v, t) / sigma(s, t). Returns edge values then node values in one array.
   */
  static double[] betweenness(SocialGraph g, double[] len) {
    int n = g.nodeCount();
    int m = g.edgeCount();
    double[][] d = new double[n][n];
    for (double[] row : d) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    for (int u = 0; u < n; u++) {
      d[u][u] = 0;
      for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
        d[u][g.arcTarget(p)] = len == null ? 1 : len[g.arcEdge(p)];
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (d[i][k] + d[k][j] < d[i][j]) {
            d[i][j] = d[i][k] + d[k][j];
          }
        }
      }
    }
    SocialGraph.EdgeEndpoints ends = g.endpoints();
    double[] lenOf = new double[m];
    for (int e = 0; e < m; e++) {
      lenOf[e] = len == null ? 1 : len[e];
    }
    double[][] sigma = new double[n][n];
    for (int s = 0; s < n; s++) {
      Integer[] byDist = new Integer[n];
      for (int i = 0; i < n; i++) {
        byDist[i] = i;
      }
      final int src = s;
      Arrays.sort(byDist, (a, b) -> Double.compare(d[src][a], d[src][b]));
      sigma[s][s] = 1;
      for (int t : byDist) {
        if (t == s || Double.isInfinite(d[s][t])) {
          continue;
        }
        double c = 0;
        for (int p = g.arcStart(t); p < g.arcEnd(t); p++) {
          int x = g.arcTarget(p);
          if (d[s][x] + lenOf[g.arcEdge(p)] == d[s][t]) {
            c += sigma[s][x];
          }
        }
        sigma[s][t] = c;
      }
    }
    double[] out = new double[m + n];
    for (int s = 0; s < n; s++) {
      for (int t = s + 1; t < n; t++) {
        if (Double.isInfinite(d[s][t])) {
          continue;
        }
        for (int e = 0; e < m; e++) {
          int x = ends.source()[e];
          int y = ends.target()[e];
          for (int flip = 0; flip < 2; flip++) {
            int a = flip == 0 ? x : y;
            int b = flip == 0 ? y : x;
            if (d[s][a] + lenOf[e] + d[b][t] == d[s][t]) {
              out[e] += sigma[s][a] * sigma[b][t] / sigma[s][t];
            }
          }
        }
        for (int v = 0; v < n; v++) {
          if (v != s && v != t && d[s][v] + d[v][t] == d[s][t]) {
            out[m + v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
          }
        }
      }
    }
    return out;
  }
}
