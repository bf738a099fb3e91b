package org.weakties.tie;

import org.weakties.graph.ScoreTable;

/**
 * Normalised weight and interaction intensity per edge, from {@link InteractionIntensity}. Values by
 * edge id; count-based values are NaN when the graph (or the edge) has no interaction count.
 */
public final class InteractionIntensityResult {
  private final double[] weightByMax;
  private final double[] weightRank;
  private final double[] intensityByMax;
  private final double[] intensityRank;
  private final boolean hasInteractions;

  InteractionIntensityResult(double[] weightByMax, double[] weightRank, double[] intensityByMax,
      double[] intensityRank, boolean hasInteractions) {
    this.weightByMax = weightByMax;
    this.weightRank = weightRank;
    this.intensityByMax = intensityByMax;
    this.intensityRank = intensityRank;
    this.hasInteractions = hasInteractions;
  }

  /** Number of edges m. */
  public int edgeCount() {
    return weightByMax.length;
  }

  /** Whether the graph had interaction counts. */
  public boolean hasInteractions() {
    return hasInteractions;
  }

  /** Weight divided by the largest weight, in (0, 1]. */
  public double weightByMax(int e) {
    return weightByMax[e];
  }

  /** Mid-rank percentile of the weight, in [0, 1]. */
  public double weightRank(int e) {
    return weightRank[e];
  }

  /** Interaction count divided by the largest count, in [0, 1]; NaN when unknown. */
  public double intensityByMax(int e) {
    return intensityByMax[e];
  }

  /** Mid-rank percentile of the interaction count, in [0, 1]; NaN when unknown. */
  public double intensityRank(int e) {
    return intensityRank[e];
  }

  /**
   * The edge table: columns {@code weight_by_max, weight_rank}, plus {@code intensity_by_max,
   * intensity_rank} when the graph has interaction counts.
   */
  public ScoreTable toTable() {
    ScoreTable.Builder b = ScoreTable.forEdges(edgeCount())
        .addDouble("weight_by_max", weightByMax)
        .addDouble("weight_rank", weightRank);
    if (hasInteractions) {
      b.addDouble("intensity_by_max", intensityByMax).addDouble("intensity_rank", intensityRank);
    }
    return b.build();
  }
}
