package org.weakties.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Points of a fitted curve with a pointwise confidence band, for plotting over a binscatter.
 *
 * <p>At each grid point {@code x} the fitted index is {@code g'b} with
 * {@code g = (1, x, x^2 or 1[x > c], control means)} and standard error {@code sqrt(g'Vg)} (delta
 * method; robust or clustered when the fit is); the band is {@code g'b -/+ q se} with the t quantile
 * of the fit's degrees of freedom (normal for logistic fits). For a logistic fit the fitted value and
 * the band are mapped through the logistic function, so they are probabilities.
 *
 * @param level confidence level of the band
 * @param points grid points in increasing x
 */
public record CurveBand(double level, List<Point> points) {
  /** Copies the list. */
  public CurveBand {
    points = List.copyOf(points);
  }

  /**
   * A grid point.
   *
   * @param x position
   * @param fit fitted value
   * @param lower lower end of the band
   * @param upper upper end of the band
   */
  public record Point(double x, double fit, double lower, double upper) {}

  /**
   * The band of a quadratic (or linear) fit whose coefficients are named {@code intercept},
   * {@code x}, optionally {@code x2}, then the controls, over {@code points} equally spaced x
   * values from {@code xMin} to {@code xMax}, with the controls at {@code controlValues}.
   */
  public static CurveBand of(RegressionFit fit, double[] controlValues, double xMin, double xMax,
      int points, double level) {
    return of(fit, controlValues, xMin, xMax, points, level, Double.NaN);
  }

  /**
   * As {@link #of(RegressionFit, double[], double, double, int, double)}, also for step fits
   * (coefficient {@code step} = {@code 1[x > threshold]}).
   */
  public static CurveBand of(RegressionFit fit, double[] controlValues, double xMin, double xMax,
      int points, double level, double threshold) {
    Objects.requireNonNull(fit, "fit");
    if (points < 2) {
      throw new IllegalArgumentException("a band needs at least 2 points, got " + points);
    }
    if (!(xMin <= xMax)) {
      throw new IllegalArgumentException("need xMin <= xMax, got " + xMin + " > " + xMax);
    }
    int k = fit.size();
    int ix = fit.indexOf("x");
    int ix2 = fit.has("x2") ? fit.indexOf("x2") : -1;
    int is = fit.has("step") ? fit.indexOf("step") : -1;
    int first = 1 + 1 + (ix2 >= 0 ? 1 : 0) + (is >= 0 ? 1 : 0);
    if (k - first != controlValues.length) {
      throw new IllegalArgumentException("the fit has " + (k - first) + " controls, "
          + controlValues.length + " values were given");
    }
    double q = Estimate.criticalValue(level, fit.df());
    boolean logit = fit.estimator() == RegressionFit.Estimator.LOGIT;
    List<Point> out = new ArrayList<>(points);
    double[] g = new double[k];
    for (int p = 0; p < points; p++) {
      double x = p == points - 1 ? xMax : xMin + (xMax - xMin) * p / (points - 1);
      java.util.Arrays.fill(g, 0);
      g[fit.indexOf(Design.INTERCEPT)] = 1;
      g[ix] = x;
      if (ix2 >= 0) {
        g[ix2] = x * x;
      }
      if (is >= 0) {
        g[is] = x > threshold ? 1 : 0;
      }
      System.arraycopy(controlValues, 0, g, first, controlValues.length);
      Estimate e = fit.linearCombination(g);
      double lo = e.value() - q * e.standardError();
      double hi = e.value() + q * e.standardError();
      if (logit) {
        out.add(new Point(x, LogisticRegression.mu(e.value()), LogisticRegression.mu(lo),
            LogisticRegression.mu(hi)));
      } else {
        out.add(new Point(x, e.value(), lo, hi));
      }
    }
    return new CurveBand(level, out);
  }
}
