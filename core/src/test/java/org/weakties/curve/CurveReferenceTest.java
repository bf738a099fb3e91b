package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.curve.RegressionReferenceTest.R;
import static org.weakties.curve.RegressionReferenceTest.close;
import static org.weakties.curve.RegressionReferenceTest.closeP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Turning point, Lind-Mehlum test, fitted band, step specification, two-lines test and the spline
 * smoother against the values computed by {@code reference/curve/make_reference.R} (R 4.2, sandwich
 * 3.0.2, lmtest 0.9-40, mgcv 1.8-41).
 */
class CurveReferenceTest {
  static final Map<String, double[]> QUAD = Reference.csv("quad.csv");
  static final Map<String, double[]> LOGU = Reference.csv("logu.csv");

  static Observations quad(boolean withZ) {
    Observations.Builder b = Observations.builder(QUAD.get("x"), QUAD.get("y"));
    if (withZ) {
      b.control("z", QUAD.get("z"));
    }
    return b.build();
  }

  static Observations quadJob() {
    return Observations.builder(QUAD.get("x"), QUAD.get("job")).control("z", QUAD.get("z")).build();
  }

  static Observations logu() {
    return Observations.builder(LOGU.get("x"), LOGU.get("y")).build();
  }

  static void compareLm(Object ref, LindMehlumResult r) {
    close(Reference.num(ref, "x_low"), r.xLow(), "x_low");
    close(Reference.num(ref, "x_high"), r.xHigh(), "x_high");
    close(Reference.num(ref, "slope_low"), r.slopeLow(), "slope_low");
    close(Reference.num(ref, "slope_high"), r.slopeHigh(), "slope_high");
    close(Reference.num(ref, "se_low"), r.seLow(), "se_low");
    close(Reference.num(ref, "se_high"), r.seHigh(), "se_high");
    close(Reference.num(ref, "t_low"), r.tLow(), "t_low");
    close(Reference.num(ref, "t_high"), r.tHigh(), "t_high");
    close(Reference.num(ref, "t"), r.statistic(), "t");
    closeP(Reference.num(ref, "p_inverted_u"), r.pInvertedU(), "p_inverted_u");
    closeP(Reference.num(ref, "p_u"), r.pU(), "p_u");
  }

  @Test
  void lindMehlumHc3MatchesR() {
    RegressionFit fit = CurveModels.quadratic(quad(true), Covariance.hc3());
    LindMehlumResult r = LindMehlumTest.test(fit, 0, 30);
    compareLm(Reference.path(R, "lind_mehlum_hc3"), r);
    assertEquals(Shape.INVERTED_U, r.shape());
    assertTrue(r.extremumInside());
    assertEquals(r.pInvertedU(), r.pValue());
    assertTrue(r.rejects(0.05));
  }

  @Test
  void lindMehlumOnASubIntervalMatchesR() {
    RegressionFit fit = CurveModels.quadratic(quad(true), Covariance.classical());
    compareLm(Reference.path(R, "lind_mehlum_classical_5_25"), LindMehlumTest.test(fit, 5, 25));
  }

  @Test
  void lindMehlumOnALogCurveDoesNotReject() {
    // y = log x + noise: concave and monotone, the quadratic's case of a false inverted U
    Observations o = logu();
    RegressionFit fit = CurveModels.quadratic(o, Covariance.hc3());
    LindMehlumResult r = LindMehlumTest.test(fit, o.xMin(), o.xMax());
    compareLm(Reference.path(R, "lind_mehlum_logu_hc3"), r);
    assertFalse(r.rejects(0.05));
  }

  @Test
  void logisticLindMehlumAndTurningPointMatchR() {
    RegressionFit fit = CurveModels.logisticQuadratic(quadJob(), Covariance.classical());
    compareLm(Reference.path(R, "logit_lind_mehlum"), LindMehlumTest.test(fit, 0, 30));
    TurningPoint tp = TurningPoints.delta(fit, 0.95, 0, 30);
    Object ref = Reference.path(R, "logit_turning_point");
    close(Reference.num(ref, "estimate"), tp.estimate(), "x*");
    close(Reference.num(ref, "se"), tp.standardError(), "se");
    close(Reference.num(ref, "lower"), tp.deltaLower(), "lower");
    close(Reference.num(ref, "upper"), tp.deltaUpper(), "upper");
  }

  @Test
  void turningPointDeltaMatchesR() {
    RegressionFit fit = CurveModels.quadratic(quad(true), Covariance.hc3());
    TurningPoint tp = TurningPoints.delta(fit, 0.95, 0, 30);
    Object ref = Reference.path(R, "turning_point_hc3");
    close(Reference.num(ref, "estimate"), tp.estimate(), "x*");
    close(Reference.num(ref, "se"), tp.standardError(), "se");
    close(Reference.num(ref, "lower"), tp.deltaLower(), "lower");
    close(Reference.num(ref, "upper"), tp.deltaUpper(), "upper");
    assertEquals(TurningPoint.Kind.MAXIMUM, tp.kind());
    assertTrue(tp.insideDataRange());
    assertFalse(tp.hasBootstrap());
  }

  @Test
  void bandMatchesR() {
    Observations o = quad(true);
    RegressionFit fit = CurveModels.quadratic(o, Covariance.hc3());
    CurveBand band = CurveBand.of(fit, CurveModels.controlMeans(o), 0, 30, 5, 0.95);
    Object ref = Reference.path(R, "band_hc3");
    double[] rx = Reference.nums(ref, "x");
    double[] fit0 = Reference.nums(ref, "fit");
    double[] lower = Reference.nums(ref, "lower");
    double[] upper = Reference.nums(ref, "upper");
    // grid of 5 points over [0, 30]: 0, 7.5, 15, 22.5, 30; R evaluated 0, 7.5, 15, 30
    int[] at = {0, 1, 2, 4};
    for (int k = 0; k < at.length; k++) {
      CurveBand.Point p = band.points().get(at[k]);
      assertEquals(rx[k], p.x(), 0);
      close(fit0[k], p.fit(), "fit");
      close(lower[k], p.lower(), "lower");
      close(upper[k], p.upper(), "upper");
    }
  }

  @Test
  void stepSpecificationMatchesR() {
    RegressionFit fit = CurveModels.step(quad(true), 10, Covariance.hc3());
    RegressionReferenceTest.compare(fit, Reference.path(R, "step10_hc3"), "step", true);
    assertEquals(List.of("intercept", "x", "step", "z"), List.of(fit.names()));
  }

  static void compareTwoLines(Object ref, TwoLinesResult r) {
    close(Reference.num(ref, "xc"), r.breakpoint(), "xc");
    close(Reference.num(ref, "b1"), r.slopeLow().value(), "b1");
    close(Reference.num(ref, "se1"), r.slopeLow().standardError(), "se1");
    close(Reference.num(ref, "z1"), r.slopeLow().statistic(), "z1");
    closeP(Reference.num(ref, "p1"), r.slopeLow().pValue(), "p1");
    close(Reference.num(ref, "b2"), r.slopeHigh().value(), "b2");
    close(Reference.num(ref, "se2"), r.slopeHigh().standardError(), "se2");
    close(Reference.num(ref, "z2"), r.slopeHigh().statistic(), "z2");
    closeP(Reference.num(ref, "p2"), r.slopeHigh().pValue(), "p2");
    assertEquals(Reference.num(ref, "u_sig") == 1, r.uShapeSignificant());
  }

  @Test
  void twoLinesAtAGivenBreakpointMatchesR() {
    TwoLinesResult r = TwoLinesTest.test(quad(false), TwoLinesParams.defaults().withBreakpoint(12));
    compareTwoLines(Reference.path(R, "two_lines_quad_at_12"), r);
    assertFalse(r.robinHood());
    assertEquals(CovarianceType.HC3, r.covariance());
    assertEquals(Shape.INVERTED_U, r.shape());
  }

  static void compareRobinHood(Object ref, TwoLinesResult r) {
    compareTwoLines(ref, r);
    assertTrue(r.robinHood());
    assertEquals(Reference.path(ref, "shape"), r.shape().name());
    close(Reference.num(ref, "x_most"), r.xMost(), "x_most");
    close(Reference.num(ref, "flat_low"), r.flatLow(), "flat_low");
    close(Reference.num(ref, "flat_high"), r.flatHigh(), "flat_high");
    close(Reference.num(ref, "mid_flat"), r.midFlat(), "mid_flat");
    close(Reference.num(ref, "mid_z1"), r.midZLow(), "mid_z1");
    close(Reference.num(ref, "mid_z2"), r.midZHigh(), "mid_z2");
    assertEquals((int) Reference.num(ref, "knots"), r.knots());
  }

  @Test
  void twoLinesRobinHoodOnAnInvertedUMatchesR() {
    TwoLinesResult r = TwoLinesTest.test(quad(false));
    compareRobinHood(Reference.path(R, "two_lines_quad"), r);
    assertTrue(r.uShapeSignificant());
  }

  @Test
  void twoLinesRobinHoodOnALogCurveMatchesRAndFindsNoU() {
    TwoLinesResult r = TwoLinesTest.test(logu());
    compareRobinHood(Reference.path(R, "two_lines_logu"), r);
    assertFalse(r.uShapeSignificant());
    assertEquals(1.0, r.pValue());
  }

  @Test
  void splineMatchesMgcvUnpenalisedCr() {
    double[] x = LOGU.get("x");
    RegressionSpline s = new RegressionSpline(x, LOGU.get("y"), new String[0], new double[0][], 10);
    Object ref = Reference.path(R, "spline_logu");
    double[] knots = Reference.nums(ref, "knots");
    double[] k = s.knots();
    for (int j = 0; j < knots.length; j++) {
      close(knots[j], k[j], "knot " + j);
    }
    double[] fit = Reference.nums(ref, "fit");
    double[] se = Reference.nums(ref, "se");
    for (int i = 0; i < fit.length; i++) {
      double[] e = s.predict(x[i], new double[0]);
      close(fit[i], e[0], "fit " + i);
      assertEquals(se[i], e[1], 1e-7 * se[i], "se " + i);
    }
  }

  @Test
  void splineWithAControlMatchesMgcv() {
    double[] x = QUAD.get("x");
    double[] z = QUAD.get("z");
    RegressionSpline s = new RegressionSpline(x, QUAD.get("y"), new String[] {"z"},
        new double[][] {z}, 10);
    Object ref = Reference.path(R, "spline_quad_with_z");
    double[] knots = Reference.nums(ref, "knots");
    double[] k = s.knots();
    for (int j = 0; j < knots.length; j++) {
      close(knots[j], k[j], "knot " + j);
    }
    double zm = 0;
    for (double v : z) {
      zm += v;
    }
    zm /= z.length;
    double[] fit = Reference.nums(ref, "fit");
    double[] se = Reference.nums(ref, "se");
    for (int i = 0; i < fit.length; i++) {
      double[] e = s.predict(x[i], new double[] {zm});
      close(fit[i], e[0], "fit " + i);
      assertEquals(se[i], e[1], 1e-7 * se[i], "se " + i);
    }
  }
}
