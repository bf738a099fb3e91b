package org.weakties.sim;

import org.weakties.internal.IndexSort;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.graph.SocialGraph;

/**
 * The per-edge structural inputs of the simulation: common-neighbour counts, neighbourhood overlap
 * and the normalised weight rank. Kept small on purpose (the full tie measures live elsewhere).
 */
final class TieStructure {
  private TieStructure() {}

  /**
   * Common neighbours of every edge by a merge of the two sorted neighbour lists. O(sum over edges of
   * k_u + k_v) time, parallel over nodes (each edge is handled by its smaller endpoint).
   */
  static int[] mutual(SocialGraph g, int threads, CancellationToken token) {
    int[] m = new int[g.edgeCount()];
    Parallelism.forEachBlock(g.nodeCount(), threads, token, "mutual connections",
        (block, from, to) -> {
          for (int u = from; u < to; u++) {
            for (int p = g.arcStart(u), end = g.arcEnd(u); p < end; p++) {
              int v = g.arcTarget(p);
              if (v > u) {
                m[g.arcEdge(p)] = intersect(g, u, v);
              }
            }
          }
        });
    return m;
  }

  private static int intersect(SocialGraph g, int u, int v) {
    int i = g.arcStart(u);
    int ie = g.arcEnd(u);
    int j = g.arcStart(v);
    int je = g.arcEnd(v);
    int c = 0;
    while (i < ie && j < je) {
      int a = g.arcTarget(i);
      int b = g.arcTarget(j);
      if (a < b) {
        i++;
      } else if (a > b) {
        j++;
      } else {
        c++;
        i++;
        j++;
      }
    }
    return c;
  }

  /** Onnela's overlap {@code m / (k_u - 1 + k_v - 1 - m)}; 0 when the denominator is 0. */
  static double[] overlap(SocialGraph g, int[] mutual) {
    double[] o = new double[g.edgeCount()];
    g.forEachEdge((e, u, v) -> {
      int d = g.degree(u) - 1 + g.degree(v) - 1 - mutual[e];
      o[e] = d > 0 ? (double) mutual[e] / d : 0.0;
    });
    return o;
  }

  /**
   * Normalised ranks {@code (r - 1) / (m - 1)} of the weights (average ranks for ties), in [0, 1];
   * 0.5 for a single edge.
   */
  static double[] normalisedWeightRank(SocialGraph g) {
    int m = g.edgeCount();
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      w[e] = g.weight(e);
    }
    int[] order = IndexSort.order(w);
    double[] r = new double[m];
    int i = 0;
    while (i < m) {
      int j = i;
      while (j + 1 < m && w[order[j + 1]] == w[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0; // 0-based average rank
      for (int k = i; k <= j; k++) {
        r[order[k]] = m == 1 ? 0.5 : avg / (m - 1);
      }
      i = j + 1;
    }
    return r;
  }

  /** The SplitMix64 finaliser: a well-mixed 64-bit hash, used to derive independent seeds. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The seed of stream {@code index} for purpose {@code salt} under the user seed. */
  static long streamSeed(long seed, long salt, long index) {
    return mix(mix(seed ^ mix(salt)) + 0x9E3779B97F4A7C15L * (index + 1));
  }
}
