package org.weakties.curve;

import java.util.Objects;

/**
 * The Lind-Mehlum test of a U-shaped (or inverted-U) relationship in a quadratic model.
 *
 * <p><b>Definition.</b> For {@code y = a + b1 x + b2 x^2 + ...} the slope is
 * {@code s(x) = b1 + 2 b2 x} with variance {@code (1, 2x) V (1, 2x)'}. An inverted U on
 * {@code [xl, xh]} needs {@code s(xl) > 0} and {@code s(xh) < 0}. The null hypothesis "monotone or
 * U-shaped" is tested with Sasabuchi's (1980) intersection-union test: {@code t_l = s(xl)/se},
 * {@code t_h = s(xh)/se}, statistic {@code min(|t_l|, |t_h|)}, p-value
 * {@code max(P(T > t_l), P(T < t_h))} from one-sided t tests (residual degrees of freedom; standard
 * normal for logistic fits). The U test swaps the signs. Lind and Mehlum, "With or without U? The
 * appropriate test for a U-shaped relationship", Oxford Bulletin of Economics and Statistics 72(1):
 * 109-118 (2010); the values equal those of the authors' R package {@code utest} whenever its test
 * applies (it returns no p-value when the extremum lies outside the interval; this class returns the
 * intersection-union p-value, which is then at least 0.5).
 *
 * <p>The covariance is that of the fit, so the test is robust or clustered when the fit is. O(1)
 * time; deterministic.
 */
public final class LindMehlumTest {
  private LindMehlumTest() {}

  /** Tests the coefficients {@code x} and {@code x2} of {@code fit} on {@code [xLow, xHigh]}. */
  public static LindMehlumResult test(RegressionFit fit, double xLow, double xHigh) {
    return test(fit, "x", "x2", xLow, xHigh);
  }

  /**
   * Tests the coefficients named {@code linear} and {@code square} on {@code [xLow, xHigh]}.
   *
   * @throws IllegalArgumentException unless {@code xLow < xHigh}, both finite
   */
  public static LindMehlumResult test(RegressionFit fit, String linear, String square, double xLow,
      double xHigh) {
    Objects.requireNonNull(fit, "fit");
    if (!(Double.isFinite(xLow) && Double.isFinite(xHigh) && xLow < xHigh)) {
      throw new IllegalArgumentException("the interval needs finite xLow < xHigh, got [" + xLow
          + ", " + xHigh + "]");
    }
    int i1 = fit.indexOf(linear);
    int i2 = fit.indexOf(square);
    double[] wl = new double[fit.size()];
    wl[i1] = 1;
    wl[i2] = 2 * xLow;
    double[] wh = new double[fit.size()];
    wh[i1] = 1;
    wh[i2] = 2 * xHigh;
    Estimate low = fit.linearCombination(wl);
    Estimate high = fit.linearCombination(wh);
    double df = fit.df();
    double tl = low.statistic();
    double th = high.statistic();
    double pInv = Math.max(Stats.upperTail(tl, df), Stats.upperTail(-th, df));
    double pU = Math.max(Stats.upperTail(-tl, df), Stats.upperTail(th, df));
    Shape shape = fit.coefficient(i2) < 0 ? Shape.INVERTED_U : Shape.U;
    boolean inside = low.value() * high.value() < 0;
    return new LindMehlumResult(shape, xLow, xHigh, low.value(), low.standardError(), tl,
        high.value(), high.standardError(), th, Math.min(Math.abs(tl), Math.abs(th)),
        shape == Shape.INVERTED_U ? pInv : pU, pInv, pU, df, inside);
  }
}
