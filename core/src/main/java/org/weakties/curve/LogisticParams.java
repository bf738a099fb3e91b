package org.weakties.curve;

/**
 * Parameters of {@link LogisticRegression}.
 *
 * @param maxIterations Newton (IRLS) iterations before giving up with a
 *     {@link ConvergenceException}; at least 1
 * @param tolerance convergence threshold on the relative change of the deviance,
 *     {@code |D_old - D| / (|D| + 0.1)} (R's {@code glm} criterion); in (0, 1)
 */
public record LogisticParams(int maxIterations, double tolerance) {
  /** Default iteration limit. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;
  /** Default tolerance; tighter than R's 1e-8 so estimates are exact to about 1e-10. */
  public static final double DEFAULT_TOLERANCE = 1e-14;

  /** Validates the parameters. */
  public LogisticParams {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
    }
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
    }
  }

  /** The defaults. */
  public static LogisticParams defaults() {
    return new LogisticParams(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
  }

  /** A copy with another iteration limit. */
  public LogisticParams withMaxIterations(int m) {
    return new LogisticParams(m, tolerance);
  }

  /** A copy with another tolerance. */
  public LogisticParams withTolerance(double t) {
    return new LogisticParams(maxIterations, t);
  }
}
