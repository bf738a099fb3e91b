package org.weakties.tie;

import java.util.Objects;
import org.weakties.graph.SocialGraph;

/**
 * Recency and dormancy of ties from their last-contact times.
 *
 * <h2>Definitions</h2>
 * The age of a tie is {@code asOf - lastContact} (seconds; reported in days of 86,400 s). Recency is the
 * exponential decay {@code 2^(-age / halfLife) = exp(-ln 2 · age / halfLife)}: 1 for a contact at the
 * as-of time, 0.5 after one half-life (default 180 days). A tie is <b>dormant</b> when its age exceeds
 * the dormancy threshold (default 365 days), strictly. The as-of time defaults to the latest
 * last-contact time in the data, so results do not change with the clock; a contact after an explicit
 * as-of time has a negative age, recency 1 (clamped) and is not dormant.
 *
 * <h2>Source</h2>
 * E. Gilbert and K. Karahalios, "Predicting tie strength with social media", Proc. CHI 2009, where days
 * since the last communication is among the strongest predictors of tie strength; the exponential
 * decay with a half-life is the usual way to turn such an age into a bounded score.
 *
 * <h2>Degenerate cases, cost</h2>
 * Edges without a time (and every edge of a graph without times) get NaN age and recency and are never
 * dormant. {@code O(m)} time, {@code 17 m} bytes; exact and deterministic.
 */
public final class Recency {
  private Recency() {}

  private static final double SECONDS_PER_DAY = 86_400.0;

  /** Recency with {@link RecencyParams#defaults()}. */
  public static RecencyResult compute(SocialGraph graph) {
    return compute(graph, RecencyParams.defaults());
  }

  /** Recency, age and dormancy of every edge. */
  public static RecencyResult compute(SocialGraph graph, RecencyParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    int m = graph.edgeCount();
    long asOf = params.asOf();
    if (asOf == SocialGraph.NO_TIME && graph.hasLastContact()) {
      for (int e = 0; e < m; e++) {
        asOf = Math.max(asOf, graph.lastContact(e));
      }
    }
    double[] age = new double[m];
    double[] recency = new double[m];
    boolean[] dormant = new boolean[m];
    double rate = Math.log(2) / params.halfLifeDays();
    int timed = 0;
    for (int e = 0; e < m; e++) {
      long t = graph.lastContact(e);
      if (t == SocialGraph.NO_TIME || asOf == SocialGraph.NO_TIME) {
        age[e] = Double.NaN;
        recency[e] = Double.NaN;
        continue;
      }
      timed++;
      double days = ((double) asOf - (double) t) / SECONDS_PER_DAY;
      age[e] = days;
      recency[e] = days <= 0 ? 1.0 : Math.exp(-rate * days);
      dormant[e] = days > params.dormantDays();
    }
    return new RecencyResult(asOf, age, recency, dormant, timed);
  }
}
