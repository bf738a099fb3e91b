package org.weakties.curve;

/**
 * Parameters of {@link TwoLinesTest}.
 *
 * @param breakpoint the breakpoint {@code x_c}; NaN (the default) chooses it by Simonsohn's Robin
 *     Hood procedure
 * @param maxKnots knots of the smoother: {@code min(maxKnots, distinct x)}; at least 3
 * @param covariance covariance of the two interrupted regressions when the observations have no
 *     clusters (HC3 by default, falling back to HC1 when an observation has leverage 1, as the
 *     author's code does); clustered observations use CR1
 * @param alpha significance level of each line's slope (0.05)
 */
public record TwoLinesParams(double breakpoint, int maxKnots, CovarianceType covariance,
    double alpha) {
  /** Default: the Robin Hood breakpoint. */
  public static final double DEFAULT_BREAKPOINT = Double.NaN;
  /** Default knot limit, as in the author's code. */
  public static final int DEFAULT_MAX_KNOTS = 10;
  /** Default covariance. */
  public static final CovarianceType DEFAULT_COVARIANCE = CovarianceType.HC3;
  /** Default significance level. */
  public static final double DEFAULT_ALPHA = 0.05;

  /** Validates. */
  public TwoLinesParams {
    if (Double.isInfinite(breakpoint)) {
      throw new IllegalArgumentException("breakpoint must be finite (or NaN for Robin Hood)");
    }
    if (maxKnots < 3) {
      throw new IllegalArgumentException("maxKnots must be >= 3, got " + maxKnots);
    }
    if (covariance == null || covariance == CovarianceType.CR1) {
      throw new IllegalArgumentException("covariance must be CLASSICAL, HC0, HC1 or HC3 (clustered "
          + "observations use CR1 automatically), got " + covariance);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
  }

  /** The defaults. */
  public static TwoLinesParams defaults() {
    return new TwoLinesParams(DEFAULT_BREAKPOINT, DEFAULT_MAX_KNOTS, DEFAULT_COVARIANCE,
        DEFAULT_ALPHA);
  }

  /** A copy with a given breakpoint (NaN: Robin Hood). */
  public TwoLinesParams withBreakpoint(double b) {
    return new TwoLinesParams(b, maxKnots, covariance, alpha);
  }

  /** A copy with another knot limit. */
  public TwoLinesParams withMaxKnots(int k) {
    return new TwoLinesParams(breakpoint, k, covariance, alpha);
  }

  /** A copy with another covariance. */
  public TwoLinesParams withCovariance(CovarianceType c) {
    return new TwoLinesParams(breakpoint, maxKnots, c, alpha);
  }

  /** A copy with another significance level. */
  public TwoLinesParams withAlpha(double a) {
    return new TwoLinesParams(breakpoint, maxKnots, covariance, a);
  }
}
