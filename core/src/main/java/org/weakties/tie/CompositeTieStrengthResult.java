package org.weakties.tie;

import java.util.List;
import org.weakties.graph.ScoreTable;

/**
 * Composite tie strength per edge, in [0, 1] (NaN for an edge with no known component), with the
 * components used, their normalised weights and their rank percentiles. From
 * {@link CompositeTieStrength}; holds no graph and hands out copies only.
 */
public final class CompositeTieStrengthResult {
  private final double[] strength;
  private final String[] names;
  private final double[] weights;
  private final double[][] percentiles;

  CompositeTieStrengthResult(double[] strength, String[] names, double[] weights,
      double[][] percentiles) {
    this.strength = strength;
    this.names = names;
    this.weights = weights;
    this.percentiles = percentiles;
  }

  /** Number of edges m. */
  public int edgeCount() {
    return strength.length;
  }

  /** Composite strength of edge {@code e}, in [0, 1]. */
  public double strength(int e) {
    return strength[e];
  }

  /** Composite strength of every edge, as a new array by edge id. */
  public double[] strengths() {
    return strength.clone();
  }

  /** Names of the components actually used, in order. */
  public List<String> componentNames() {
    return List.of(names);
  }

  /** Weights of the components used, normalised to sum 1 (a new array). */
  public double[] componentWeights() {
    return weights.clone();
  }

  /** Rank percentile of component {@code i} (index into {@link #componentNames()}) for edge e. */
  public double percentile(int i, int e) {
    return percentiles[i][e];
  }

  /** The edge table: one column {@code tie_strength}. */
  public ScoreTable toTable() {
    return ScoreTable.forEdges(edgeCount()).addDouble("tie_strength", strength).build();
  }

  /** The rank percentiles of the components used: one column {@code <name>_pct} per component. */
  public ScoreTable componentTable() {
    ScoreTable.Builder b = ScoreTable.forEdges(edgeCount());
    for (int i = 0; i < names.length; i++) {
      b.addDouble(names[i] + "_pct", percentiles[i]);
    }
    return b.build();
  }
}
