package org.weakties.curve;

/**
 * The Lind-Mehlum test of a U or inverted U on {@code [xLow, xHigh]}; see {@link LindMehlumTest}.
 *
 * @param shape the shape tested: {@link Shape#INVERTED_U} when the quadratic coefficient is negative,
 *     else {@link Shape#U} (as the authors' R package {@code utest} chooses)
 * @param xLow lower end of the interval
 * @param xHigh upper end of the interval
 * @param slopeLow slope {@code b1 + 2 b2 xLow} at the lower end
 * @param seLow its standard error
 * @param tLow {@code slopeLow / seLow}
 * @param slopeHigh slope at the upper end
 * @param seHigh its standard error
 * @param tHigh {@code slopeHigh / seHigh}
 * @param statistic {@code min(|tLow|, |tHigh|)}
 * @param pValue the test's p-value for {@code shape}
 * @param pInvertedU p-value of the inverted-U alternative: {@code max(P(T > tLow), P(T < tHigh))}
 * @param pU p-value of the U alternative: {@code max(P(T < tLow), P(T > tHigh))}
 * @param df degrees of freedom of T ({@code +inf}: standard normal)
 * @param extremumInside whether the end slopes have opposite signs, i.e. the fitted extremum lies
 *     inside the interval; when false the test trivially fails to reject (its p-value is then at
 *     least 0.5)
 */
public record LindMehlumResult(Shape shape, double xLow, double xHigh, double slopeLow,
    double seLow, double tLow, double slopeHigh, double seHigh, double tHigh, double statistic,
    double pValue, double pInvertedU, double pU, double df, boolean extremumInside) {

  /** Whether the test rejects "monotone or the opposite shape" at significance {@code alpha}. */
  public boolean rejects(double alpha) {
    return pValue < alpha;
  }
}
