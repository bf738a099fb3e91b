package org.weakties.ego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveParams;
import org.weakties.curve.Observations;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;

class UsefulnessCurveTest {
  private static final double TOL = 1e-12;

  @Test
  void defaultInvertedUPeaksAtTen() {
    UsefulnessCurve u = UsefulnessCurve.defaults();
    assertEquals(UsefulnessCurve.Kind.INVERTED_U, u.kind());
    assertEquals(10.0, u.peak(), 0.0);
    assertEquals(1.0, u.value(10), 0.0);
    // u(m) = x exp(1 - x), x = (m + 1) / 11
    assertEquals(1.0 / 11 * Math.exp(10.0 / 11), u.value(0), TOL);
    assertEquals(0.2256, u.value(0), 1e-4);
    assertEquals(0.7691, u.value(20), 1e-4);
    assertEquals(0.3372, u.value(35), 1e-4);
    assertEquals(u.value(0), u.value(-3), 0.0);
    assertTrue(Double.isNaN(u.value(Double.NaN)));
    for (int m = 0; m < 60; m++) {
      double a = u.value(m);
      double b = u.value(m + 1);
      assertTrue(a > 0 && a <= 1);
      assertTrue(m < 10 ? b > a : b < a, "m = " + m);
    }
    assertTrue(u.describe().contains("peaking at 10 mutual connections"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 6, 8, 10, 25.5})
  void otherPeaks(double peak) {
    UsefulnessCurve u = UsefulnessCurve.invertedU(peak);
    assertEquals(1.0, u.value(peak), TOL);
    assertTrue(u.value(peak + 1) < 1);
    if (peak >= 1) {
      assertTrue(u.value(peak - 1) < 1);
    }
  }

  @Test
  void flatCurve() {
    UsefulnessCurve f = UsefulnessCurve.flat();
    assertEquals(1.0, f.value(0), 0.0);
    assertEquals(1.0, f.value(100), 0.0);
    assertTrue(Double.isNaN(f.peak()));
  }

  @Test
  void quadraticScaledAndClipped() {
    // f(m) = 0.1 + 0.02 m - 0.001 m^2: vertex 10, f(10) = 0.2, zero at 24.14
    UsefulnessCurve q = UsefulnessCurve.fromQuadratic(0.1, 0.02, -0.001, 35);
    assertEquals(10.0, q.peak(), TOL);
    assertEquals(1.0, q.value(10), TOL);
    assertEquals(0.5, q.value(0), TOL);
    assertEquals((0.1 + 0.4 - 0.4) / 0.2, q.value(20), TOL);
    assertEquals(0.0, q.value(30), 0.0);
    // vertex beyond the data: scaled by the value at xMax, clipped at 1 beyond
    UsefulnessCurve r = UsefulnessCurve.fromQuadratic(0, 1, -0.01, 20);
    assertEquals(20.0, r.peak(), 0.0);
    assertEquals(1.0, r.value(20), TOL);
    assertEquals(9.0 / 16.0, r.value(10), TOL);
    assertEquals(1.0, r.value(30), 0.0);
    // decreasing: highest at 0
    UsefulnessCurve d = UsefulnessCurve.fromQuadratic(1, -0.1, 0, 10);
    assertEquals(0.0, d.peak(), 0.0);
    assertEquals(0.5, d.value(5), TOL);
    assertThrows(IllegalArgumentException.class,
        () -> UsefulnessCurve.fromQuadratic(-1, 0, -1, 10));
    assertThrows(IllegalArgumentException.class,
        () -> UsefulnessCurve.fromQuadratic(Double.NaN, 0, -1, 10));
    assertThrows(IllegalArgumentException.class,
        () -> UsefulnessCurve.fromQuadratic(1, 0, -1, -1));
    assertThrows(IllegalArgumentException.class, () -> UsefulnessCurve.invertedU(-1));
    assertThrows(IllegalArgumentException.class, () -> UsefulnessCurve.invertedU(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> UsefulnessCurve.invertedU(Double.POSITIVE_INFINITY));
  }

  @Test
  void fittedFromACurveAnalysis() {
    // y = 0.1 + 0.02 x - 0.001 x^2 plus a small deterministic wiggle, x = 0..30 three times
    int n = 93;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i % 31;
      y[i] = 0.1 + 0.02 * x[i] - 0.001 * x[i] * x[i] + 1e-4 * Math.sin(7.0 * i);
    }
    CurveAnalysisResult a = CurveAnalysis.compute(Observations.builder(x, y).build(),
        CurveParams.defaults().withBootstrapDraws(0));
    UsefulnessCurve u = UsefulnessCurve.fromFit(a);
    assertEquals(UsefulnessCurve.Kind.QUADRATIC, u.kind());
    assertEquals(a.turningPoint().estimate(), u.peak(), 1e-9);
    assertEquals(10.0, u.peak(), 0.1);
    assertEquals(1.0, u.value(u.peak()), TOL);
    assertEquals(0.5, u.value(0), 0.01);
    assertEquals(0.0, u.value(30), 0.0);
    // the report uses it
    SocialGraph g = NamedGraphs.karate();
    CareerReportResult r = CareerReport.compute(g, g.id("0"),
        CareerReportParams.defaults().withCurve(u));
    for (EgoTie t : r.ties()) {
      assertEquals(u.value(t.mutual()), t.usefulness(), 0.0);
    }
    assertTrue(r.settings().curve().startsWith("fitted quadratic"));
    assertEquals(u.peak(), r.settings().curvePeak(), 0.0);
  }

  @Test
  void equalityByParameters() {
    assertEquals(UsefulnessCurve.invertedU(10), UsefulnessCurve.defaults());
    assertEquals(UsefulnessCurve.invertedU(10).hashCode(), UsefulnessCurve.defaults().hashCode());
    assertTrue(!UsefulnessCurve.invertedU(8).equals(UsefulnessCurve.defaults()));
  }
}
