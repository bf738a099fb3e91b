package org.weakties.tie;

import org.weakties.graph.ScoreTable;

/**
 * Dispersion of every edge in both directions, from {@link Dispersion}. For edge {@code e = (source,
 * target)}, {@code source < target}, the forward direction is {@code disp(source, target)} (the source
 * as ego) and the reverse direction {@code disp(target, source)}. Holds no graph; hands out copies only.
 */
public final class DispersionResult {
  private final long[] raw;
  private final long[] rawReverse;
  private final double[] value;
  private final double[] valueReverse;
  private final int[] embeddedness;

  DispersionResult(long[] raw, long[] rawReverse, double[] value, double[] valueReverse,
      int[] embeddedness) {
    this.raw = raw;
    this.rawReverse = rawReverse;
    this.value = value;
    this.valueReverse = valueReverse;
    this.embeddedness = embeddedness;
  }

  /** Number of edges m. */
  public int edgeCount() {
    return raw.length;
  }

  /** Dispersion of edge {@code e} with its source as ego, as the parameters asked (NaN if skipped). */
  public double dispersion(int e) {
    return value[e];
  }

  /** Dispersion of edge {@code e} with its target as ego, as the parameters asked (NaN if skipped). */
  public double dispersionReverse(int e) {
    return valueReverse[e];
  }

  /** Raw pair count with the source as ego, or -1 when the edge was skipped by the cap. */
  public long raw(int e) {
    return raw[e];
  }

  /** Raw pair count with the target as ego, or -1 when the edge was skipped by the cap. */
  public long rawReverse(int e) {
    return rawReverse[e];
  }

  /** Embeddedness (common neighbours) of edge {@code e}, the normalising denominator. */
  public int embeddedness(int e) {
    return embeddedness[e];
  }

  /** Number of edges skipped by the embeddedness cap. */
  public int skippedCount() {
    int c = 0;
    for (long r : raw) {
      if (r < 0) {
        c++;
      }
    }
    return c;
  }

  /**
   * The edge table: columns {@code dispersion, dispersion_reverse}, with the edge's source (the
   * smaller node id) as the ego of {@code dispersion}.
   */
  public ScoreTable toTable() {
    return ScoreTable.forEdges(edgeCount())
        .addDouble("dispersion", value)
        .addDouble("dispersion_reverse", valueReverse)
        .build();
  }

  /**
   * The edge table oriented like the input rows: for an edge whose first input row named the larger id
   * first ({@code ~e} in {@code inputOrder}, from {@link org.weakties.graph.SocialGraph#inputOrder()}),
   * the two columns are swapped, so {@code dispersion} always has the row's source as ego.
   *
   * @throws IllegalArgumentException when inputOrder does not cover this result's edges
   */
  public ScoreTable toTable(int[] inputOrder) {
    boolean[] rev = EdgeOrientation.reversed(inputOrder, edgeCount());
    return ScoreTable.forEdges(edgeCount())
        .addDouble("dispersion", EdgeOrientation.pick(value, valueReverse, rev, false))
        .addDouble("dispersion_reverse", EdgeOrientation.pick(value, valueReverse, rev, true))
        .build();
  }
}
