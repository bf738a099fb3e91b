package org.weakties.tie;

import org.weakties.graph.ScoreTable;

/** Embeddedness (common neighbours) and neighbourhood overlap by edge id; see {@link Embeddedness}. */
public final class EmbeddednessResult {
  private final int[] embeddedness;
  private final double[] overlap;

  EmbeddednessResult(int[] embeddedness, double[] overlap) {
    this.embeddedness = embeddedness;
    this.overlap = overlap;
  }

  /** Number of edges. */
  public int edgeCount() {
    return embeddedness.length;
  }

  /** Common neighbours of the endpoints of edge {@code e}. */
  public int embeddedness(int e) {
    return embeddedness[e];
  }

  /** Neighbourhood overlap of edge {@code e} in [0, 1] (0 when both endpoints have degree 1). */
  public double overlap(int e) {
    return overlap[e];
  }

  /** A copy of the embeddedness by edge id. */
  public int[] embeddednessArray() {
    return embeddedness.clone();
  }

  /** A copy of the overlap by edge id. */
  public double[] overlapArray() {
    return overlap.clone();
  }

  /** Columns {@code embeddedness, overlap}. */
  public ScoreTable toTable() {
    return ScoreTable.forEdges(embeddedness.length).addInt("embeddedness", embeddedness)
        .addDouble("overlap", overlap).build();
  }
}
