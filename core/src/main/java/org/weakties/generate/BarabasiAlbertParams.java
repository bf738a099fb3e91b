package org.weakties.generate;

/**
 * Parameters of {@link BarabasiAlbert}.
 *
 * @param nodes number of nodes n, at least 0; default {@link #DEFAULT_NODES}
 * @param edgesPerNode edges m brought by each new node, at least 1; default
 *     {@link #DEFAULT_EDGES_PER_NODE}
 * @param initialNodes size m0 of the initial complete graph; 0 means m + 1 (the default
 *     {@link #DEFAULT_INITIAL_NODES}); otherwise at least max(m, 2)
 * @param seed seed of the random stream; default {@link #DEFAULT_SEED}
 */
public record BarabasiAlbertParams(int nodes, int edgesPerNode, int initialNodes, long seed) {

  /** Default number of nodes: 1000. */
  public static final int DEFAULT_NODES = 1000;
  /** Default edges per new node: 3 (mean degree close to 6). */
  public static final int DEFAULT_EDGES_PER_NODE = 3;
  /** Default initial graph: 0, meaning a complete graph on m + 1 nodes (each of degree m). */
  public static final int DEFAULT_INITIAL_NODES = 0;
  /** Default seed: 42. */
  public static final long DEFAULT_SEED = 42L;

  /** Validates n, m and m0. */
  public BarabasiAlbertParams {
    Generators.checkGrowth(nodes, edgesPerNode, initialNodes);
  }

  /** 1000 nodes, m = 3, m0 = m + 1, seed 42. */
  public static BarabasiAlbertParams defaults() {
    return new BarabasiAlbertParams(DEFAULT_NODES, DEFAULT_EDGES_PER_NODE, DEFAULT_INITIAL_NODES,
        DEFAULT_SEED);
  }

  /** The initial clique size actually used: {@code initialNodes}, or m + 1 when it is 0. */
  public int resolvedInitialNodes() {
    return initialNodes == 0 ? edgesPerNode + 1 : initialNodes;
  }

  /** A copy with {@code n} nodes. */
  public BarabasiAlbertParams withNodes(int n) {
    return new BarabasiAlbertParams(n, edgesPerNode, initialNodes, seed);
  }

  /** A copy with {@code m} edges per new node. */
  public BarabasiAlbertParams withEdgesPerNode(int m) {
    return new BarabasiAlbertParams(nodes, m, initialNodes, seed);
  }

  /** A copy with an initial complete graph of {@code m0} nodes (0 = m + 1). */
  public BarabasiAlbertParams withInitialNodes(int m0) {
    return new BarabasiAlbertParams(nodes, edgesPerNode, m0, seed);
  }

  /** A copy with another seed. */
  public BarabasiAlbertParams withSeed(long s) {
    return new BarabasiAlbertParams(nodes, edgesPerNode, initialNodes, s);
  }
}
