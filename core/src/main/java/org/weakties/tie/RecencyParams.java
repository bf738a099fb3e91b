package org.weakties.tie;

import org.weakties.graph.SocialGraph;

/**
 * Parameters of {@link Recency}.
 *
 * @param asOf the time ages are measured from, in epoch seconds, or {@link SocialGraph#NO_TIME} for the
 *     latest last-contact time in the data (default {@link #DEFAULT_AS_OF}), so results never depend on
 *     the clock
 * @param halfLifeDays days after which recency has halved; finite and {@code > 0}; default
 *     {@link #DEFAULT_HALF_LIFE_DAYS}
 * @param dormantDays a tie is dormant when its last contact is more than this many days before
 *     {@code asOf}; finite and {@code >= 0}; default {@link #DEFAULT_DORMANT_DAYS}
 */
public record RecencyParams(long asOf, double halfLifeDays, double dormantDays) {

  /** Default as-of time: {@link SocialGraph#NO_TIME}, meaning the latest last contact in the data. */
  public static final long DEFAULT_AS_OF = SocialGraph.NO_TIME;
  /** Default half-life: 180 days. */
  public static final double DEFAULT_HALF_LIFE_DAYS = 180.0;
  /** Default dormancy threshold: 365 days without contact. */
  public static final double DEFAULT_DORMANT_DAYS = 365.0;

  /** Validates the parameters. */
  public RecencyParams {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException("halfLifeDays must be finite and > 0, got " + halfLifeDays);
    }
    if (!(dormantDays >= 0) || Double.isInfinite(dormantDays)) {
      throw new IllegalArgumentException("dormantDays must be finite and >= 0, got " + dormantDays);
    }
  }

  /** As of the latest contact in the data, half-life 180 days, dormant after 365 days. */
  public static RecencyParams defaults() {
    return new RecencyParams(DEFAULT_AS_OF, DEFAULT_HALF_LIFE_DAYS, DEFAULT_DORMANT_DAYS);
  }

  /** A copy with another as-of time (epoch seconds; {@link SocialGraph#NO_TIME} = latest contact). */
  public RecencyParams withAsOf(long t) {
    return new RecencyParams(t, halfLifeDays, dormantDays);
  }

  /** A copy with another half-life in days. */
  public RecencyParams withHalfLifeDays(double d) {
    return new RecencyParams(asOf, d, dormantDays);
  }

  /** A copy with another dormancy threshold in days. */
  public RecencyParams withDormantDays(double d) {
    return new RecencyParams(asOf, halfLifeDays, d);
  }
}
