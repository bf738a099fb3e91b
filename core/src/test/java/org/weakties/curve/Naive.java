package org.weakties.curve;

/**
 * Naive reference implementations for the property tests: explicit normal equations solved by
 * Gauss-Jordan elimination with partial pivoting, and sandwich covariances written out term by term.
 */
final class Naive {
  private Naive() {}

  /** Inverse of a small square matrix by Gauss-Jordan elimination. */
  static double[][] inverse(double[][] a) {
    int p = a.length;
    double[][] m = new double[p][2 * p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(a[i], 0, m[i], 0, p);
      m[i][p + i] = 1;
    }
    for (int c = 0; c < p; c++) {
      int piv = c;
      for (int r = c + 1; r < p; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
          piv = r;
        }
      }
      double[] t = m[c];
      m[c] = m[piv];
      m[piv] = t;
      double d = m[c][c];
      for (int j = 0; j < 2 * p; j++) {
        m[c][j] /= d;
      }
      for (int r = 0; r < p; r++) {
        if (r != c) {
          double f = m[r][c];
          for (int j = 0; j < 2 * p; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double[][] inv = new double[p][p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(m[i], p, inv[i], 0, p);
    }
    return inv;
  }

  /** {@code X'X} for a design given by rows. */
  static double[][] xtx(double[][] rows) {
    int p = rows[0].length;
    double[][] a = new double[p][p];
    for (double[] r : rows) {
      for (int j = 0; j < p; j++) {
        for (int l = 0; l < p; l++) {
          a[j][l] += r[j] * r[l];
        }
      }
    }
    return a;
  }

  static double[] xty(double[][] rows, double[] y) {
    int p = rows[0].length;
    double[] v = new double[p];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < p; j++) {
        v[j] += rows[i][j] * y[i];
      }
    }
    return v;
  }

  static double[] times(double[][] a, double[] v) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < v.length; j++) {
        r[i] += a[i][j] * v[j];
      }
    }
    return r;
  }

  static double[][] times(double[][] a, double[][] b) {
    return Sandwich.multiply(a, b);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** OLS coefficients and covariance of the given type, all by explicit formulas. */
  static double[][] olsCovariance(double[][] rows, double[] y, CovarianceType type, int[] cl) {
    int n = rows.length;
    int p = rows[0].length;
    double[][] bread = inverse(xtx(rows));
    double[] b = times(bread, xty(rows, y));
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = y[i] - dot(rows[i], b);
    }
    double[][] meat = new double[p][p];
    double adj = 1;
    switch (type) {
      case CLASSICAL -> {
        double s2 = dot(e, e) / (n - p);
        double[][] v = new double[p][p];
        for (int j = 0; j < p; j++) {
          for (int l = 0; l < p; l++) {
            v[j][l] = s2 * bread[j][l];
          }
        }
        return v;
      }
      case HC0, HC1, HC3 -> {
        for (int i = 0; i < n; i++) {
          double h = dot(rows[i], times(bread, rows[i]));
          double w = e[i] * e[i] / (type == CovarianceType.HC3 ? (1 - h) * (1 - h) : 1);
          for (int j = 0; j < p; j++) {
            for (int l = 0; l < p; l++) {
              meat[j][l] += w * rows[i][j] * rows[i][l];
            }
          }
        }
        adj = type == CovarianceType.HC1 ? (double) n / (n - p) : 1;
      }
      case CR1 -> {
        int g = 0;
        for (int c : cl) {
          g = Math.max(g, c + 1);
        }
        double[][] u = new double[g][p];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < p; j++) {
            u[cl[i]][j] += rows[i][j] * e[i];
          }
        }
        for (double[] ug : u) {
          for (int j = 0; j < p; j++) {
            for (int l = 0; l < p; l++) {
              meat[j][l] += ug[j] * ug[l];
            }
          }
        }
        adj = (double) g / (g - 1) * (n - 1.0) / (n - p);
      }
      default -> throw new IllegalArgumentException();
    }
    double[][] v = times(times(bread, meat), bread);
    for (double[] r : v) {
      for (int l = 0; l < p; l++) {
        r[l] *= adj;
      }
    }
    return v;
  }

  static double[] olsCoefficients(double[][] rows, double[] y) {
    return times(inverse(xtx(rows)), xty(rows, y));
  }
}
