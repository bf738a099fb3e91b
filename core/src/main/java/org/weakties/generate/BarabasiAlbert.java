package org.weakties.generate;

import org.weakties.graph.SocialGraph;

/**
 * The Barabasi-Albert preferential-attachment graph: nodes arrive one at a time and each brings m
 * edges to distinct existing nodes chosen with probability proportional to their degree.
 *
 * <p><b>Definition:</b> start from a complete graph on m0 nodes (default m + 1); every later node v
 * draws targets with probability {@code k_i / sum_j k_j}, redrawing a node it already chose, until
 * it has m distinct targets, then adds its m edges. The degree distribution tends to
 * {@code P(k) = 2m(m+1) / (k(k+1)(k+2))}, a power law with exponent 3.
 *
 * <p><b>Paper:</b> A.-L. Barabasi and R. Albert, "Emergence of scaling in random networks", Science
 * 286:509-512 (1999).
 *
 * <p><b>Method and cost:</b> the repeated-targets array (both endpoints of every edge appended)
 * makes one degree-proportional draw O(1): O(n m) expected time, 16 bytes per edge beside the
 * graph.
 *
 * <p><b>Weights:</b> every edge has weight 1.0.
 *
 * <p><b>Degenerate cases:</b> n = 0 gives the empty graph; n at most m0 gives the complete graph on
 * n nodes. The graph has {@code m0(m0-1)/2 + (n-m0) m} edges.
 *
 * <p><b>Determinism:</b> the same parameters give the same graph; growth is sequential by nature.
 */
public final class BarabasiAlbert {
  private BarabasiAlbert() {}

  /** The Barabasi-Albert graph with the given parameters. */
  public static SocialGraph generate(BarabasiAlbertParams params) {
    return PreferentialAttachment.grow(params.nodes(), params.edgesPerNode(),
        params.resolvedInitialNodes(), 0, params.seed());
  }

  /** The Barabasi-Albert graph with n nodes, m edges per new node and m0 = m + 1. */
  public static SocialGraph generate(int n, int m, long seed) {
    return generate(new BarabasiAlbertParams(n, m, 0, seed));
  }
}
