package org.weakties.generate;

import org.weakties.graph.SocialGraph;

/**
 * The Holme-Kim graph: Barabasi-Albert growth in which a new node, after an edge to a node w chosen
 * by preferential attachment, may close a triangle by tying to one of w's neighbours. The degree
 * distribution keeps the power law of exponent 3 while the clustering becomes tunable.
 *
 * <p><b>Definition:</b> start from a complete graph on m0 nodes (default m + 1). Each new node v
 * adds m edges. The first is a preferential-attachment (PA) step: a target w with probability
 * proportional to its degree. Each further edge is, with probability pt, a triad-formation (TF)
 * step: a uniform neighbour of the node w of the latest PA step that v has not chosen yet; when no
 * such neighbour exists, or with probability 1 - pt, it is a PA step. The expected number of TF
 * edges per node is {@code m_t = (m - 1) pt}; Holme and Kim report average clustering near 0.5 for
 * m = 3 and m_t = 1.8 on large graphs. pt = 0 gives {@link BarabasiAlbert}.
 *
 * <p><b>Paper:</b> P. Holme and B. J. Kim, "Growing scale-free networks with tunable clustering",
 * Physical Review E 65:026107 (2002).
 *
 * <p><b>Cost:</b> O(n m) expected time: PA draws use the repeated-targets array, TF draws a uniform
 * neighbour by rejection (or a scan of lists no longer than 2m). Memory: the repeated-targets array
 * (8 bytes per edge), growable adjacency lists (about 8 bytes per edge plus one small array per
 * node), and the graph.
 *
 * <p><b>Weights:</b> every edge has weight 1.0.
 *
 * <p><b>Degenerate cases:</b> as {@link BarabasiAlbert}: n = 0 is empty, n at most m0 is complete.
 *
 * <p><b>Determinism:</b> the same parameters give the same graph; growth is sequential by nature.
 */
public final class HolmeKim {
  private HolmeKim() {}

  /** The Holme-Kim graph with the given parameters. */
  public static SocialGraph generate(HolmeKimParams params) {
    return PreferentialAttachment.grow(params.nodes(), params.edgesPerNode(),
        params.resolvedInitialNodes(), params.triadProbability(), params.seed());
  }

  /** The Holme-Kim graph with n nodes, m edges per new node, triad probability pt, m0 = m + 1. */
  public static SocialGraph generate(int n, int m, double pt, long seed) {
    return generate(new HolmeKimParams(n, m, 0, pt, seed));
  }
}
