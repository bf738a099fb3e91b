package org.weakties.reach;

import org.weakties.graph.NodeIndex;
import org.weakties.graph.ScoreTable;
import org.weakties.tie.EdgeOrientation;

/**
 * Friends-of-friends reach by tie class per node and unique reach per edge, from
 * {@link ReachByTieClass}. Node values by node id, edge values by edge id; holds no graph.
 */
public final class ReachByTieClassResult {
  private final int[] degree;
  private final double[] strength;
  private final int[] weakOnly;
  private final int[] strongOnly;
  private final int[] mixed;
  private final int[] uniqueSource;
  private final int[] uniqueTarget;

  ReachByTieClassResult(int[] degree, double[] strength, int[] weakOnly, int[] strongOnly,
      int[] mixed, int[] uniqueSource, int[] uniqueTarget) {
    this.degree = degree;
    this.strength = strength;
    this.weakOnly = weakOnly;
    this.strongOnly = strongOnly;
    this.mixed = mixed;
    this.uniqueSource = uniqueSource;
    this.uniqueTarget = uniqueTarget;
  }

  /** Number of nodes n. */
  public int nodeCount() {
    return degree.length;
  }

  /** Number of edges m. */
  public int edgeCount() {
    return uniqueSource.length;
  }

  /** Degree of node {@code u}. */
  public int degree(int u) {
    return degree[u];
  }

  /** Strength (sum of tie weights) of node {@code u}. */
  public double strength(int u) {
    return strength[u];
  }

  /** Friends of friends of u reached only through weak ties of u. */
  public int weakOnlyFof(int u) {
    return weakOnly[u];
  }

  /** Friends of friends of u reached only through strong ties of u. */
  public int strongOnlyFof(int u) {
    return strongOnly[u];
  }

  /** Friends of friends of u reached through both weak and strong ties of u. */
  public int mixedFof(int u) {
    return mixed[u];
  }

  /** Number of nodes at distance exactly 2 from u (the sum of the three classes). */
  public int fof(int u) {
    return weakOnly[u] + strongOnly[u] + mixed[u];
  }

  /** Number of nodes at distance 1 or 2 from u. */
  public int reach2(int u) {
    return degree[u] + fof(u);
  }

  /** Weak-only friends of friends of the node labelled {@code label} in the graph of {@code index}. */
  public int weakOnlyFof(NodeIndex index, Object label) {
    return weakOnlyFof(index.id(label));
  }

  /** Friends of friends of the source of edge e reached only through e (source = smaller id). */
  public int uniqueReachSource(int e) {
    return uniqueSource[e];
  }

  /** Friends of friends of the target of edge e reached only through e (target = larger id). */
  public int uniqueReachTarget(int e) {
    return uniqueTarget[e];
  }

  /** Sum of weak-only friends of friends over all nodes. */
  public long totalWeakOnly() {
    return sum(weakOnly);
  }

  /** Sum of strong-only friends of friends over all nodes. */
  public long totalStrongOnly() {
    return sum(strongOnly);
  }

  /** Sum of mixed friends of friends over all nodes. */
  public long totalMixed() {
    return sum(mixed);
  }

  private static long sum(int[] a) {
    long s = 0;
    for (int x : a) {
      s += x;
    }
    return s;
  }

  /**
   * The node table of the {@code reach} command: columns {@code degree, strength, fof, reach2,
   * weak_only_fof, strong_only_fof, mixed_fof}.
   */
  public ScoreTable toTable() {
    int n = nodeCount();
    int[] fof = new int[n];
    int[] r2 = new int[n];
    for (int u = 0; u < n; u++) {
      fof[u] = fof(u);
      r2[u] = reach2(u);
    }
    return ScoreTable.forNodes(n)
        .addInt("degree", degree)
        .addDouble("strength", strength)
        .addInt("fof", fof)
        .addInt("reach2", r2)
        .addInt("weak_only_fof", weakOnly)
        .addInt("strong_only_fof", strongOnly)
        .addInt("mixed_fof", mixed)
        .build();
  }

  /**
   * The edge table: columns {@code unique_reach_source, unique_reach_target}, where the source is the
   * edge's smaller node id.
   */
  public ScoreTable edgeTable() {
    return ScoreTable.forEdges(edgeCount())
        .addInt("unique_reach_source", uniqueSource)
        .addInt("unique_reach_target", uniqueTarget)
        .build();
  }

  /**
   * The edge table oriented like the input rows: for an edge whose first input row named the larger id
   * first ({@code ~e} in {@code inputOrder}, from {@link org.weakties.graph.SocialGraph#inputOrder()}),
   * the two columns are swapped, so {@code unique_reach_source} is always from the row's source.
   *
   * @throws IllegalArgumentException when inputOrder does not cover this result's edges
   */
  public ScoreTable edgeTable(int[] inputOrder) {
    boolean[] rev = EdgeOrientation.reversed(inputOrder, edgeCount());
    return ScoreTable.forEdges(edgeCount())
        .addInt("unique_reach_source", EdgeOrientation.pick(uniqueSource, uniqueTarget, rev, false))
        .addInt("unique_reach_target", EdgeOrientation.pick(uniqueSource, uniqueTarget, rev, true))
        .build();
  }
}
