package org.weakties.curve;

/**
 * One estimated quantity with its standard error and test of "equals zero": a coefficient, a linear
 * combination of coefficients (a slope or fitted value) or a difference between groups.
 *
 * @param value the estimate
 * @param standardError its standard error
 * @param statistic {@code value / standardError}
 * @param pValue two-sided p-value of {@code statistic} in the reference distribution
 * @param df degrees of freedom of the reference t distribution; {@code +inf} means standard normal
 */
public record Estimate(double value, double standardError, double statistic, double pValue,
    double df) {

  /** An estimate tested against the t distribution with {@code df} degrees of freedom. */
  public static Estimate of(double value, double standardError, double df) {
    double t = value / standardError;
    return new Estimate(value, standardError, t, Stats.twoSided(t, df), df);
  }

  /** Lower end of the two-sided confidence interval at {@code level} (for example 0.95). */
  public double lower(double level) {
    return value - criticalValue(level, df) * standardError;
  }

  /** Upper end of the two-sided confidence interval at {@code level}. */
  public double upper(double level) {
    return value + criticalValue(level, df) * standardError;
  }

  /** The two-sided critical value at {@code level} for {@code df} degrees of freedom. */
  public static double criticalValue(double level, double df) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    return Stats.quantile(0.5 + level / 2.0, df);
  }
}
