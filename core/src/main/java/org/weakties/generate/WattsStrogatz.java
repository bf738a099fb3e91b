package org.weakties.generate;

import java.util.SplittableRandom;
import org.weakties.graph.SocialGraph;

/**
 * The Watts-Strogatz small-world graph: a ring lattice of n nodes, each tied to its k/2 nearest
 * nodes on either side, whose edges are then rewired at random with probability p.
 *
 * <p><b>Definition:</b> for {@code j = 1..k/2} and then for every node {@code u}, the lattice edge
 * {@code (u, u+j mod n)} is, with probability p, replaced by {@code (u, w)} with w uniform among
 * the nodes that are neither u nor already tied to u (the same order of passes as NetworkX's
 * {@code watts_strogatz_graph}). A node already tied to all others keeps its edge. The edge count
 * stays n*k/2. At p = 0 every node has degree k and the average clustering is
 * {@code 3(k-2) / (4(k-1))}; at p = 1 the graph is close to a random graph with the same m.
 *
 * <p><b>Paper:</b> D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks",
 * Nature 393:440-442 (1998).
 *
 * <p><b>Cost:</b> O(n k) expected time; a hash set of edge keys (16 bytes per edge) during
 * generation.
 *
 * <p><b>Weights:</b> every edge has weight 1.0.
 *
 * <p><b>Degenerate cases:</b> n = 0 or k = 0 gives a graph without edges.
 *
 * <p><b>Determinism:</b> the same parameters give the same graph; single-threaded.
 */
public final class WattsStrogatz {
  private WattsStrogatz() {}

  /** The Watts-Strogatz graph with the given parameters. */
  public static SocialGraph generate(WattsStrogatzParams params) {
    int n = params.nodes();
    int half = params.neighbors() / 2;
    double p = params.rewiring();
    int m = Generators.checkEdgeCount((long) n * half, "a Watts-Strogatz graph");
    int[] src = new int[m];
    int[] dst = new int[m];
    int[] deg = new int[n];
    LongHashSet set = new LongHashSet(m);
    for (int j = 1; j <= half; j++) {
      for (int u = 0; u < n; u++) {
        int e = (j - 1) * n + u;
        int v = (u + j) % n;
        src[e] = u;
        dst[e] = v;
        set.add(key(u, v, n));
        deg[u]++;
        deg[v]++;
      }
    }
    if (p > 0) {
      SplittableRandom rnd = new SplittableRandom(RandomStreams.mix64(params.seed()));
      for (int e = 0; e < m; e++) {
        if (rnd.nextDouble() >= p) {
          continue;
        }
        int u = src[e];
        if (deg[u] >= n - 1) {
          continue;
        }
        int w;
        do {
          w = rnd.nextInt(n);
        } while (w == u || set.contains(key(u, w, n)));
        int v = dst[e];
        set.remove(key(u, v, n));
        set.add(key(u, w, n));
        deg[v]--;
        deg[w]++;
        dst[e] = w;
      }
    }
    return Generators.build(n, src, dst);
  }

  /** The Watts-Strogatz graph with n nodes, lattice degree k, rewiring probability p. */
  public static SocialGraph generate(int n, int k, double p, long seed) {
    return generate(new WattsStrogatzParams(n, k, p, seed));
  }

  private static long key(int u, int v, int n) {
    return u < v ? (long) u * n + v : (long) v * n + u;
  }
}
