package org.weakties.curve;

/**
 * The turning point {@code x* = -b1 / (2 b2)} of a fitted quadratic {@code b1 x + b2 x^2}, with a
 * delta-method confidence interval and, when computed, a percentile bootstrap interval.
 *
 * @param kind {@link Kind#MAXIMUM} when {@code b2 < 0} (an inverted U), else {@link Kind#MINIMUM}
 * @param estimate {@code x*}
 * @param standardError delta-method standard error {@code sqrt(g' V g)},
 *     {@code g = (-1/(2 b2), b1/(2 b2^2))}
 * @param deltaLower lower end of {@code x* -/+ z se} at {@code level}
 * @param deltaUpper upper end of the delta-method interval
 * @param bootstrapLower lower percentile bootstrap bound, NaN when {@code bootstrapDraws} is 0
 * @param bootstrapUpper upper percentile bootstrap bound, NaN when {@code bootstrapDraws} is 0
 * @param bootstrapDraws bootstrap draws requested (0: no bootstrap was run)
 * @param bootstrapValid draws that gave a turning point (a resample with a singular design gives
 *     none); the percentiles are over these
 * @param level confidence level of both intervals
 * @param xMin smallest observed x
 * @param xMax largest observed x
 * @param insideDataRange whether {@code xMin < x* < xMax}
 */
public record TurningPoint(Kind kind, double estimate, double standardError, double deltaLower,
    double deltaUpper, double bootstrapLower, double bootstrapUpper, int bootstrapDraws,
    int bootstrapValid, double level, double xMin, double xMax, boolean insideDataRange) {

  /** Maximum or minimum. */
  public enum Kind {
    /** {@code b2 < 0}: the curve peaks at {@code x*}. */
    MAXIMUM,
    /** {@code b2 > 0}: the curve bottoms out at {@code x*}. */
    MINIMUM
  }

  /** Whether a bootstrap interval was computed. */
  public boolean hasBootstrap() {
    return bootstrapDraws > 0 && bootstrapValid >= 2;
  }

  /** A copy with bootstrap bounds. */
  TurningPoint withBootstrap(double lower, double upper, int draws, int valid) {
    return new TurningPoint(kind, estimate, standardError, deltaLower, deltaUpper, lower, upper,
        draws, valid, level, xMin, xMax, insideDataRange);
  }
}
