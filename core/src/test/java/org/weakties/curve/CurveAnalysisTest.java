package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurveAnalysisTest {
  static final Map<String, double[]> QUAD = Reference.csv("quad.csv");
  static final Map<String, double[]> IV = Reference.csv("iv.csv");

  static Observations quadWithEverything() {
    double[] cl = QUAD.get("cluster");
    String[] group = new String[cl.length];
    int[] c = new int[cl.length];
    for (int i = 0; i < cl.length; i++) {
      c[i] = (int) cl[i];
      group[i] = c[i] % 2 == 0 ? "even" : "odd";
    }
    return Observations.builder(QUAD.get("x"), QUAD.get("job")).names("mutual", "job")
        .control("z", QUAD.get("z")).cluster("cluster", c).group("parity", group).build();
  }

  @Test
  void partsEqualTheDirectCallsAndTheJsonCarriesThem() {
    Observations o = quadWithEverything();
    CurveAnalysisResult r = CurveAnalysis.compute(o, CurveParams.defaults().withBootstrapDraws(99));
    Covariance cr1 = o.covariance(CovarianceType.HC3);
    assertEquals(CovarianceType.CR1, r.covariance());
    RegressionFit q = CurveModels.quadratic(o, cr1);
    assertEquals(q.coefficient("x2"), r.quadratic().coefficient("x2"));
    assertEquals(q.standardError("x"), r.quadratic().standardError("x"));
    assertEquals(24, r.quadratic().clusterCount());
    TurningPoint tp = TurningPoints.delta(q, 0.95, 0, 30);
    assertEquals(tp.estimate(), r.turningPoint().estimate());
    assertEquals(99, r.turningPoint().bootstrapDraws());
    assertEquals(LindMehlumTest.test(q, 0, 30), r.lindMehlum());
    assertTrue(r.logistic().isPresent());
    assertEquals(CovarianceType.CR1, r.logistic().get().fit().covarianceType());
    assertEquals(3, r.steps().size());
    assertEquals(List.of(10.0, 6.0, 8.0), r.steps().stream().map(s -> s.threshold()).toList());
    assertTrue(r.twoLines().isPresent());
    assertEquals(CovarianceType.CR1, r.twoLines().get().covariance());
    CurveAnalysisResult.GroupFits g = r.groups().orElseThrow();
    assertEquals(List.of("even", "odd"), g.fits().stream().map(f -> f.group()).toList());
    assertEquals(GroupComparison.equalCoefficients(List.of(g.fits().get(0).linear(),
        g.fits().get(1).linear()), "x"), g.slopeTest());
    assertTrue(r.iv().isEmpty());
    assertTrue(r.skipped().isEmpty(), r.skipped().toString());
    assertEquals(101, r.curve().points().size());
    assertEquals(0.0, r.curve().points().get(0).x());
    assertEquals(30.0, r.curve().points().get(100).x());

    Object json = new Reference.Parser(r.toJson()).value();
    assertEquals("mutual", Reference.path(json, "x"));
    assertEquals(240.0, Reference.num(json, "n"));
    assertEquals("CR1", Reference.path(json, "covariance"));
    assertEquals(r.turningPoint().estimate(), Reference.num(json, "turning_point", "estimate"));
    assertEquals(r.turningPoint().bootstrapLower(),
        Reference.num(json, "turning_point", "bootstrap_lower"));
    assertEquals(r.quadratic().coefficient("x2"),
        Reference.num(json, "quadratic", "coefficients", "x2", "estimate"));
    assertEquals(r.lindMehlum().pValue(), Reference.num(json, "lind_mehlum", "p"));
    assertEquals("inverted_u", Reference.path(json, "lind_mehlum", "shape"));
    assertEquals(10.0, Reference.num(json, "steps", "0", "threshold"));
    assertEquals(r.steps().get(0).fit().coefficient("step"),
        Reference.num(json, "steps", "0", "fit", "coefficients", "step", "estimate"));
    assertEquals(r.twoLines().get().breakpoint(), Reference.num(json, "two_lines", "breakpoint"));
    assertEquals(g.slopeTest().pValue(), Reference.num(json, "groups", "slope_test", "p"));
    assertEquals(r.binscatter().bins().size(),
        ((List<?>) Reference.path(json, "binscatter", "bins")).size());
    assertEquals(r.logistic().get().turningPoint().estimate(),
        Reference.num(json, "logistic", "turning_point", "estimate"));
    assertNull(((Map<?, ?>) json).get("iv"));
    assertTrue(((Map<?, ?>) Reference.path(json, "skipped")).isEmpty());
  }

  @Test
  void instrumentsAddTheTwoStageFits() {
    int n = IV.get("out").length;
    String[] arm = new String[n];
    for (int i = 0; i < n; i++) {
      arm[i] = Observations.numberLabel(IV.get("arm")[i]);
    }
    Observations o = Observations.builder(IV.get("weak"), IV.get("out")).control("ctrl",
        IV.get("ctrl")).categoricalInstrument("arm", arm).build();
    CurveAnalysisResult r = CurveAnalysis.compute(o, CurveParams.defaults().withBootstrapDraws(0)
        .withThresholds(List.of(3.0)));
    CurveAnalysisResult.IvCurve iv = r.iv().orElseThrow();
    IvFit direct = TwoStageLeastSquares.fit(CurveModels.design(o, CurveModels.Spec.LINEAR, 0),
        o.rawY(), List.of("x"), CurveModels.instruments(o), Covariance.hc1());
    assertEquals(direct.fit().coefficient("x"), iv.linear().fit().coefficient("x"));
    assertEquals(CovarianceType.HC1, iv.linear().fit().covarianceType());
    assertEquals(List.of("arm=1", "arm=2", "arm=3"), iv.linear().instruments());
    assertEquals(2, iv.quadratic().firstStages().size());
    assertEquals(1, iv.steps().size());
    assertTrue(iv.turningPoint() != null && iv.lindMehlum() != null && iv.curve() != null);
    Object json = new Reference.Parser(r.toJson()).value();
    assertEquals(iv.linear().firstStages().get(0).fStatistic(),
        Reference.num(json, "iv", "linear", "first_stages", "0", "f"));
    assertEquals("two_stage_least_squares",
        Reference.path(json, "iv", "linear", "fit", "estimator"));
  }

  /** y = -(x - 5)^2 + noise on [0, 10]: a known interior peak at 5. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void knownPeakIsFoundAndTheUTestsReject(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 400;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble() * 10;
      y[i] = -(x[i] - 5) * (x[i] - 5) + 2 * r.nextGaussian();
    }
    CurveAnalysisResult a = CurveAnalysis.compute(Observations.builder(x, y).build(),
        CurveParams.defaults().withBootstrapDraws(199).withSeed(seed));
    TurningPoint tp = a.turningPoint();
    assertEquals(TurningPoint.Kind.MAXIMUM, tp.kind());
    assertTrue(tp.insideDataRange());
    assertTrue(tp.deltaLower() < 5 && 5 < tp.deltaUpper(), tp.toString());
    assertTrue(tp.bootstrapLower() < 5 && 5 < tp.bootstrapUpper(), tp.toString());
    assertEquals(5, tp.estimate(), 0.3);
    assertTrue(a.lindMehlum().rejects(0.001));
    assertTrue(a.twoLines().orElseThrow().uShapeSignificant());
    assertEquals(5, a.twoLines().get().breakpoint(), 1.5);
  }

  /** y = 2 + 0.3 x + noise: monotone, so neither U test may reject. */
  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6})
  void monotoneDataDoNotPassTheUTests(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 400;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble() * 10;
      y[i] = 2 + 0.3 * x[i] + r.nextGaussian();
    }
    CurveAnalysisResult a = CurveAnalysis.compute(Observations.builder(x, y).build(),
        CurveParams.defaults().withBootstrapDraws(0));
    assertFalse(a.lindMehlum().rejects(0.05), a.lindMehlum().toString());
    assertFalse(a.twoLines().orElseThrow().uShapeSignificant());
  }

  @Test
  void groupComparisonClosedForm() {
    WaldTest w = GroupComparison.equal("h", new double[] {1.0, 1.5}, new double[] {0.1, 0.2});
    double z2 = 0.25 / (0.01 + 0.04);
    assertEquals(z2, w.statistic(), 1e-12);
    assertEquals(1, w.df());
    assertEquals(Stats.twoSided(Math.sqrt(z2), Double.POSITIVE_INFINITY), w.pValue(), 1e-12);
    WaldTest same = GroupComparison.equal("h", new double[] {2, 2, 2}, new double[] {1, 2, 3});
    assertEquals(0, same.statistic(), 1e-12);
    assertEquals(2, same.df());
    assertEquals(1.0, same.pValue(), 1e-12);
    // three groups: W equals the weighted sum of squares around the precision-weighted mean
    double[] e = {1, 2, 4};
    double[] s = {1, 0.5, 2};
    double wsum = 0;
    double wm = 0;
    for (int i = 0; i < 3; i++) {
      wsum += 1 / (s[i] * s[i]);
      wm += e[i] / (s[i] * s[i]);
    }
    wm /= wsum;
    double expect = 0;
    for (int i = 0; i < 3; i++) {
      expect += (e[i] - wm) * (e[i] - wm) / (s[i] * s[i]);
    }
    assertEquals(expect, GroupComparison.equal("h", e, s).statistic(), 1e-12);
  }

  @Test
  void jsonWritesNaNAsNullAndEscapes() {
    String s = new Json().beginObject().field("a", Double.NaN).field("b\"c", "d\\e\n")
        .field("f", 1.5).field("g", 3.0).key("h").beginArray().value(1L).value(true).endArray()
        .endObject().toString();
    Map<?, ?> m = (Map<?, ?>) new Reference.Parser(s).value();
    assertNull(m.get("a"));
    assertEquals("d\\e\n", m.get("b\"c"));
    assertEquals(1.5, m.get("f"));
    assertTrue(s.contains("\"g\": 3,"));
    assertEquals(List.of(1.0, true), m.get("h"));
  }
}
