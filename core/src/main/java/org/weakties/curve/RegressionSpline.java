package org.weakties.curve;

import java.util.Arrays;

/**
 * An unpenalised natural cubic regression spline of y on x (plus linear controls), used as the
 * smoother of the two-lines test in place of a penalised GAM.
 *
 * <p>Knots: {@code k} points spread evenly through the sorted distinct x values (linear interpolation
 * between them; the first and last knots are the smallest and largest x), which is how mgcv places
 * the knots of its {@code bs = "cr"} basis. The spline space is the natural cubic splines on those
 * knots (dimension k), spanned by the truncated-power basis {@code 1, u, d_j(u) - d_{k-1}(u)} with
 * {@code d_j(u) = ((u - t_j)^3_+ - (u - t_k)^3_+) / (t_k - t_j)} on x rescaled to [0, 1] (Hastie,
 * Tibshirani and Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed., eq. 5.4-5.5). This
 * is the same space as mgcv's {@code s(x, bs = "cr", k = k, fx = TRUE)}, so fitted values and their
 * standard errors agree with it.
 */
final class RegressionSpline {
  private final double[] knots;
  private final double lo;
  private final double span;
  private final RegressionFit fit;

  /**
   * Fits the spline with {@code k} knots.
   *
   * @throws DegenerateDataException with fewer than 3 distinct x values
   */
  RegressionSpline(double[] x, double[] y, String[] controlNames, double[][] controls, int k) {
    this.knots = placeKnots(x, k);
    this.lo = knots[0];
    this.span = knots[knots.length - 1] - knots[0];
    Design.Builder b = Design.builder(x.length).intercept();
    double[][] basis = basis(x);
    for (int j = 0; j < basis.length; j++) {
      b.addRaw("s" + j, basis[j]);
    }
    for (int j = 0; j < controls.length; j++) {
      b.addRaw(controlNames[j], controls[j]);
    }
    fit = LinearRegression.fit(b.build(), y, Covariance.classical());
  }

  /** The knots. */
  double[] knots() {
    return knots.clone();
  }

  /** Number of basis functions besides the intercept: k - 1. */
  private int dimension() {
    return knots.length - 1;
  }

  /**
   * The fitted value at {@code x} with the controls at {@code controlValues}, and its standard error
   * (classical covariance, as mgcv's unpenalised prediction), as {@code {value, se}}.
   */
  double[] predict(double x, double[] controlValues) {
    double[] w = new double[fit.size()];
    w[0] = 1;
    double[] bx = basisAt(x);
    System.arraycopy(bx, 0, w, 1, bx.length);
    System.arraycopy(controlValues, 0, w, 1 + bx.length, controlValues.length);
    return fit.combinationValueAndError(w);
  }

  /** mgcv's knot placement: evenly through the sorted distinct values, interpolating. */
  static double[] placeKnots(double[] x, int k) {
    double[] u = Arrays.stream(x).distinct().sorted().toArray();
    int n = u.length;
    if (n < 3) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_DISTINCT_X,
          "a cubic regression spline needs at least 3 distinct x values, the data have " + n);
    }
    if (k < 3 || k > n) {
      throw new IllegalArgumentException("knots must be in [3, " + n + "], got " + k);
    }
    if (k == n) {
      return u;
    }
    double[] t = new double[k];
    t[0] = u[0];
    t[k - 1] = u[n - 1];
    double delta = (n - 1.0) / (k - 1.0);
    for (int j = 1; j < k - 1; j++) {
      double pos = delta * j;
      int lb = (int) Math.floor(pos);
      double frac = pos - lb;
      t[j] = u[lb] * (1 - frac) + u[lb + 1] * frac;
    }
    return t;
  }

  private double[][] basis(double[] x) {
    double[][] b = new double[dimension()][x.length];
    for (int i = 0; i < x.length; i++) {
      double[] bx = basisAt(x[i]);
      for (int j = 0; j < bx.length; j++) {
        b[j][i] = bx[j];
      }
    }
    return b;
  }

  private double[] basisAt(double x) {
    int k = knots.length;
    double u = (x - lo) / span;
    double[] out = new double[k - 1];
    out[0] = u;
    double last = d(u, k - 2);
    for (int j = 0; j < k - 2; j++) {
      out[1 + j] = d(u, j) - last;
    }
    return out;
  }

  private double d(double u, int j) {
    int k = knots.length;
    double tj = (knots[j] - lo) / span;
    double tk = (knots[k - 1] - lo) / span;
    return (cube(u - tj) - cube(u - tk)) / (tk - tj);
  }

  private static double cube(double v) {
    return v > 0 ? v * v * v : 0;
  }
}
