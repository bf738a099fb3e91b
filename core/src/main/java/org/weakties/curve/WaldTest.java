package org.weakties.curve;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * A Wald test of {@code q} linear restrictions. With an infinite {@code denominatorDf} the statistic
 * is the chi-square form {@code W = d' V^-1 d} on {@code df} degrees of freedom; with a finite one it
 * is the F form {@code W / q} on {@code (df, denominatorDf)} degrees of freedom.
 *
 * @param hypothesis a short description of the null hypothesis
 * @param statistic the chi-square or F statistic
 * @param df number of restrictions q
 * @param denominatorDf denominator degrees of freedom of the F form, or {@code +inf} for chi-square
 * @param pValue upper-tail p-value
 */
public record WaldTest(String hypothesis, double statistic, int df, double denominatorDf,
    double pValue) {

  /** A chi-square Wald test. */
  static WaldTest chiSquare(String hypothesis, double w, int q) {
    return new WaldTest(hypothesis, w, q, Double.POSITIVE_INFINITY, Stats.chiSquareUpper(w, q));
  }

  /** An F-form Wald test ({@code w} is the chi-square form; it is divided by q here). */
  static WaldTest fForm(String hypothesis, double w, int q, double df2) {
    if (Double.isInfinite(df2)) {
      return chiSquare(hypothesis, w, q);
    }
    double f = w / q;
    return new WaldTest(hypothesis, f, q, df2, Stats.fUpper(f, q, df2));
  }

  /** {@code d' V^-1 d}, solving with the LU decomposition of Commons Math. */
  static double quadraticForm(double[] d, double[][] v) {
    DecompositionSolver s = new LUDecomposition(new Array2DRowRealMatrix(v, true), 1e-300)
        .getSolver();
    if (!s.isNonSingular()) {
      throw new DegenerateDataException(DegenerateDataException.Reason.COLLINEAR,
          "the covariance of the tested quantities is singular, so the Wald test is undefined");
    }
    double[] x = s.solve(new ArrayRealVector(d, true)).toArray();
    double w = 0;
    for (int i = 0; i < d.length; i++) {
      w += d[i] * x[i];
    }
    return w;
  }
}
