package org.weakties.generate;

/**
 * Parameters of {@link HolmeKim}.
 *
 * @param nodes number of nodes n, at least 0; default {@link #DEFAULT_NODES}
 * @param edgesPerNode edges m brought by each new node, at least 1; default
 *     {@link #DEFAULT_EDGES_PER_NODE}
 * @param initialNodes size m0 of the initial complete graph; 0 means m + 1 (the default
 *     {@link #DEFAULT_INITIAL_NODES}); otherwise at least max(m, 2)
 * @param triadProbability probability pt in [0, 1] that each edge after a node's first is made by
 *     triad formation; default {@link #DEFAULT_TRIAD_PROBABILITY}
 * @param seed seed of the random stream; default {@link #DEFAULT_SEED}
 */
public record HolmeKimParams(int nodes, int edgesPerNode, int initialNodes, double triadProbability,
    long seed) {

  /** Default number of nodes: 1000. */
  public static final int DEFAULT_NODES = 1000;
  /** Default edges per new node: 3. */
  public static final int DEFAULT_EDGES_PER_NODE = 3;
  /** Default initial graph: 0, meaning a complete graph on m + 1 nodes. */
  public static final int DEFAULT_INITIAL_NODES = 0;
  /** Default triad-formation probability: 0.8 (average clustering well above 0.1 for m = 3). */
  public static final double DEFAULT_TRIAD_PROBABILITY = 0.8;
  /** Default seed: 42. */
  public static final long DEFAULT_SEED = 42L;

  /** Validates n, m, m0 and pt. */
  public HolmeKimParams {
    Generators.checkGrowth(nodes, edgesPerNode, initialNodes);
    if (!(triadProbability >= 0 && triadProbability <= 1)) {
      throw new IllegalArgumentException("triad probability must be in [0, 1], got "
          + triadProbability);
    }
  }

  /** 1000 nodes, m = 3, m0 = m + 1, pt = 0.8, seed 42. */
  public static HolmeKimParams defaults() {
    return new HolmeKimParams(DEFAULT_NODES, DEFAULT_EDGES_PER_NODE, DEFAULT_INITIAL_NODES,
        DEFAULT_TRIAD_PROBABILITY, DEFAULT_SEED);
  }

  /** The initial clique size actually used: {@code initialNodes}, or m + 1 when it is 0. */
  public int resolvedInitialNodes() {
    return initialNodes == 0 ? edgesPerNode + 1 : initialNodes;
  }

  /** A copy with {@code n} nodes. */
  public HolmeKimParams withNodes(int n) {
    return new HolmeKimParams(n, edgesPerNode, initialNodes, triadProbability, seed);
  }

  /** A copy with {@code m} edges per new node. */
  public HolmeKimParams withEdgesPerNode(int m) {
    return new HolmeKimParams(nodes, m, initialNodes, triadProbability, seed);
  }

  /** A copy with an initial complete graph of {@code m0} nodes (0 = m + 1). */
  public HolmeKimParams withInitialNodes(int m0) {
    return new HolmeKimParams(nodes, edgesPerNode, m0, triadProbability, seed);
  }

  /** A copy with triad-formation probability {@code pt}. */
  public HolmeKimParams withTriadProbability(double pt) {
    return new HolmeKimParams(nodes, edgesPerNode, initialNodes, pt, seed);
  }

  /** A copy with another seed. */
  public HolmeKimParams withSeed(long s) {
    return new HolmeKimParams(nodes, edgesPerNode, initialNodes, triadProbability, s);
  }
}
