package org.weakties.generate;

/**
 * Parameters of {@link ErdosRenyi}: the G(n, m) random graph.
 *
 * @param nodes number of nodes n, at least 0; default {@link #DEFAULT_NODES}
 * @param edges number of distinct edges m, from 0 to n(n-1)/2; default {@link #DEFAULT_EDGES}
 * @param seed seed of the random stream; default {@link #DEFAULT_SEED}
 */
public record ErdosRenyiParams(int nodes, int edges, long seed) {

  /** Default number of nodes: 1000. */
  public static final int DEFAULT_NODES = 1000;
  /** Default number of edges: 5000 (mean degree 10 with the default node count). */
  public static final int DEFAULT_EDGES = 5000;
  /** Default seed: 42. */
  public static final long DEFAULT_SEED = 42L;

  /** Validates the node and edge counts. */
  public ErdosRenyiParams {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes must be >= 0, got " + nodes);
    }
    long pairs = (long) nodes * (nodes - 1) / 2;
    if (edges < 0 || edges > pairs) {
      throw new IllegalArgumentException("edges must be in [0, n(n-1)/2] = [0, " + pairs + "] for "
          + nodes + " nodes, got " + edges);
    }
    if (edges > Generators.MAX_EDGES) {
      throw new IllegalArgumentException("edges must be at most " + Generators.MAX_EDGES
          + " (2m arcs must fit a Java array), got " + edges);
    }
  }

  /** 1000 nodes, 5000 edges, seed 42. */
  public static ErdosRenyiParams defaults() {
    return new ErdosRenyiParams(DEFAULT_NODES, DEFAULT_EDGES, DEFAULT_SEED);
  }

  /** A copy with {@code n} nodes (the edge count must still fit). */
  public ErdosRenyiParams withNodes(int n) {
    return new ErdosRenyiParams(n, edges, seed);
  }

  /** A copy with {@code m} edges. */
  public ErdosRenyiParams withEdges(int m) {
    return new ErdosRenyiParams(nodes, m, seed);
  }

  /** A copy with another seed. */
  public ErdosRenyiParams withSeed(long s) {
    return new ErdosRenyiParams(nodes, edges, s);
  }
}
