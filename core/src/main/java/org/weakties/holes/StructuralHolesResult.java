package org.weakties.holes;

import org.weakties.graph.ScoreTable;

/**
 * Structural-hole measures of every node, by node id. Immutable; holds no graph. Produced by
 * {@link StructuralHoles#compute}. NaN marks an isolated node (see {@link StructuralHoles}).
 */
public final class StructuralHolesResult {
  private final boolean weighted;
  private final int[] degree;
  private final double[] effectiveSize;
  private final double[] constraint;
  private final double[] hierarchy;

  StructuralHolesResult(boolean weighted, int[] degree, double[] effectiveSize,
      double[] constraint, double[] hierarchy) {
    this.weighted = weighted;
    this.degree = degree;
    this.effectiveSize = effectiveSize;
    this.constraint = constraint;
    this.hierarchy = hierarchy;
  }

  /** Whether weights were used. */
  public boolean isWeighted() {
    return weighted;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return degree.length;
  }

  /** Degree (number of contacts) of node {@code u}. */
  public int degree(int u) {
    return degree[u];
  }

  /** Burt's effective size of {@code u}; NaN for an isolated node. */
  public double effectiveSize(int u) {
    return effectiveSize[u];
  }

  /** Efficiency of {@code u}: effective size / degree; NaN for an isolated node. */
  public double efficiency(int u) {
    return effectiveSize[u] / degree[u];
  }

  /** Burt's aggregate constraint of {@code u}; NaN for an isolated node. */
  public double constraint(int u) {
    return constraint[u];
  }

  /** Burt's hierarchy of {@code u}; 1 at degree 1, NaN for an isolated node. */
  public double hierarchy(int u) {
    return hierarchy[u];
  }

  /** Degrees by node id (a new array). */
  public int[] degrees() {
    return degree.clone();
  }

  /** Effective sizes by node id (a new array). */
  public double[] effectiveSizes() {
    return effectiveSize.clone();
  }

  /** Efficiencies by node id (a new array). */
  public double[] efficiencies() {
    double[] e = new double[degree.length];
    for (int u = 0; u < e.length; u++) {
      e[u] = efficiency(u);
    }
    return e;
  }

  /** Constraints by node id (a new array). */
  public double[] constraints() {
    return constraint.clone();
  }

  /** Hierarchies by node id (a new array). */
  public double[] hierarchies() {
    return hierarchy.clone();
  }

  /**
   * Node table with the columns {@code degree}, {@code effective_size}, {@code efficiency},
   * {@code constraint} and {@code hierarchy}.
   */
  public ScoreTable toTable() {
    return ScoreTable.forNodes(degree.length).addInt("degree", degree)
        .addDouble("effective_size", effectiveSize).addDouble("efficiency", efficiencies())
        .addDouble("constraint", constraint).addDouble("hierarchy", hierarchy).build();
  }

  @Override
  public String toString() {
    return "StructuralHolesResult[n=" + degree.length + ", weighted=" + weighted + "]";
  }
}
