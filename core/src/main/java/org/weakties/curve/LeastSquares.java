package org.weakties.curve;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Least squares through the Householder QR decomposition of Commons Math, on columns scaled to unit
 * length. The scaling makes the collinearity check relative: a column whose distance from the span of
 * the columns before it is below {@link #COLLINEARITY_TOLERANCE} (the tolerance R's {@code lm} uses)
 * is reported as collinear, by name. Keeps {@code R^-1} (p x p) for {@code (X'X)^-1} and the leverages.
 */
final class LeastSquares {
  /** Relative tolerance on the diagonal of R below which a column counts as collinear. */
  static final double COLLINEARITY_TOLERANCE = 1e-7;

  private final int n;
  private final int p;
  private final double[][] cols;
  private final double[] scale;
  private final DecompositionSolver solver;
  private final double[][] rinv;

  LeastSquares(double[][] cols, String[] names, int n) {
    this.n = n;
    this.p = cols.length;
    this.cols = cols;
    if (n < p) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
          n + " observations cannot identify " + p + " coefficients (" + String.join(", ", names)
              + "); need at least " + (p + 1));
    }
    scale = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      double[] c = cols[j];
      for (int i = 0; i < n; i++) {
        s += c[i] * c[i];
      }
      scale[j] = Math.sqrt(s);
      if (!(scale[j] > 0)) {
        throw new DegenerateDataException(DegenerateDataException.Reason.COLLINEAR,
            "regressor '" + names[j] + "' is zero in every observation, so its coefficient is "
                + "not identified");
      }
    }
    double[][] a = new double[n][p];
    for (int j = 0; j < p; j++) {
      double[] c = cols[j];
      double s = scale[j];
      for (int i = 0; i < n; i++) {
        a[i][j] = c[i] / s;
      }
    }
    QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(a, false));
    RealMatrix r = qr.getR();
    double[][] rr = new double[p][p];
    for (int j = 0; j < p; j++) {
      for (int k = j; k < p; k++) {
        rr[j][k] = r.getEntry(j, k);
      }
      if (Math.abs(rr[j][j]) < COLLINEARITY_TOLERANCE) {
        StringBuilder others = new StringBuilder();
        for (int k = 0; k < j; k++) {
          others.append(k == 0 ? "" : ", ").append('\'').append(names[k]).append('\'');
        }
        throw new DegenerateDataException(DegenerateDataException.Reason.COLLINEAR,
            "collinear regressors: '" + names[j] + "' is (numerically) a linear combination of "
                + (j == 0 ? "nothing" : others) + " (relative residual " + Math.abs(rr[j][j])
                + " < " + COLLINEARITY_TOLERANCE + "); drop it or add variation");
      }
    }
    solver = qr.getSolver();
    rinv = invertUpper(rr);
  }

  int rows() {
    return n;
  }

  int columns() {
    return p;
  }

  /** Coefficients in the original scale. */
  double[] solve(double[] y) {
    double[] b = solver.solve(new ArrayRealVector(y, false)).toArray();
    for (int j = 0; j < p; j++) {
      b[j] /= scale[j];
    }
    return b;
  }

  /** Fitted values {@code X b}. */
  double[] fitted(double[] b) {
    double[] f = new double[n];
    for (int j = 0; j < p; j++) {
      double bj = b[j];
      double[] c = cols[j];
      for (int i = 0; i < n; i++) {
        f[i] += bj * c[i];
      }
    }
    return f;
  }

  /** {@code (X'X)^-1} in the original scale. */
  double[][] xtxInverse() {
    double[][] v = new double[p][p];
    for (int j = 0; j < p; j++) {
      for (int k = j; k < p; k++) {
        double s = 0;
        for (int l = Math.max(j, k); l < p; l++) {
          s += rinv[j][l] * rinv[k][l];
        }
        s /= scale[j] * scale[k];
        v[j][k] = s;
        v[k][j] = s;
      }
    }
    return v;
  }

  /** Leverages {@code h_i = x_i' (X'X)^-1 x_i} of every observation. */
  double[] leverages() {
    double[] h = new double[n];
    double[] xs = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        xs[j] = cols[j][i] / scale[j];
      }
      double s = 0;
      for (int k = 0; k < p; k++) {
        double t = 0;
        for (int j = 0; j <= k; j++) {
          t += xs[j] * rinv[j][k];
        }
        s += t * t;
      }
      h[i] = s;
    }
    return h;
  }

  private static double[][] invertUpper(double[][] r) {
    int p = r.length;
    double[][] inv = new double[p][p];
    for (int k = p - 1; k >= 0; k--) {
      inv[k][k] = 1.0 / r[k][k];
      for (int j = k - 1; j >= 0; j--) {
        double s = 0;
        for (int l = j + 1; l <= k; l++) {
          s += r[j][l] * inv[l][k];
        }
        inv[j][k] = -s / r[j][j];
      }
    }
    return inv;
  }
}
