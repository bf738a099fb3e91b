package org.weakties.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.weakties.graph.SocialGraph;

/**
 * The growth kernel shared by {@link BarabasiAlbert} (triad probability 0) and {@link HolmeKim}.
 *
 * <p>Preferential attachment uses the repeated-targets array: every edge appends both endpoints, so
 * a uniform position of the array names a node with probability proportional to its degree, in
 * O(1). Triad formation needs the current neighbours of a node, kept in growable per-node int
 * arrays only when the triad probability is positive.
 */
final class PreferentialAttachment {
  private PreferentialAttachment() {}

  static SocialGraph grow(int n, int m, int m0, double pt, long seed) {
    if (n == 0) {
      return Generators.build(0, new int[0], new int[0]);
    }
    int initial = Math.min(m0, n);
    long total = (long) initial * (initial - 1) / 2 + (long) (n - initial) * m;
    int edges = Generators.checkEdgeCount(total, "a preferential-attachment graph");
    int[] src = new int[edges];
    int[] dst = new int[edges];
    int[] rep = new int[2 * edges];
    int[][] adj = pt > 0 ? new int[n][] : null;
    int[] deg = pt > 0 ? new int[n] : null;
    int e = 0;
    for (int a = 0; a < initial; a++) {
      for (int b = a + 1; b < initial; b++) {
        e = addEdge(a, b, e, src, dst, rep, adj, deg);
      }
    }
    SplittableRandom rnd = new SplittableRandom(RandomStreams.mix64(seed));
    int[] stamp = new int[n];
    Arrays.fill(stamp, -1);
    int[] targets = new int[m];
    int[] candidates = new int[2 * m + 1];
    for (int v = initial; v < n; v++) {
      int repLen = 2 * e;
      int chosen = 0;
      int lastPa = -1;
      while (chosen < m) {
        int t = -1;
        if (chosen > 0 && pt > 0 && rnd.nextDouble() < pt) {
          t = triadTarget(lastPa, v, adj[lastPa], deg[lastPa], stamp, candidates, rnd);
        }
        if (t < 0) {
          do {
            t = rep[rnd.nextInt(repLen)];
          } while (stamp[t] == v);
          lastPa = t;
        }
        stamp[t] = v;
        targets[chosen++] = t;
      }
      for (int i = 0; i < m; i++) {
        e = addEdge(targets[i], v, e, src, dst, rep, adj, deg);
      }
    }
    assert e == edges;
    return Generators.build(n, src, dst);
  }

  /**
   * A uniform neighbour of {@code w} not yet chosen by the new node {@code v}, or -1 when there is
   * none. At most {@code m - 1} neighbours are excluded, so for degrees above {@code 2m} rejection
   * sampling accepts with probability over one half; smaller lists are scanned.
   */
  private static int triadTarget(int w, int v, int[] nbrs, int d, int[] stamp, int[] candidates,
      SplittableRandom rnd) {
    if (d > candidates.length - 1) {
      while (true) {
        int x = nbrs[rnd.nextInt(d)];
        if (stamp[x] != v) {
          return x;
        }
      }
    }
    int c = 0;
    for (int i = 0; i < d; i++) {
      int x = nbrs[i];
      if (stamp[x] != v) {
        candidates[c++] = x;
      }
    }
    return c == 0 ? -1 : candidates[rnd.nextInt(c)];
  }

  private static int addEdge(int a, int b, int e, int[] src, int[] dst, int[] rep, int[][] adj,
      int[] deg) {
    src[e] = a;
    dst[e] = b;
    rep[2 * e] = a;
    rep[2 * e + 1] = b;
    if (adj != null) {
      append(adj, deg, a, b);
      append(adj, deg, b, a);
    }
    return e + 1;
  }

  private static void append(int[][] adj, int[] deg, int u, int x) {
    int[] a = adj[u];
    if (a == null) {
      a = new int[4];
      adj[u] = a;
    } else if (deg[u] == a.length) {
      a = Arrays.copyOf(a, a.length * 2);
      adj[u] = a;
    }
    a[deg[u]++] = x;
  }
}
