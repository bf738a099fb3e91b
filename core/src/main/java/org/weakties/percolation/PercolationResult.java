package org.weakties.percolation;

import java.util.List;
import org.weakties.graph.ScoreTable;

/**
 * The curves of one percolation run (ascending and descending for a score, or one random curve).
 * Immutable; holds no graph. Produced by {@link Percolation}.
 */
public final class PercolationResult {
  private final List<PercolationCurve> curves;

  PercolationResult(List<PercolationCurve> curves) {
    this.curves = List.copyOf(curves);
  }

  /** The curves in run order (ascending before descending). */
  public List<PercolationCurve> curves() {
    return curves;
  }

  /**
   * The curve of the given direction.
   *
   * @throws IllegalArgumentException when this run has no such curve
   */
  public PercolationCurve curve(Direction direction) {
    for (PercolationCurve c : curves) {
      if (c.direction() == direction) {
        return c;
      }
    }
    throw new IllegalArgumentException("this run has no " + direction.label() + " curve");
  }

  /**
   * One row per curve and grid point, curves in run order, with the columns {@code order},
   * {@code direction} (text), {@code fraction_removed}, {@code giant_fraction} and
   * {@code susceptibility}. The rows are neither nodes nor edges; the table is marked
   * {@link ScoreTable.RowKind#NODES} because {@link ScoreTable} has no plain-row kind, so writers must
   * not attach node labels to it.
   */
  public ScoreTable toTable() {
    int rows = 0;
    for (PercolationCurve c : curves) {
      rows += c.size();
    }
    String[] order = new String[rows];
    String[] direction = new String[rows];
    double[] fraction = new double[rows];
    double[] giant = new double[rows];
    double[] s = new double[rows];
    int r = 0;
    for (PercolationCurve c : curves) {
      for (int i = 0; i < c.size(); i++, r++) {
        order[r] = c.order();
        direction[r] = c.direction().label();
        fraction[r] = c.fraction(i);
        giant[r] = c.giantFraction(i);
        s[r] = c.susceptibility(i);
      }
    }
    return ScoreTable.forNodes(rows).addText("order", order).addText("direction", direction)
        .addDouble("fraction_removed", fraction).addDouble("giant_fraction", giant)
        .addDouble("susceptibility", s).build();
  }

  /**
   * One row per curve with the columns {@code order}, {@code direction}, {@code critical_fraction}
   * and {@code peak_susceptibility} (marked as a node table, as {@link #toTable()}).
   */
  public ScoreTable criticalTable() {
    int k = curves.size();
    String[] order = new String[k];
    String[] direction = new String[k];
    double[] fc = new double[k];
    double[] peak = new double[k];
    for (int i = 0; i < k; i++) {
      PercolationCurve c = curves.get(i);
      order[i] = c.order();
      direction[i] = c.direction().label();
      fc[i] = c.criticalFraction();
      peak[i] = c.criticalIndex() < 0 ? Double.NaN : c.susceptibility(c.criticalIndex());
    }
    return ScoreTable.forNodes(k).addText("order", order).addText("direction", direction)
        .addDouble("critical_fraction", fc).addDouble("peak_susceptibility", peak).build();
  }

  @Override
  public String toString() {
    return "PercolationResult" + curves;
  }
}
