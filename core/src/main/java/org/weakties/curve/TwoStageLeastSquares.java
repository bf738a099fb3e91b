package org.weakties.curve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Two-stage least squares (instrumental variables) with classical, HC0/HC1 or cluster-robust (CR1)
 * standard errors: the design of experiments used as instruments, as in Rajkumar, Saint-Jacques,
 * Bojinov, Brynjolfsson and Aral, "A causal test of the strength of weak ties", Science 377 (2022),
 * where randomised recommender variants instrument the number or the strength of new ties.
 *
 * <p><b>Definition.</b> Regressors {@code X = [exogenous, endogenous]}, instruments
 * {@code Z = [exogenous, excluded instruments]}. First stage: {@code X^ = Z (Z'Z)^-1 Z'X} (exogenous
 * columns reproduce themselves). Second stage: {@code b = (X^'X^)^-1 X^'y}. Residuals use the actual
 * regressors, {@code e = y - X b}. Classical covariance {@code sigma^2 (X^'X^)^-1} with
 * {@code sigma^2 = e'e/(n-k)}; robust ones the sandwich with scores {@code x^_i e_i}, as R's
 * {@code AER::ivreg} with {@code sandwich::vcovHC/vcovCL}. HC3 is not offered (its leverage is not
 * uniquely defined for 2SLS). Every solve is a QR decomposition. Reference: Wooldridge,
 * <i>Econometric Analysis of Cross Section and Panel Data</i>, 2nd ed., MIT Press (2010), ch. 5.
 *
 * <p><b>Cost.</b> O(n (k + l)^2) time for l instruments; O(n (k + l)) space.
 *
 * <p><b>Degenerate data</b> throws {@link DegenerateDataException}: fewer excluded instruments than
 * endogenous regressors (UNDERIDENTIFIED), instruments collinear with the exogenous regressors, an
 * endogenous regressor whose first-stage fit is collinear with the other regressors (not identified),
 * a constant outcome, too few observations or clusters. Tests use the t distribution with
 * {@code n - k} degrees of freedom. Deterministic; single-threaded.
 */
public final class TwoStageLeastSquares {
  private TwoStageLeastSquares() {}

  /**
   * Fits {@code y} on {@code regressors}, instrumenting the columns named in {@code endogenous} with
   * the columns of {@code instruments} (the excluded instruments; the exogenous regressors are added
   * to the instrument set automatically).
   *
   * @param regressors all regressors, exogenous (including the intercept) and endogenous
   * @param y outcomes
   * @param endogenous names of the endogenous columns of {@code regressors}; at least one
   * @param instruments excluded instruments, at least as many as endogenous regressors
   * @param cov CLASSICAL, HC0, HC1 or CR1
   */
  public static IvFit fit(Design regressors, double[] y, Collection<String> endogenous,
      Design instruments, Covariance cov) {
    Objects.requireNonNull(regressors, "regressors");
    Objects.requireNonNull(instruments, "instruments");
    Objects.requireNonNull(cov, "covariance");
    if (cov.type() == CovarianceType.HC3) {
      throw new IllegalArgumentException("HC3 is not offered for 2SLS (its leverage is not uniquely "
          + "defined there); use HC1, HC0, CR1 or CLASSICAL");
    }
    int n = regressors.rows();
    int k = regressors.columns();
    if (instruments.rows() != n) {
      throw new IllegalArgumentException("instruments have " + instruments.rows()
          + " rows, the regressors " + n);
    }
    LinearRegression.checkOutcome(y, n);
    Set<String> endo = new LinkedHashSet<>(endogenous);
    if (endo.isEmpty()) {
      throw new IllegalArgumentException("name at least one endogenous regressor");
    }
    for (String e : endo) {
      if (regressors.indexOf(e) < 0) {
        throw new IllegalArgumentException("endogenous regressor '" + e
            + "' is not a column of the regressors " + String.join(", ", regressors.names()));
      }
    }
    int l = instruments.columns();
    if (l < endo.size()) {
      throw new DegenerateDataException(DegenerateDataException.Reason.UNDERIDENTIFIED,
          endo.size() + " endogenous regressors need at least as many excluded instruments, got "
              + l);
    }
    if (n <= Math.max(k, k - endo.size() + l)) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
          n + " observations are too few for " + k + " regressors and " + l + " instruments");
    }
    // instrument matrix Z = exogenous regressors + excluded instruments
    Design.Builder zb = Design.builder(n);
    Design.Builder exb = Design.builder(n);
    for (int j = 0; j < k; j++) {
      if (!endo.contains(regressors.name(j))) {
        zb.addRaw(regressors.name(j), regressors.col(j));
        exb.addRaw(regressors.name(j), regressors.col(j));
      }
    }
    for (int j = 0; j < l; j++) {
      if (regressors.indexOf(instruments.name(j)) >= 0) {
        throw new IllegalArgumentException("instrument '" + instruments.name(j)
            + "' is also a regressor; excluded instruments must not appear among the regressors");
      }
      zb.addRaw(instruments.name(j), instruments.col(j));
    }
    Design z = zb.build();
    Design exog = exb.build();
    LeastSquares zls = new LeastSquares(z.cols(), z.names(), n);

    double[][] xhat = new double[k][];
    for (int j = 0; j < k; j++) {
      double[] c = regressors.col(j);
      xhat[j] = endo.contains(regressors.name(j)) ? zls.fitted(zls.solve(c)) : c;
    }
    String[] names = regressors.names();
    LeastSquares second;
    try {
      second = new LeastSquares(xhat, names, n);
    } catch (DegenerateDataException ex) {
      if (ex.reason() == DegenerateDataException.Reason.COLLINEAR) {
        throw new DegenerateDataException(DegenerateDataException.Reason.COLLINEAR,
            "2SLS is not identified: the instruments do not move the endogenous regressors "
                + "independently of the other regressors (" + ex.getMessage() + ")");
      }
      throw ex;
    }
    double[] b = second.solve(y);
    double[] e = new double[n];
    double ssr = 0;
    for (int i = 0; i < n; i++) {
      double f = 0;
      for (int j = 0; j < k; j++) {
        f += regressors.col(j)[i] * b[j];
      }
      e[i] = y[i] - f;
      ssr += e[i] * e[i];
    }
    double df = n - k;
    double[][] bread = second.xtxInverse();
    double[][] v;
    if (cov.type() == CovarianceType.CLASSICAL) {
      double s2 = ssr / df;
      v = new double[k][k];
      for (int j = 0; j < k; j++) {
        for (int m = 0; m < k; m++) {
          v[j][m] = s2 * bread[j][m];
        }
      }
    } else {
      v = Sandwich.covariance(bread, xhat, e, null, cov, k);
    }
    double r2 = 1.0 - ssr / LinearRegression.totalSumOfSquares(y,
        regressors.indexOf(Design.INTERCEPT) >= 0);
    RegressionFit fit = new RegressionFit(RegressionFit.Estimator.TWO_STAGE_LEAST_SQUARES, names,
        b, v, cov, n, df, r2, Math.sqrt(ssr / df), ssr, 0);

    List<FirstStage> stages = new ArrayList<>();
    String[] instNames = instruments.names();
    for (String en : endo) {
      double[] target = regressors.col(regressors.indexOf(en));
      RegressionFit full = LinearRegression.fit(z, target, cov);
      WaldTest w = full.waldZero(instNames);
      double ssrFull = full.deviance();
      double ssrRestricted = exog.columns() == 0 ? sumSquares(target)
          : residualSumOfSquares(exog, target);
      stages.add(new FirstStage(en, w.statistic(), l, full.df(), w.pValue(),
          1.0 - ssrFull / ssrRestricted));
    }
    return new IvFit(fit, List.copyOf(endo), List.of(instNames), stages);
  }

  private static double residualSumOfSquares(Design x, double[] y) {
    LeastSquares ls = new LeastSquares(x.cols(), x.names(), x.rows());
    double[] f = ls.fitted(ls.solve(y));
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += (y[i] - f[i]) * (y[i] - f[i]);
    }
    return s;
  }

  private static double sumSquares(double[] y) {
    double s = 0;
    for (double v : y) {
      s += v * v;
    }
    return s;
  }
}
