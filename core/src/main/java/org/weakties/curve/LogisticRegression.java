package org.weakties.curve;

import java.util.Objects;

/**
 * Logistic regression of a 0/1 outcome by maximum likelihood.
 *
 * <p><b>Definition.</b> {@code P(y = 1 | x) = 1 / (1 + exp(-x'b))}; {@code b} maximises the
 * log-likelihood. Fitted by Newton's method in its iteratively reweighted least squares form (each
 * step a weighted least-squares solve through QR) with step halving when the deviance rises,
 * stopping when the relative change of the deviance is below {@link LogisticParams#tolerance()}.
 * Model-based covariance {@code (X'WX)^-1}, {@code W = diag(mu(1-mu))}; robust and clustered
 * covariances use the scores {@code (y - mu) x} and, for HC3, the weighted leverages, as R's
 * {@code sandwich} does for {@code glm}. Reference: McCullagh and Nelder, <i>Generalized Linear
 * Models</i>, 2nd ed., Chapman and Hall (1989), ch. 4.
 *
 * <p><b>Cost.</b> O(n k^2) per iteration, typically 5 to 10 iterations; O(n k) space.
 *
 * <p><b>Degenerate data.</b> Outcomes other than 0 and 1 are rejected; a constant outcome, collinear
 * regressors and perfect (or quasi-complete) separation, recognised by linear predictors beyond
 * {@code |x'b| > 30}, throw {@link DegenerateDataException}; non-convergence throws
 * {@link ConvergenceException} with the iteration count and the last relative change. Tests use the
 * standard normal distribution. Deterministic; single-threaded.
 */
public final class LogisticRegression {
  private static final double SEPARATION_ETA = 30.0;

  private LogisticRegression() {}

  /** Fits with {@link LogisticParams#defaults()}. */
  public static RegressionFit fit(Design x, double[] y, Covariance cov) {
    return fit(x, y, cov, LogisticParams.defaults());
  }

  /**
   * Fits {@code y} (0 or 1) on the columns of {@code x}.
   *
   * @throws DegenerateDataException for degenerate data (see the class comment)
   * @throws ConvergenceException when the iterations do not converge
   */
  public static RegressionFit fit(Design x, double[] y, Covariance cov, LogisticParams params) {
    Objects.requireNonNull(x, "design");
    Objects.requireNonNull(cov, "covariance");
    Objects.requireNonNull(params, "params");
    int n = x.rows();
    int k = x.columns();
    LinearRegression.checkOutcome(y, n);
    for (int i = 0; i < n; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("outcome " + i + " is " + y[i]
            + "; logistic regression needs outcomes 0 or 1");
      }
    }
    if (n <= k) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
          n + " observations for " + k + " coefficients; need at least " + (k + 1));
    }
    String[] names = x.names();
    double[][] cols = x.cols();
    // the unweighted design must have full rank; this names a collinear column
    new LeastSquares(cols, names, n);

    double[] b = new double[k];
    double[] eta = new double[n];
    double dev = deviance(y, eta);
    double[][] wcols = new double[k][n];
    double[] z = new double[n];
    int it = 0;
    double change = Double.NaN;
    boolean converged = false;
    while (it < params.maxIterations()) {
      it++;
      for (int i = 0; i < n; i++) {
        double mu = mu(eta[i]);
        double w = Math.max(mu * (1 - mu), 1e-300);
        double sw = Math.sqrt(w);
        z[i] = (eta[i] + (y[i] - mu) / w) * sw;
        for (int j = 0; j < k; j++) {
          wcols[j][i] = cols[j][i] * sw;
        }
      }
      double[] bNew;
      try {
        bNew = new LeastSquares(wcols, names, n).solve(z);
      } catch (DegenerateDataException ex) {
        // weights near 0 (fitted probabilities near 0 or 1) can make the weighted design singular
        if (maxAbs(eta) > SEPARATION_ETA / 2) {
          throw separation(maxAbs(eta));
        }
        throw ex;
      }
      double[] etaNew = linear(cols, bNew, n);
      double devNew = deviance(y, etaNew);
      for (int half = 0; half < 40 && !(devNew <= dev * (1 + 1e-12)); half++) {
        for (int j = 0; j < k; j++) {
          bNew[j] = 0.5 * (bNew[j] + b[j]);
        }
        etaNew = linear(cols, bNew, n);
        devNew = deviance(y, etaNew);
      }
      change = Math.abs(dev - devNew) / (Math.abs(devNew) + 0.1);
      b = bNew;
      eta = etaNew;
      dev = devNew;
      if (change < params.tolerance()) {
        converged = true;
        break;
      }
    }
    double maxEta = maxAbs(eta);
    if (maxEta > SEPARATION_ETA) {
      throw separation(maxEta);
    }
    if (!converged) {
      throw new ConvergenceException("logistic regression did not converge", it, change);
    }
    double[] e = new double[n];
    double[] sw = new double[n];
    for (int i = 0; i < n; i++) {
      double mu = mu(eta[i]);
      e[i] = y[i] - mu;
      sw[i] = Math.sqrt(mu * (1 - mu));
      for (int j = 0; j < k; j++) {
        wcols[j][i] = cols[j][i] * sw[i];
      }
    }
    LeastSquares weighted = new LeastSquares(wcols, names, n);
    double[][] bread = weighted.xtxInverse();
    double[][] v;
    if (cov.type() == CovarianceType.CLASSICAL) {
      v = bread;
    } else {
      double[] h = cov.type() == CovarianceType.HC3 ? weighted.leverages() : null;
      v = Sandwich.covariance(bread, cols, e, h, cov, k);
    }
    double nullDev = nullDeviance(y, x.indexOf(Design.INTERCEPT) >= 0);
    return new RegressionFit(RegressionFit.Estimator.LOGIT, names, b, v, cov, n,
        Double.POSITIVE_INFINITY, 1.0 - dev / nullDev, 1.0, dev, it);
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }

  private static DegenerateDataException separation(double maxEta) {
    return new DegenerateDataException(DegenerateDataException.Reason.PERFECT_SEPARATION,
        "the regressors (almost) perfectly separate outcomes 0 and 1 (a linear predictor reached "
            + maxEta + "), so the estimates diverge; logistic regression is undefined here");
  }

  static double mu(double eta) {
    return eta >= 0 ? 1.0 / (1.0 + Math.exp(-eta)) : Math.exp(eta) / (1.0 + Math.exp(eta));
  }

  private static double[] linear(double[][] cols, double[] b, int n) {
    double[] eta = new double[n];
    for (int j = 0; j < b.length; j++) {
      double bj = b[j];
      double[] c = cols[j];
      for (int i = 0; i < n; i++) {
        eta[i] += bj * c[i];
      }
    }
    return eta;
  }

  /** {@code -2 log L}, with log(1 + exp(.)) evaluated stably. */
  static double deviance(double[] y, double[] eta) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      double t = y[i] == 1 ? -eta[i] : eta[i];
      d += t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }
    return 2 * d;
  }

  private static double nullDeviance(double[] y, boolean intercept) {
    if (!intercept) {
      return 2 * y.length * Math.log(2);
    }
    double p = 0;
    for (double v : y) {
      p += v;
    }
    p /= y.length;
    double d = 0;
    for (double v : y) {
      d += v == 1 ? -Math.log(p) : -Math.log1p(-p);
    }
    return 2 * d;
  }
}
