package org.weakties.reach;

import org.weakties.graph.NodeIndex;
import org.weakties.graph.ScoreTable;

/**
 * Exact reach per node from {@link KHopReach}: degree, friends of friends, and the number of nodes
 * within each distance up to the computed maximum. Values by node id; holds no graph.
 */
public final class KHopReachResult {
  private final int[][] reach; // reach[k][u], k = 1..maxDistance; row 0 unused
  private final double[] strength;

  KHopReachResult(int[][] reach, double[] strength) {
    this.reach = reach;
    this.strength = strength;
  }

  /** Number of nodes n. */
  public int nodeCount() {
    return strength.length;
  }

  /** The largest distance computed. */
  public int maxDistance() {
    return reach.length - 1;
  }

  /** Degree of node {@code u}. */
  public int degree(int u) {
    return reach[1][u];
  }

  /** Strength (sum of tie weights) of node {@code u}. */
  public double strength(int u) {
    return strength[u];
  }

  /** Number of nodes at distance exactly 2 from {@code u}. */
  public int fof(int u) {
    return reach[2][u] - reach[1][u];
  }

  /** Number of nodes at distance 1 or 2 from {@code u} ({@code degree + fof}). */
  public int reach2(int u) {
    return reach[2][u];
  }

  /** Friends of friends of the node labelled {@code label} in the graph whose index is given. */
  public int fof(NodeIndex index, Object label) {
    return fof(index.id(label));
  }

  /**
   * Number of nodes at distance 1..k from {@code u}, u excluded.
   *
   * @throws IllegalArgumentException when k is not in [1, maxDistance]
   */
  public int reach(int u, int k) {
    checkK(k);
    return reach[k][u];
  }

  /** Size of the ball {@code B(u, k)}, u included: {@code reach(u, k) + 1}; k = 0 gives 1. */
  public int ballSize(int u, int k) {
    if (k == 0) {
      return 1;
    }
    return reach(u, k) + 1;
  }

  /** The neighborhood function {@code N(k) = Σ_u |B(u, k)|}, for {@code 0 <= k <= maxDistance}. */
  public long neighborhoodFunction(int k) {
    long s = nodeCount();
    if (k == 0) {
      return s;
    }
    checkK(k);
    for (int x : reach[k]) {
      s += x;
    }
    return s;
  }

  private void checkK(int k) {
    if (k < 1 || k >= reach.length) {
      throw new IllegalArgumentException("distance must be in [1, " + (reach.length - 1)
          + "], got " + k);
    }
  }

  /**
   * The node table: columns {@code degree, strength, fof, reach2}, then {@code reach3 .. reachK} when
   * larger distances were computed.
   */
  public ScoreTable toTable() {
    int n = nodeCount();
    int[] fof = new int[n];
    for (int u = 0; u < n; u++) {
      fof[u] = fof(u);
    }
    ScoreTable.Builder b = ScoreTable.forNodes(n)
        .addInt("degree", reach[1])
        .addDouble("strength", strength)
        .addInt("fof", fof)
        .addInt("reach2", reach[2]);
    for (int k = 3; k < reach.length; k++) {
      b.addInt("reach" + k, reach[k]);
    }
    return b.build();
  }
}
