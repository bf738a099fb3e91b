package org.weakties.generate;

/**
 * Parameters of {@link WattsStrogatz}.
 *
 * @param nodes number of nodes n on the ring, at least 0; default {@link #DEFAULT_NODES}
 * @param neighbors lattice degree k: each node starts tied to its k/2 nearest nodes on each side;
 *     even, {@code 0 <= k < n} (k = 0 is allowed for n = 0); default {@link #DEFAULT_NEIGHBORS}
 * @param rewiring probability p in [0, 1] that an edge is rewired; default {@link
 *     #DEFAULT_REWIRING}
 * @param seed seed of the random stream; default {@link #DEFAULT_SEED}
 */
public record WattsStrogatzParams(int nodes, int neighbors, double rewiring, long seed) {

  /** Default number of nodes: 1000. */
  public static final int DEFAULT_NODES = 1000;
  /** Default lattice degree: 10. */
  public static final int DEFAULT_NEIGHBORS = 10;
  /** Default rewiring probability: 0.1 (small-world regime: short paths, high clustering). */
  public static final double DEFAULT_REWIRING = 0.1;
  /** Default seed: 42. */
  public static final long DEFAULT_SEED = 42L;

  /** Validates n, k and p. */
  public WattsStrogatzParams {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes must be >= 0, got " + nodes);
    }
    if (neighbors < 0 || neighbors % 2 != 0) {
      throw new IllegalArgumentException("neighbors (lattice degree k) must be even and >= 0, got "
          + neighbors);
    }
    if (neighbors > 0 && neighbors >= nodes) {
      throw new IllegalArgumentException("neighbors (lattice degree k) must be below the node "
          + "count " + nodes + ", got " + neighbors);
    }
    if ((long) nodes * (neighbors / 2) > Generators.MAX_EDGES) {
      throw new IllegalArgumentException("n*k/2 = " + (long) nodes * (neighbors / 2)
          + " edges; at most " + Generators.MAX_EDGES + " are supported");
    }
    if (!(rewiring >= 0 && rewiring <= 1)) {
      throw new IllegalArgumentException("rewiring probability must be in [0, 1], got " + rewiring);
    }
  }

  /** 1000 nodes, k = 10, p = 0.1, seed 42. */
  public static WattsStrogatzParams defaults() {
    return new WattsStrogatzParams(DEFAULT_NODES, DEFAULT_NEIGHBORS, DEFAULT_REWIRING,
        DEFAULT_SEED);
  }

  /** A copy with {@code n} nodes. */
  public WattsStrogatzParams withNodes(int n) {
    return new WattsStrogatzParams(n, neighbors, rewiring, seed);
  }

  /** A copy with lattice degree {@code k}. */
  public WattsStrogatzParams withNeighbors(int k) {
    return new WattsStrogatzParams(nodes, k, rewiring, seed);
  }

  /** A copy with rewiring probability {@code p}. */
  public WattsStrogatzParams withRewiring(double p) {
    return new WattsStrogatzParams(nodes, neighbors, p, seed);
  }

  /** A copy with another seed. */
  public WattsStrogatzParams withSeed(long s) {
    return new WattsStrogatzParams(nodes, neighbors, rewiring, s);
  }
}
