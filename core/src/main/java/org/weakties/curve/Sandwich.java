package org.weakties.curve;

/**
 * Sandwich covariance matrices {@code B M B} for the estimators of this package; see
 * {@link CovarianceType} for the definitions. O(n p^2) time, O(p^2 + G p) extra space.
 */
final class Sandwich {
  private Sandwich() {}

  /**
   * The robust covariance.
   *
   * @param bread {@code (X'X)^-1} or the inverse information (p x p)
   * @param x the regressors whose rows form the scores (the projected ones for 2SLS), by column
   * @param e the score multiplier of each observation (residual, or {@code y - mu} for logit)
   * @param leverage leverages for HC3, else ignored (may be null)
   * @param cov the estimator
   * @param k the number of coefficients, for the small-sample corrections
   */
  static double[][] covariance(double[][] bread, double[][] x, double[] e, double[] leverage,
      Covariance cov, int k) {
    int p = bread.length;
    int n = e.length;
    double[][] meat = new double[p][p];
    double[] xi = new double[p];
    CovarianceType type = cov.type();
    double adjust;
    if (type == CovarianceType.CR1) {
      int g = cov.clusterCount();
      if (g < 2) {
        throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_CLUSTERS,
            "clustered standard errors need at least 2 clusters, the data have " + g);
      }
      if (cov.observationCount() != n) {
        throw new IllegalArgumentException("cluster ids are given for " + cov.observationCount()
            + " observations, the model has " + n);
      }
      double[][] u = new double[g][p];
      int[] cl = cov.rawClusters();
      for (int i = 0; i < n; i++) {
        double[] ug = u[cl[i]];
        double ei = e[i];
        for (int j = 0; j < p; j++) {
          ug[j] += x[j][i] * ei;
        }
      }
      for (double[] ug : u) {
        accumulate(meat, ug, 1.0);
      }
      adjust = (double) g / (g - 1) * (n - 1.0) / (n - k);
    } else {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < p; j++) {
          xi[j] = x[j][i];
        }
        double w = e[i] * e[i];
        if (type == CovarianceType.HC3) {
          double d = 1.0 - leverage[i];
          if (!(d > 1e-10)) {
            throw new DegenerateDataException(DegenerateDataException.Reason.LEVERAGE_ONE,
                "observation " + i + " has leverage " + leverage[i]
                    + ", so HC3 standard errors are undefined; use HC1 instead");
          }
          w /= d * d;
        }
        accumulate(meat, xi, w);
      }
      adjust = type == CovarianceType.HC1 ? (double) n / (n - k) : 1.0;
    }
    for (int j = 0; j < p; j++) {
      for (int l = 0; l < j; l++) {
        meat[j][l] = meat[l][j];
      }
    }
    double[][] bm = multiply(bread, meat);
    double[][] v = multiply(bm, bread);
    for (int j = 0; j < p; j++) {
      for (int l = 0; l < p; l++) {
        v[j][l] *= adjust;
      }
    }
    symmetrize(v);
    return v;
  }

  private static void accumulate(double[][] meat, double[] s, double w) {
    int p = s.length;
    for (int j = 0; j < p; j++) {
      double sj = s[j] * w;
      for (int l = j; l < p; l++) {
        meat[j][l] += sj * s[l];
      }
    }
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int p = a.length;
    int q = b[0].length;
    int r = b.length;
    double[][] c = new double[p][q];
    for (int i = 0; i < p; i++) {
      for (int l = 0; l < r; l++) {
        double ail = a[i][l];
        for (int j = 0; j < q; j++) {
          c[i][j] += ail * b[l][j];
        }
      }
    }
    return c;
  }

  static void symmetrize(double[][] v) {
    for (int j = 0; j < v.length; j++) {
      for (int l = 0; l < j; l++) {
        double m = 0.5 * (v[j][l] + v[l][j]);
        v[j][l] = m;
        v[l][j] = m;
      }
    }
  }
}
