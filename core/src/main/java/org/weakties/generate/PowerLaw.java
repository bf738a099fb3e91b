package org.weakties.generate;

import java.util.SplittableRandom;

/**
 * Sampling from a truncated continuous power law (Pareto) density {@code p(x) ~ x^-a} on
 * {@code [x0, x1)} by inversion, and its integer form {@code floor(x)}, used for degrees and
 * community sizes.
 */
final class PowerLaw {
  private PowerLaw() {}

  /** One draw of x with density proportional to {@code x^-a} on {@code [x0, x1)}, 0 < x0 < x1. */
  static double sample(SplittableRandom rnd, double x0, double x1, double a) {
    double u = rnd.nextDouble();
    if (Math.abs(a - 1) < 1e-12) {
      return Math.min(x0 * Math.pow(x1 / x0, u), Math.nextDown(x1));
    }
    double b = 1 - a;
    double lo = Math.pow(x0, b);
    double hi = Math.pow(x1, b);
    double x = Math.pow(lo + u * (hi - lo), 1 / b);
    return Math.max(x0, Math.min(x, Math.nextDown(x1)));
  }

  /** The cumulative distribution at {@code x} of the law of {@link #sample}, clamped to [0, 1]. */
  static double cdf(double x, double x0, double x1, double a) {
    if (x <= x0) {
      return 0;
    }
    if (x >= x1) {
      return 1;
    }
    if (Math.abs(a - 1) < 1e-12) {
      return Math.log(x / x0) / Math.log(x1 / x0);
    }
    double b = 1 - a;
    return (Math.pow(x, b) - Math.pow(x0, b)) / (Math.pow(x1, b) - Math.pow(x0, b));
  }

  /** Terms of {@link #meanOfFloor} summed one by one before the tail is integrated. */
  private static final int EXACT_TERMS = 20_000;

  /**
   * The mean of {@code floor(x)} for the law of {@link #sample} with integer {@code x1}:
   * {@code E[floor x] = sum_{j=1}^{x1-1} P(x >= j)}. The first {@link #EXACT_TERMS} terms above x0
   * are summed exactly; the rest, a smooth and slowly varying tail, by the midpoint rule in closed
   * form (relative error far below 1e-9), so the cost is O(min(x1, EXACT_TERMS)).
   */
  static double meanOfFloor(double x0, int x1, double a) {
    int first = (int) Math.min(Math.floor(x0), x1 - 1L); // P(x >= j) = 1 for j <= x0
    double mean = first;
    int exactEnd = (int) Math.min(x1 - 1L, (long) first + EXACT_TERMS);
    for (int j = first + 1; j <= exactEnd; j++) {
      mean += 1 - cdf(j, x0, x1, a);
    }
    if (exactEnd < x1 - 1) {
      mean += survivalIntegral(exactEnd + 0.5, x1 - 0.5, x0, x1, a);
    }
    return mean;
  }

  /** {@code integral_lo^hi P(x >= t) dt} for {@code x0 <= lo <= hi <= x1}, in closed form. */
  private static double survivalIntegral(double lo, double hi, double x0, double x1, double a) {
    if (Math.abs(a - 1) < 1e-12) {
      double h = (hi * Math.log(hi / x0) - hi) - (lo * Math.log(lo / x0) - lo);
      return (hi - lo) - h / Math.log(x1 / x0);
    }
    double b = 1 - a;
    double g = Math.abs(b + 1) < 1e-12 ? Math.log(hi / lo)
        : (Math.pow(hi, b + 1) - Math.pow(lo, b + 1)) / (b + 1);
    double x0b = Math.pow(x0, b);
    return (hi - lo) - (g - x0b * (hi - lo)) / (Math.pow(x1, b) - x0b);
  }

  /**
   * The lower cut-off {@code x0} in {@code [1, kmax]} for which {@code floor(x)}, x drawn on
   * {@code [x0, kmax+1)} with exponent {@code a}, has mean {@code target} (bisection; the mean
   * grows with x0). Returns 1 when even x0 = 1 gives a larger mean, and {@code kmax} when the
   * target is at or above {@code kmax}.
   */
  static double lowerCutoffForMean(double target, int kmax, double a) {
    int x1 = kmax + 1;
    if (meanOfFloor(1, x1, a) >= target) {
      return 1;
    }
    if (target >= kmax) {
      return kmax;
    }
    double lo = 1;
    double hi = kmax;
    for (int it = 0; it < 60; it++) {
      double mid = 0.5 * (lo + hi);
      if (meanOfFloor(mid, x1, a) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
