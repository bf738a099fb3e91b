package org.weakties.curve;

/**
 * The result of {@link TwoLinesTest}.
 *
 * @param shape the shape looked for, from the quadratic fit's slope at the smallest x
 *     (positive: {@link Shape#INVERTED_U})
 * @param robinHood whether the breakpoint was chosen by the Robin Hood procedure (else it was given)
 * @param breakpoint the breakpoint {@code x_c}
 * @param slopeLow the low line's slope {@code b1} (x_c on the low side) with its test
 * @param slopeHigh the high line's slope {@code b2} (x_c on the high side) with its test
 * @param pValue {@code max(p1, p2)} when the slopes have opposite signs, else 1
 * @param uShapeSignificant Simonsohn's verdict: opposite signs and both p-values below alpha
 * @param covariance the covariance used for the lines (HC1 when HC3 was undefined)
 * @param observationsLow observations with {@code x <= x_c}
 * @param observationsHigh observations with {@code x > x_c}
 * @param knots knots of the smoother (0 when the breakpoint was given)
 * @param xMost x of the most extreme smoothed value (NaN when the breakpoint was given)
 * @param flatLow smallest x of the flat region (NaN when given)
 * @param flatHigh largest x of the flat region (NaN when given)
 * @param midFlat median x of the flat region, the first breakpoint tried (NaN when given)
 * @param midZLow |z| of the low line at {@code midFlat} (NaN when given)
 * @param midZHigh |z| of the high line at {@code midFlat} (NaN when given)
 */
public record TwoLinesResult(Shape shape, boolean robinHood, double breakpoint, Estimate slopeLow,
    Estimate slopeHigh, double pValue, boolean uShapeSignificant, CovarianceType covariance,
    int observationsLow, int observationsHigh, int knots, double xMost, double flatLow,
    double flatHigh, double midFlat, double midZLow, double midZHigh) {}
