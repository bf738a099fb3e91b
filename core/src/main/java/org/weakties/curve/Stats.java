package org.weakties.curve;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Reference distributions for tests and intervals. A degrees-of-freedom value of {@code +inf} means
 * the standard normal distribution. Upper tails are computed directly (not as {@code 1 - cdf}) so
 * small p-values keep their relative accuracy.
 */
final class Stats {
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1, 1e-14);

  private Stats() {}

  /** P(T > t) for T with {@code df} degrees of freedom (normal when df is infinite). */
  static double upperTail(double t, double df) {
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    if (Double.isInfinite(df)) {
      return NORMAL.cumulativeProbability(-t);
    }
    return new TDistribution(null, df, 1e-14).cumulativeProbability(-t);
  }

  /** Two-sided p-value P(|T| > |t|). */
  static double twoSided(double t, double df) {
    return Math.min(1.0, 2.0 * upperTail(Math.abs(t), df));
  }

  /** The {@code p}-quantile of T (normal when df is infinite). */
  static double quantile(double p, double df) {
    if (Double.isInfinite(df)) {
      return NORMAL.inverseCumulativeProbability(p);
    }
    return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(p);
  }

  /** Upper tail of the chi-square distribution with {@code df} degrees of freedom. */
  static double chiSquareUpper(double w, double df) {
    if (w <= 0) {
      return 1.0;
    }
    // regularized upper gamma Q(df/2, w/2), computed directly
    return Gamma.regularizedGammaQ(df / 2.0, w / 2.0);
  }

  /** Upper tail of F(d1, d2) (chi-square/d1 when d2 is infinite). */
  static double fUpper(double f, double d1, double d2) {
    if (f <= 0) {
      return 1.0;
    }
    if (Double.isInfinite(d2)) {
      return chiSquareUpper(f * d1, d1);
    }
    // P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2)
    return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2.0,
        d1 / 2.0, 1e-15, Integer.MAX_VALUE);
  }
}
