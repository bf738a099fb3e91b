package org.weakties.tie;

import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;

/**
 * Age, recency and dormancy per edge, from {@link Recency}. Values by edge id; NaN age and recency and
 * {@code false} dormancy for edges without a last-contact time.
 */
public final class RecencyResult {
  private final long asOf;
  private final double[] ageDays;
  private final double[] recency;
  private final boolean[] dormant;
  private final int timedCount;

  RecencyResult(long asOf, double[] ageDays, double[] recency, boolean[] dormant, int timedCount) {
    this.asOf = asOf;
    this.ageDays = ageDays;
    this.recency = recency;
    this.dormant = dormant;
    this.timedCount = timedCount;
  }

  /** Number of edges m. */
  public int edgeCount() {
    return recency.length;
  }

  /** The as-of time used, epoch seconds; {@link SocialGraph#NO_TIME} when the data had no time. */
  public long asOf() {
    return asOf;
  }

  /** Number of edges with a last-contact time. */
  public int timedCount() {
    return timedCount;
  }

  /** Whether any edge had a last-contact time. */
  public boolean hasTimes() {
    return timedCount > 0;
  }

  /** Days between the last contact and the as-of time; NaN without a time. */
  public double ageDays(int e) {
    return ageDays[e];
  }

  /** Recency in (0, 1]; NaN without a time. */
  public double recency(int e) {
    return recency[e];
  }

  /** Whether the tie had no contact for more than the dormancy threshold. */
  public boolean isDormant(int e) {
    return dormant[e];
  }

  /** Number of dormant edges. */
  public int dormantCount() {
    int c = 0;
    for (boolean d : dormant) {
      if (d) {
        c++;
      }
    }
    return c;
  }

  /** Recency of every edge, as a new array by edge id. */
  public double[] recencyArray() {
    return recency.clone();
  }

  /** The edge table: columns {@code age_days, recency, dormant}. */
  public ScoreTable toTable() {
    return ScoreTable.forEdges(edgeCount())
        .addDouble("age_days", ageDays)
        .addDouble("recency", recency)
        .addBoolean("dormant", dormant)
        .build();
  }
}
