package org.weakties.curve;

import java.util.Objects;

/**
 * Ordinary least squares with classical, heteroskedasticity-robust (HC0, HC1, HC3) or cluster-robust
 * (CR1) standard errors.
 *
 * <p><b>Definition.</b> {@code b = argmin ||y - X b||^2}, computed from the Householder QR
 * decomposition of X (columns scaled to unit length; Commons Math). Covariances as described in
 * {@link CovarianceType}: {@code sigma^2 (X'X)^-1} with {@code sigma^2 = SSR/(n-k)}, or the sandwich
 * {@code (X'X)^-1 M (X'X)^-1}. References: White, "A heteroskedasticity-consistent covariance matrix
 * estimator and a direct test for heteroskedasticity", Econometrica 48 (1980); MacKinnon and White,
 * "Some heteroskedasticity-consistent covariance matrix estimators with improved finite sample
 * properties", J. Econometrics 29 (1985); Cameron, Gelbach and Miller, "Robust inference with
 * multiway clustering", JBES 29 (2011). The values equal R's {@code lm} with {@code sandwich::vcovHC}
 * and {@code vcovCL} (checked in the tests against R 4.2 and statsmodels 0.13.5).
 *
 * <p><b>Cost.</b> O(n k^2) time, O(n k) space for the decomposition.
 *
 * <p><b>Degenerate data</b> throws {@link DegenerateDataException}: fewer than k + 1 observations, a
 * constant outcome, collinear regressors (named in the message), an observation with leverage 1 under
 * HC3, fewer than two clusters. Never returns NaN estimates. Deterministic; single-threaded.
 */
public final class LinearRegression {
  private LinearRegression() {}

  /**
   * Fits {@code y} on the columns of {@code x}.
   *
   * @param x the design (include an intercept with {@link Design.Builder#intercept()})
   * @param y outcomes, one per row of {@code x}; finite
   * @param cov the covariance estimator
   * @return the fit
   */
  public static RegressionFit fit(Design x, double[] y, Covariance cov) {
    Objects.requireNonNull(x, "design");
    Objects.requireNonNull(cov, "covariance");
    int n = x.rows();
    int k = x.columns();
    checkOutcome(y, n);
    if (n <= k) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
          n + " observations for " + k + " coefficients; least squares needs at least " + (k + 1));
    }
    LeastSquares ls = new LeastSquares(x.cols(), x.names(), n);
    double[] b = ls.solve(y);
    double[] fitted = ls.fitted(b);
    double[] e = new double[n];
    double ssr = 0;
    for (int i = 0; i < n; i++) {
      e[i] = y[i] - fitted[i];
      ssr += e[i] * e[i];
    }
    double df = n - k;
    double[][] bread = ls.xtxInverse();
    double[][] v;
    if (cov.type() == CovarianceType.CLASSICAL) {
      double s2 = ssr / df;
      v = new double[k][k];
      for (int j = 0; j < k; j++) {
        for (int l = 0; l < k; l++) {
          v[j][l] = s2 * bread[j][l];
        }
      }
    } else {
      double[] h = cov.type() == CovarianceType.HC3 ? ls.leverages() : null;
      v = Sandwich.covariance(bread, x.cols(), e, h, cov, k);
    }
    double r2 = 1.0 - ssr / totalSumOfSquares(y, x.indexOf(Design.INTERCEPT) >= 0);
    return new RegressionFit(RegressionFit.Estimator.OLS, x.names(), b, v, cov, n, df, r2,
        Math.sqrt(ssr / df), ssr, 0);
  }

  static void checkOutcome(double[] y, int n) {
    Objects.requireNonNull(y, "outcome");
    if (y.length != n) {
      throw new IllegalArgumentException("the outcome has " + y.length + " values for a design of "
          + n + " rows");
    }
    boolean varies = false;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(y[i])) {
        throw new IllegalArgumentException("outcome " + i + " is " + y[i]
            + "; outcomes must be finite numbers");
      }
      varies |= y[i] != y[0];
    }
    if (n > 0 && !varies) {
      throw new DegenerateDataException(DegenerateDataException.Reason.CONSTANT_OUTCOME,
          "every outcome equals " + y[0] + ", so no effect can be estimated");
    }
  }

  static double totalSumOfSquares(double[] y, boolean centred) {
    double mean = 0;
    if (centred) {
      for (double v : y) {
        mean += v;
      }
      mean /= y.length;
    }
    double s = 0;
    for (double v : y) {
      s += (v - mean) * (v - mean);
    }
    return s;
  }
}
