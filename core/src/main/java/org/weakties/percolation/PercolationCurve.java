package org.weakties.percolation;

/**
 * One percolation curve: for each grid fraction, the edges removed, the giant-component fraction and
 * the susceptibility, plus the critical fraction. Immutable; holds no graph. Produced by
 * {@link Percolation}.
 */
public final class PercolationCurve {
  private final String order;
  private final Direction direction;
  private final double[] fractions;
  private final int[] removed;
  private final double[] giant;
  private final double[] susceptibility;
  private final int critical;

  PercolationCurve(String order, Direction direction, double[] fractions, int[] removed,
      double[] giant, double[] susceptibility) {
    this.order = order;
    this.direction = direction;
    this.fractions = fractions;
    this.removed = removed;
    this.giant = giant;
    this.susceptibility = susceptibility;
    int best = -1;
    for (int i = 0; i < susceptibility.length; i++) {
      if (!Double.isNaN(susceptibility[i]) && (best < 0 || susceptibility[i] > susceptibility[best])) {
        best = i;
      }
    }
    this.critical = best;
  }

  /** The name of the score that ordered the removal ({@code "weight"}, {@code "random"}, ...). */
  public String order() {
    return order;
  }

  /** The direction of removal. */
  public Direction direction() {
    return direction;
  }

  /** Number of grid points. */
  public int size() {
    return fractions.length;
  }

  /** The removed fraction f of grid point {@code i}. */
  public double fraction(int i) {
    return fractions[i];
  }

  /** The number of edges removed at grid point {@code i}: {@code floor(f m)}. */
  public int edgesRemoved(int i) {
    return removed[i];
  }

  /** {@code R_GC}: the fraction of all nodes in the largest component at grid point {@code i}. */
  public double giantFraction(int i) {
    return giant[i];
  }

  /** The susceptibility S at grid point {@code i}. */
  public double susceptibility(int i) {
    return susceptibility[i];
  }

  /** The grid fractions (a new array). */
  public double[] fractions() {
    return fractions.clone();
  }

  /** Edges removed per grid point (a new array). */
  public int[] edgesRemoved() {
    return removed.clone();
  }

  /** {@code R_GC} per grid point (a new array). */
  public double[] giantFractions() {
    return giant.clone();
  }

  /** S per grid point (a new array). */
  public double[] susceptibilities() {
    return susceptibility.clone();
  }

  /**
   * The index of the grid point where S is largest (the first one on ties), or -1 when S is NaN
   * everywhere (a graph without nodes).
   */
  public int criticalIndex() {
    return critical;
  }

  /**
   * The critical fraction: the grid fraction where S peaks (first maximum), NaN for a graph without
   * nodes. When the network never breaks up before every edge is gone (as for strong-first removal in
   * Onnela's data) the peak sits at the end of the grid, where S is about 1.
   */
  public double criticalFraction() {
    return critical < 0 ? Double.NaN : fractions[critical];
  }

  /**
   * The smallest grid fraction at which {@code R_GC} is below {@code threshold}, or NaN when it never
   * is.
   */
  public double fractionWhereGiantBelow(double threshold) {
    for (int i = 0; i < giant.length; i++) {
      if (giant[i] < threshold) {
        return fractions[i];
      }
    }
    return Double.NaN;
  }

  @Override
  public String toString() {
    return "PercolationCurve[" + order + ", " + direction.label() + ", " + fractions.length
        + " points, critical fraction " + criticalFraction() + "]";
  }
}
