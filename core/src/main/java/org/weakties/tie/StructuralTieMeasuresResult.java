package org.weakties.tie;

import org.weakties.graph.ScoreTable;

/**
 * Per-edge structural tie measures and per-node triangle counts from {@link StructuralTieMeasures}.
 * Values are indexed by edge id (node id for the node measures); the result holds no graph and hands
 * out copies only. See {@link StructuralTieMeasures} for the definitions.
 */
public final class StructuralTieMeasuresResult {
  private final int[] embeddedness;
  private final double[] overlap;
  private final double[] jaccard;
  private final double[] adamicAdar;
  private final double[] resourceAllocation;
  private final double[] weightedOverlap;
  private final double[] weight;
  private final long[] triangles;
  private final double[] clustering;

  StructuralTieMeasuresResult(int[] embeddedness, double[] overlap, double[] jaccard,
      double[] adamicAdar, double[] resourceAllocation, double[] weightedOverlap, double[] weight,
      long[] triangles, double[] clustering) {
    this.embeddedness = embeddedness;
    this.overlap = overlap;
    this.jaccard = jaccard;
    this.adamicAdar = adamicAdar;
    this.resourceAllocation = resourceAllocation;
    this.weightedOverlap = weightedOverlap;
    this.weight = weight;
    this.triangles = triangles;
    this.clustering = clustering;
  }

  /** Number of edges m. */
  public int edgeCount() {
    return embeddedness.length;
  }

  /** Number of nodes n. */
  public int nodeCount() {
    return triangles.length;
  }

  /** Number of common neighbours of the endpoints of edge {@code e}. */
  public int embeddedness(int e) {
    return embeddedness[e];
  }

  /** Onnela's overlap (= Easley and Kleinberg's neighborhood overlap) of edge {@code e}, in [0, 1]. */
  public double overlap(int e) {
    return overlap[e];
  }

  /** NetworkX's Jaccard coefficient of the endpoints of edge {@code e}, in [0, 1). */
  public double jaccard(int e) {
    return jaccard[e];
  }

  /** Adamic-Adar index of the endpoints of edge {@code e}. */
  public double adamicAdar(int e) {
    return adamicAdar[e];
  }

  /** Resource-allocation index of the endpoints of edge {@code e}. */
  public double resourceAllocation(int e) {
    return resourceAllocation[e];
  }

  /** Weighted (Ružička) overlap of edge {@code e}, in [0, 1]. */
  public double weightedOverlap(int e) {
    return weightedOverlap[e];
  }

  /** Number of triangles through node {@code u}. */
  public long triangles(int u) {
    return triangles[u];
  }

  /** Local clustering coefficient of node {@code u} (0 below degree 2). */
  public double clustering(int u) {
    return clustering[u];
  }

  /** Embeddedness of every edge, as a new array by edge id. */
  public int[] embeddednessArray() {
    return embeddedness.clone();
  }

  /** Overlap of every edge, as a new array by edge id. */
  public double[] overlapArray() {
    return overlap.clone();
  }

  /** Embeddedness of every edge as doubles, a new array by edge id (for scoring and ranking). */
  public double[] embeddednessAsDoubles() {
    double[] d = new double[embeddedness.length];
    for (int e = 0; e < d.length; e++) {
      d[e] = embeddedness[e];
    }
    return d;
  }

  /**
   * The edge table of the {@code ties} command: columns {@code weight, embeddedness, overlap, jaccard,
   * adamic_adar, resource_allocation}.
   */
  public ScoreTable toTable() {
    return toTable(false);
  }

  /**
   * The edge table, optionally with a last column {@code weighted_overlap}.
   *
   * @param withWeightedOverlap whether to add the {@code weighted_overlap} column
   */
  public ScoreTable toTable(boolean withWeightedOverlap) {
    ScoreTable.Builder b = ScoreTable.forEdges(edgeCount())
        .addDouble("weight", weight)
        .addInt("embeddedness", embeddedness)
        .addDouble("overlap", overlap)
        .addDouble("jaccard", jaccard)
        .addDouble("adamic_adar", adamicAdar)
        .addDouble("resource_allocation", resourceAllocation);
    if (withWeightedOverlap) {
      b.addDouble("weighted_overlap", weightedOverlap);
    }
    return b.build();
  }

  /** The node table: columns {@code triangles, clustering}. */
  public ScoreTable nodeTable() {
    return ScoreTable.forNodes(nodeCount())
        .addLong("triangles", triangles, Long.MIN_VALUE)
        .addDouble("clustering", clustering)
        .build();
  }
}
