package org.weakties.testing;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.weakties.graph.SocialGraph;

/**
 * Seeded clustered graphs with community structure for tests and hand-run timings: a planted
 * partition in which ties inside a community are strong and ties between communities are weak, so
 * that weight follows neighbourhood overlap (Granovetter's and Onnela's picture).
 *
 * <p>Nodes {@code 0..n-1} fall into consecutive communities of {@code communitySize} nodes. Each
 * node draws {@code inside / 2} partners uniformly in its own community and each draws
 * {@code outside / 2} partners uniformly among all nodes of other communities, so the expected
 * degrees are about {@code inside} and {@code outside}. Repeated pairs are merged (the builder's
 * default sums weights). Inside ties get weight {@code 5 + U[0, 5)} and outside ties {@code U(0, 1]},
 * rounded to multiples of 1/8 so that sums are exact.
 */
public final class CommunityGraphs {
  private CommunityGraphs() {}

  /** The planted-partition graph described in the class comment. */
  public static SocialGraph plantedPartition(int n, int communitySize, int inside, int outside,
      long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int perNode = inside / 2 + outside / 2;
    long cap = (long) n * perNode;
    int[] s = new int[(int) cap];
    int[] t = new int[(int) cap];
    double[] w = new double[(int) cap];
    int k = 0;
    for (int u = 0; u < n; u++) {
      int c0 = u / communitySize * communitySize;
      int c1 = Math.min(n, c0 + communitySize);
      int size = c1 - c0;
      for (int i = 0; i < inside / 2 && size > 1; i++) {
        int v = c0 + rnd.nextInt(size - 1);
        if (v >= u) {
          v++;
        }
        s[k] = u;
        t[k] = v;
        w[k++] = 5 + Math.floor(rnd.nextDouble() * 40) / 8;
      }
      int others = n - size;
      for (int i = 0; i < outside / 2 && others > 0; i++) {
        int v = rnd.nextInt(others);
        if (v >= c0) {
          v += size;
        }
        s[k] = u;
        t[k] = v;
        w[k++] = (1 + Math.floor(rnd.nextDouble() * 8)) / 8;
      }
    }
    return SocialGraph.fromEdgeArrays(n, Arrays.copyOf(s, k), Arrays.copyOf(t, k),
        Arrays.copyOf(w, k));
  }

  /**
   * A Holme-Kim graph: preferential attachment with triad formation, a scale-free graph with tunable
   * clustering. Starting from a clique of {@code links + 1} nodes, each new node makes {@code links}
   * ties: the first to a node drawn proportionally to degree, each further one, with probability
   * {@code triad}, to a random neighbour of the node it tied to last (closing a triangle) and otherwise
   * again by degree. Repeated picks are skipped. Weights are 1. P. Holme and B. J. Kim, "Growing
   * scale-free networks with tunable clustering", Physical Review E 65:026107, 2002.
   */
  public static SocialGraph holmeKim(int n, int links, double triad, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int cap = (links + 1) * links / 2 + (n - links - 1) * links;
    int[] s = new int[cap];
    int[] t = new int[cap];
    int[] ends = new int[2 * cap];
    int[][] nbr = new int[n][];
    int[] deg = new int[n];
    int k = 0;
    int ne = 0;
    for (int u = 0; u <= links && u < n; u++) {
      for (int v = u + 1; v <= links && v < n; v++) {
        s[k] = u;
        t[k++] = v;
        ends[ne++] = u;
        ends[ne++] = v;
        add(nbr, deg, u, v);
        add(nbr, deg, v, u);
      }
    }
    int[] chosen = new int[links];
    for (int u = links + 1; u < n; u++) {
      int c = 0;
      int last = -1;
      int guard = 0;
      while (c < links && guard++ < 100 * links) {
        int v;
        if (last >= 0 && rnd.nextDouble() < triad && deg[last] > 0) {
          v = nbr[last][rnd.nextInt(deg[last])];
        } else {
          v = ends[rnd.nextInt(ne)];
        }
        boolean dup = v == u;
        for (int i = 0; i < c && !dup; i++) {
          dup = chosen[i] == v;
        }
        if (dup) {
          continue;
        }
        chosen[c++] = v;
        last = v;
      }
      for (int i = 0; i < c; i++) {
        int v = chosen[i];
        s[k] = u;
        t[k++] = v;
        ends[ne++] = u;
        ends[ne++] = v;
        add(nbr, deg, u, v);
        add(nbr, deg, v, u);
      }
    }
    return SocialGraph.fromEdgeArrays(n, Arrays.copyOf(s, k), Arrays.copyOf(t, k), null);
  }

  private static void add(int[][] nbr, int[] deg, int u, int v) {
    if (nbr[u] == null) {
      nbr[u] = new int[4];
    } else if (deg[u] == nbr[u].length) {
      nbr[u] = Arrays.copyOf(nbr[u], 2 * deg[u]);
    }
    nbr[u][deg[u]++] = v;
  }
}
