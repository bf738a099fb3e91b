package org.weakties.curve;

import java.util.Arrays;

/**
 * The result of a regression: named coefficients, their covariance matrix and the statistics that go
 * with them. Immutable; holds no data rows.
 *
 * <p>Tests use the t distribution with the residual degrees of freedom {@code n - k} for least squares
 * and 2SLS (as R's {@code lmtest::coeftest} and {@code summary.lm} do, also with robust or clustered
 * covariances) and the standard normal distribution for logistic regression; {@link #df()} is
 * {@code +inf} then.
 */
public final class RegressionFit {

  /** The estimator that produced a fit. */
  public enum Estimator {
    /** Ordinary least squares. */
    OLS,
    /** Logistic regression by maximum likelihood. */
    LOGIT,
    /** Two-stage least squares. */
    TWO_STAGE_LEAST_SQUARES
  }

  private final Estimator estimator;
  private final String[] names;
  private final double[] coef;
  private final double[][] vcov;
  private final CovarianceType covarianceType;
  private final int clusterCount;
  private final int n;
  private final double df;
  private final double rSquared;
  private final double sigma;
  private final double deviance;
  private final int iterations;

  RegressionFit(Estimator estimator, String[] names, double[] coef, double[][] vcov,
      Covariance covariance, int n, double df, double rSquared, double sigma, double deviance,
      int iterations) {
    this.estimator = estimator;
    this.names = names.clone();
    this.coef = coef.clone();
    this.vcov = new double[vcov.length][];
    for (int j = 0; j < vcov.length; j++) {
      this.vcov[j] = vcov[j].clone();
    }
    this.covarianceType = covariance.type();
    this.clusterCount = covariance.clusterCount();
    this.n = n;
    this.df = df;
    this.rSquared = rSquared;
    this.sigma = sigma;
    this.deviance = deviance;
    this.iterations = iterations;
  }

  /** The estimator. */
  public Estimator estimator() {
    return estimator;
  }

  /** Number of coefficients k. */
  public int size() {
    return names.length;
  }

  /** Name of coefficient {@code j}. */
  public String name(int j) {
    return names[j];
  }

  /** Names of all coefficients (a new array). */
  public String[] names() {
    return names.clone();
  }

  /**
   * Index of the coefficient called {@code name}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public int indexOf(String name) {
    for (int j = 0; j < names.length; j++) {
      if (names[j].equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException("no coefficient named '" + name + "'; the fit has "
        + Arrays.toString(names));
  }

  /** Whether there is a coefficient called {@code name}. */
  public boolean has(String name) {
    for (String s : names) {
      if (s.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Coefficient {@code j}. */
  public double coefficient(int j) {
    return coef[j];
  }

  /** The coefficient called {@code name}. */
  public double coefficient(String name) {
    return coef[indexOf(name)];
  }

  /** All coefficients (a new array). */
  public double[] coefficients() {
    return coef.clone();
  }

  /** Standard error of coefficient {@code j}. */
  public double standardError(int j) {
    return Math.sqrt(vcov[j][j]);
  }

  /** Standard error of the coefficient called {@code name}. */
  public double standardError(String name) {
    return standardError(indexOf(name));
  }

  /** Coefficient {@code j} with its standard error, statistic and p-value. */
  public Estimate estimate(int j) {
    return Estimate.of(coef[j], standardError(j), df);
  }

  /** The coefficient called {@code name} with its standard error, statistic and p-value. */
  public Estimate estimate(String name) {
    return estimate(indexOf(name));
  }

  /** Covariance of coefficients {@code j} and {@code l}. */
  public double covariance(int j, int l) {
    return vcov[j][l];
  }

  /** The covariance matrix (a new array). */
  public double[][] covarianceMatrix() {
    double[][] v = new double[vcov.length][];
    for (int j = 0; j < v.length; j++) {
      v[j] = vcov[j].clone();
    }
    return v;
  }

  /**
   * The linear combination {@code sum w_j b_j} with standard error {@code sqrt(w' V w)}, for example
   * a slope {@code b1 + 2 b2 x} or a fitted value.
   */
  public Estimate linearCombination(double[] w) {
    if (w.length != coef.length) {
      throw new IllegalArgumentException("weights have " + w.length + " entries for "
          + coef.length + " coefficients");
    }
    double v = 0;
    double var = 0;
    for (int j = 0; j < w.length; j++) {
      v += w[j] * coef[j];
      for (int l = 0; l < w.length; l++) {
        var += w[j] * vcov[j][l] * w[l];
      }
    }
    return Estimate.of(v, Math.sqrt(Math.max(var, 0)), df);
  }

  /** {@code sum w_j b_j} and its standard error, without a test (for many evaluations). */
  double[] combinationValueAndError(double[] w) {
    double v = 0;
    double var = 0;
    for (int j = 0; j < w.length; j++) {
      if (w[j] == 0) {
        continue;
      }
      v += w[j] * coef[j];
      for (int l = 0; l < w.length; l++) {
        var += w[j] * vcov[j][l] * w[l];
      }
    }
    return new double[] {v, Math.sqrt(Math.max(var, 0))};
  }

  /**
   * Wald test that the named coefficients are all zero: F form on {@code (q, df)} degrees of freedom
   * for least squares, chi-square for logistic regression.
   */
  public WaldTest waldZero(String... coefficients) {
    int q = coefficients.length;
    if (q == 0) {
      throw new IllegalArgumentException("name at least one coefficient to test");
    }
    int[] idx = new int[q];
    double[] d = new double[q];
    double[][] v = new double[q][q];
    for (int a = 0; a < q; a++) {
      idx[a] = indexOf(coefficients[a]);
      d[a] = coef[idx[a]];
    }
    for (int a = 0; a < q; a++) {
      for (int b = 0; b < q; b++) {
        v[a][b] = vcov[idx[a]][idx[b]];
      }
    }
    double w = WaldTest.quadraticForm(d, v);
    return WaldTest.fForm(String.join(" = ", coefficients) + " = 0", w, q, df);
  }

  /** The covariance estimator used. */
  public CovarianceType covarianceType() {
    return covarianceType;
  }

  /** Number of clusters for {@link CovarianceType#CR1}, else 0. */
  public int clusterCount() {
    return clusterCount;
  }

  /** Number of observations. */
  public int observations() {
    return n;
  }

  /** Degrees of freedom of the reference t distribution ({@code +inf}: standard normal). */
  public double df() {
    return df;
  }

  /**
   * R squared: {@code 1 - SSR/SST} (centred when the design has an intercept) for OLS and 2SLS (for
   * 2SLS it can be negative); McFadden's {@code 1 - deviance/null deviance} for logistic regression.
   */
  public double rSquared() {
    return rSquared;
  }

  /**
   * Residual standard error {@code sqrt(SSR/(n-k))} for OLS and 2SLS; 1 for logistic regression (its
   * dispersion is fixed).
   */
  public double sigma() {
    return sigma;
  }

  /**
   * Residual deviance: the residual sum of squares for OLS and 2SLS, {@code -2 log L} for logistic
   * regression.
   */
  public double deviance() {
    return deviance;
  }

  /** Newton iterations for logistic regression; 0 for the closed-form estimators. */
  public int iterations() {
    return iterations;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(estimator + " (" + covarianceType
        + (clusterCount > 0 ? ", " + clusterCount + " clusters" : "") + ", n=" + n + ")");
    for (int j = 0; j < names.length; j++) {
      sb.append(String.format(java.util.Locale.ROOT, "%n  %-12s %14.6g  se %12.6g  p %.4g", names[j], coef[j],
          standardError(j), estimate(j).pValue()));
    }
    return sb.toString();
  }
}
