package org.weakties.testing;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.weakties.graph.BuildOptions;
import org.weakties.graph.SocialGraph;

/**
 * Seeded graphs for the tie and reach tests and speed mains: closed-form families and a Holme-Kim
 * (preferential attachment with triad formation) graph with clustering, plus optional last-contact
 * times and interaction counts.
 */
public final class TieTestGraphs {
  private TieTestGraphs() {}

  /** Path 0-1-...-(n-1), unit weights. */
  public static SocialGraph path(int n) {
    int[] s = new int[Math.max(0, n - 1)];
    int[] t = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = i;
      t[i] = i + 1;
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  /** Cycle 0-1-...-(n-1)-0 (n >= 3), unit weights. */
  public static SocialGraph cycle(int n) {
    int[] s = new int[n];
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
      t[i] = (i + 1) % n;
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  /** Star with hub {@code hub} and {@code leaves} leaves (nodes 0..leaves, hub among them). */
  public static SocialGraph star(int leaves, int hub) {
    int n = leaves + 1;
    int[] s = new int[leaves];
    int[] t = new int[leaves];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (i != hub) {
        s[k] = hub;
        t[k++] = i;
      }
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  /** Complete graph K_n, unit weights. */
  public static SocialGraph complete(int n) {
    int m = n * (n - 1) / 2;
    int[] s = new int[m];
    int[] t = new int[m];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s[k] = i;
        t[k++] = j;
      }
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  /**
   * Holme-Kim graph: each new node makes {@code links} ties, the first by preferential attachment and
   * each further one, with probability {@code triad}, to a random neighbour of the previous target
   * (triad formation), else again by preferential attachment. Weights are random integers 1..10; with
   * {@code withAttributes} every edge also gets an interaction count and a last-contact time (about 5%
   * of edges without a time).
   */
  public static SocialGraph holmeKim(int n, int links, double triad, long seed,
      boolean withAttributes) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int core = links + 1;
    long cap = (long) core * (core - 1) / 2 + (long) (n - core) * links;
    int[] s = new int[(int) cap];
    int[] t = new int[(int) cap];
    int k = 0;
    for (int i = 0; i < core; i++) {
      for (int j = i + 1; j < core; j++) {
        s[k] = i;
        t[k++] = j;
      }
    }
    // adjacency so far, for triad formation: growable lists
    int[][] nb = new int[n][];
    int[] deg = new int[n];
    for (int e = 0; e < k; e++) {
      add(nb, deg, s[e], t[e]);
      add(nb, deg, t[e], s[e]);
    }
    int[] chosen = new int[links];
    for (int v = core; v < n; v++) {
      int c = 0;
      int last = -1;
      int guard = 0;
      while (c < links && guard++ < 50 * links) {
        int cand;
        if (last >= 0 && rnd.nextDouble() < triad && deg[last] > 0) {
          cand = nb[last][rnd.nextInt(deg[last])];
        } else {
          cand = k == 0 ? rnd.nextInt(v) : ((rnd.nextInt(2) == 0) ? s[rnd.nextInt(k)] : t[rnd.nextInt(k)]);
        }
        boolean dup = cand == v;
        for (int i = 0; i < c && !dup; i++) {
          dup = chosen[i] == cand;
        }
        if (dup) {
          continue;
        }
        chosen[c++] = cand;
        last = cand;
      }
      for (int i = 0; i < c; i++) {
        s[k] = chosen[i];
        t[k++] = v;
      }
      for (int i = 0; i < c; i++) {
        add(nb, deg, v, chosen[i]);
        add(nb, deg, chosen[i], v);
      }
    }
    s = Arrays.copyOf(s, k);
    t = Arrays.copyOf(t, k);
    double[] w = new double[k];
    for (int e = 0; e < k; e++) {
      w[e] = 1 + rnd.nextInt(10);
    }
    BuildOptions opt = BuildOptions.defaults();
    if (withAttributes) {
      double[] inter = new double[k];
      long[] last = new long[k];
      long base = 1_700_000_000L;
      for (int e = 0; e < k; e++) {
        inter[e] = rnd.nextInt(200);
        last[e] = rnd.nextInt(20) == 0 ? SocialGraph.NO_TIME : base - rnd.nextLong(3L * 365 * 86400);
      }
      opt = opt.withInteractions(inter).withLastContact(last);
    }
    return SocialGraph.fromEdgeArrays(n, s, t, w, opt);
  }

  private static void add(int[][] nb, int[] deg, int a, int b) {
    if (nb[a] == null) {
      nb[a] = new int[4];
    } else if (deg[a] == nb[a].length) {
      nb[a] = Arrays.copyOf(nb[a], deg[a] * 2);
    }
    nb[a][deg[a]++] = b;
  }
}
