package org.weakties.tie;

import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.exec.ScratchPool;
import org.weakties.graph.NodeBlocks;
import org.weakties.graph.SocialGraph;

/**
 * Embeddedness and neighbourhood overlap of every edge, and nothing else: the fast path for the two
 * measures most analyses need (when Adamic-Adar, resource allocation, Jaccard, weighted overlap or
 * clustering are wanted too, use {@link StructuralTieMeasures}, which returns the same two columns).
 *
 * <p>Definitions: the embeddedness of edge {@code (i, j)} is the number of common neighbours
 * {@code n_ij} (Easley and Kleinberg, <i>Networks, Crowds, and Markets</i>, Cambridge University
 * Press 2010, ch. 3); its overlap is {@code O_ij = n_ij / ((k_i - 1) + (k_j - 1) - n_ij)} (Onnela et
 * al., "Structure and tie strengths in mobile communication networks", PNAS 104(18):7332-7336, 2007),
 * with 0/0 (both endpoints of degree 1) defined as 0.
 *
 * <p>Algorithm: each edge is owned by its endpoint of larger degree (ties broken by the larger id);
 * the owner marks its neighbours in a bitset once, and the other endpoint's neighbour list is scanned
 * against it with a branch-free test. Time O(sum over edges of min(k_i, k_j)), which is O(m^1.5) at
 * worst and far less on social graphs; space 12 bytes per edge for the result plus one bit per node
 * per worker thread. Weights are ignored. Parallel over arc-balanced node blocks; every edge is written
 * by exactly one block, so results are identical with 1 or N threads.
 */
public final class Embeddedness {
  private Embeddedness() {}

  /** Computes both measures with default parameters (all processors). */
  public static EmbeddednessResult compute(SocialGraph graph) {
    return compute(graph, StructuralTieMeasuresParams.defaults());
  }

  /**
   * Computes both measures.
   *
   * @param params threads, progress listener and cancellation token
   */
  public static EmbeddednessResult compute(SocialGraph graph, StructuralTieMeasuresParams params) {
    if (graph == null || params == null) {
      throw new IllegalArgumentException("graph and params must not be null");
    }
    SocialGraph g = graph;
    int n = g.nodeCount();
    int m = g.edgeCount();
    int[] emb = new int[m];
    double[] overlap = new double[m];
    CancellationToken token = params.token();
    ProgressListener progress = params.progress();
    ScratchPool<long[]> pool = new ScratchPool<>(() -> new long[(n + 63) >>> 6]);
    NodeBlocks.run(g, params.threads(), token, progress, "embeddedness and overlap",
        (block, from, to) -> {
          long[] bits = pool.take();
          try {
            kernel(g, from, to, bits, emb, overlap);
          } finally {
            pool.give(bits);
          }
        });
    return new EmbeddednessResult(emb, overlap);
  }

  private static void kernel(SocialGraph g, int from, int to, long[] bits, int[] emb,
      double[] overlap) {
    for (int u = from; u < to; u++) {
      int su = g.arcStart(u);
      int eu = g.arcEnd(u);
      int du = eu - su;
      boolean marked = false;
      for (int p = su; p < eu; p++) {
        int v = g.arcTarget(p);
        int dv = g.degree(v);
        if (dv > du || (dv == du && v > u)) {
          continue; // v owns this edge
        }
        if (!marked) {
          for (int q = su; q < eu; q++) {
            int x = g.arcTarget(q);
            bits[x >>> 6] |= 1L << x;
          }
          marked = true;
        }
        int c = 0;
        for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
          int w = g.arcTarget(q);
          c += (int) ((bits[w >>> 6] >>> w) & 1L);
        }
        int e = g.arcEdge(p);
        emb[e] = c;
        int den = du + dv - 2 - c;
        overlap[e] = den > 0 ? (double) c / den : 0.0;
      }
      if (marked) {
        for (int q = su; q < eu; q++) {
          bits[g.arcTarget(q) >>> 6] = 0L;
        }
      }
    }
  }
}
