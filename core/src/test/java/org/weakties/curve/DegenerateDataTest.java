package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every kind of degenerate data gets its specific error, never NaN results. */
class DegenerateDataTest {

  static DegenerateDataException.Reason reason(Executable e) {
    return assertThrows(DegenerateDataException.class, e).reason();
  }

  static Observations obs(double[] x, double[] y) {
    return Observations.builder(x, y).build();
  }

  @Test
  void emptyAndTinyData() {
    assertEquals(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
        reason(() -> CurveAnalysis.compute(obs(new double[0], new double[0]))));
    assertEquals(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
        reason(() -> CurveAnalysis.compute(obs(new double[] {1}, new double[] {2}))));
    assertEquals(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
        reason(() -> CurveAnalysis.compute(obs(new double[] {1, 2, 3}, new double[] {2, 1, 3}))));
    assertEquals(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
        reason(() -> Binscatter.compute(obs(new double[0], new double[0]))));
    assertEquals(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS, reason(() ->
        LinearRegression.fit(Design.builder(2).intercept().add("x", new double[] {1, 2}).build(),
            new double[] {1, 2}, Covariance.classical())));
  }

  @Test
  void noVarianceOrTooFewDistinctX() {
    assertEquals(DegenerateDataException.Reason.NO_VARIANCE_IN_X, reason(() -> CurveAnalysis
        .compute(obs(new double[] {3, 3, 3, 3, 3}, new double[] {1, 2, 3, 4, 5}))));
    assertEquals(DegenerateDataException.Reason.TOO_FEW_DISTINCT_X, reason(() -> CurveAnalysis
        .compute(obs(new double[] {1, 2, 1, 2, 1}, new double[] {1, 2, 3, 4, 5}))));
    // the regression itself names the collinear column
    DegenerateDataException e = assertThrows(DegenerateDataException.class, () -> CurveModels
        .quadratic(obs(new double[] {1, 2, 1, 2, 1}, new double[] {1, 2, 3, 4, 5}),
            Covariance.classical()));
    assertEquals(DegenerateDataException.Reason.COLLINEAR, e.reason());
    assertTrue(e.getMessage().contains("'x2'"), e.getMessage());
  }

  @Test
  void constantOutcome() {
    assertEquals(DegenerateDataException.Reason.CONSTANT_OUTCOME, reason(() -> CurveAnalysis
        .compute(obs(new double[] {1, 2, 3, 4, 5}, new double[] {1, 1, 1, 1, 1}))));
    assertEquals(DegenerateDataException.Reason.CONSTANT_OUTCOME, reason(() -> LogisticRegression
        .fit(Design.builder(4).intercept().add("x", new double[] {1, 2, 3, 4}).build(),
            new double[] {0, 0, 0, 0}, Covariance.classical())));
  }

  @Test
  void collinearControlIsNamed() {
    double[] x = {1, 2, 3, 4, 5, 6, 7};
    double[] y = {1, 3, 2, 5, 4, 6, 5};
    double[] twice = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      twice[i] = 2 * x[i];
    }
    Observations o = Observations.builder(x, y).control("twice_x", twice).build();
    DegenerateDataException e = assertThrows(DegenerateDataException.class,
        () -> CurveAnalysis.compute(o));
    assertEquals(DegenerateDataException.Reason.COLLINEAR, e.reason());
    assertTrue(e.getMessage().contains("twice_x"), e.getMessage());
  }

  @Test
  void perfectSeparationAndNonConvergence() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
    Design d = Design.builder(8).intercept().add("x", x).build();
    assertEquals(DegenerateDataException.Reason.PERFECT_SEPARATION,
        reason(() -> LogisticRegression.fit(d, y, Covariance.classical())));
    double[] y2 = {0, 1, 0, 0, 1, 0, 1, 1};
    ConvergenceException c = assertThrows(ConvergenceException.class, () -> LogisticRegression
        .fit(d, y2, Covariance.classical(), LogisticParams.defaults().withMaxIterations(1)));
    assertEquals(1, c.iterations());
    assertTrue(c.residual() > 0);
    assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(d,
        new double[] {0, 1, 2, 0, 1, 0, 1, 1}, Covariance.classical()));
  }

  @Test
  void leverageOneBreaksHc3ButNotHc1() {
    // the dummy singles out one observation: its leverage is 1
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] dummy = {0, 0, 0, 0, 0, 1};
    double[] y = {1, 2, 2, 4, 5, 9};
    Design d = Design.builder(6).intercept().add("x", x).add("d", dummy).build();
    assertEquals(DegenerateDataException.Reason.LEVERAGE_ONE,
        reason(() -> LinearRegression.fit(d, y, Covariance.hc3())));
    assertTrue(LinearRegression.fit(d, y, Covariance.hc1()).standardError("x") > 0);
  }

  @Test
  void clustersAndInstruments() {
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] y = {1, 2, 2, 4, 5, 9};
    Design d = Design.builder(6).intercept().add("x", x).build();
    assertEquals(DegenerateDataException.Reason.TOO_FEW_CLUSTERS, reason(() -> LinearRegression
        .fit(d, y, Covariance.clustered(new int[] {7, 7, 7, 7, 7, 7}))));
    Design none = Design.builder(6).build();
    assertEquals(DegenerateDataException.Reason.UNDERIDENTIFIED, reason(() -> TwoStageLeastSquares
        .fit(d, y, List.of("x"), none, Covariance.classical())));
    // an instrument that is a multiple of the intercept does not identify x
    Design z = Design.builder(6).add("z", new double[] {2, 2, 2, 2, 2, 2}).build();
    assertEquals(DegenerateDataException.Reason.COLLINEAR, reason(() -> TwoStageLeastSquares
        .fit(d, y, List.of("x"), z, Covariance.classical())));
    assertThrows(IllegalArgumentException.class, () -> TwoStageLeastSquares.fit(d, y,
        List.of("x"), Design.builder(6).add("z", x).build(), Covariance.hc3()));
  }

  @Test
  void stepThresholdOutsideTheDataIsSkippedNotNaN() {
    double[] x = new double[40];
    double[] y = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = i % 8;
      y[i] = x[i] * (8 - x[i]) + (i % 3);
    }
    Observations o = obs(x, y);
    assertEquals(DegenerateDataException.Reason.EMPTY_RANGE,
        reason(() -> CurveModels.step(o, 10, Covariance.hc3())));
    CurveAnalysisResult r = CurveAnalysis.compute(o, CurveParams.defaults().withBootstrapDraws(0));
    assertTrue(r.skipped().containsKey("step_10"), r.skipped().toString());
    assertTrue(r.skipped().containsKey("step_8"), r.skipped().toString());
    assertEquals(1, r.steps().size());
    assertEquals(6.0, r.steps().get(0).threshold());
    assertTrue(r.skipped().containsKey("logistic"));
    assertTrue(r.toJson().contains("\"step_10\": \"threshold 10.0 leaves no observation above"));
  }

  @Test
  void badParametersAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> CurveParams.defaults().withCovariance(CovarianceType.CR1));
    assertThrows(IllegalArgumentException.class, () -> CurveParams.defaults().withLevel(1.0));
    assertThrows(IllegalArgumentException.class,
        () -> CurveParams.defaults().withInterval(5, 5));
    assertThrows(IllegalArgumentException.class,
        () -> CurveParams.defaults().withBootstrapDraws(-1));
    assertThrows(IllegalArgumentException.class, () -> BinscatterParams.defaults().withBins(0));
    assertThrows(IllegalArgumentException.class, () -> TwoLinesParams.defaults().withMaxKnots(2));
    assertThrows(IllegalArgumentException.class, () -> Covariance.of(CovarianceType.CR1));
    assertThrows(IllegalArgumentException.class,
        () -> Observations.builder(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> Observations.builder(new double[] {1, 2}, new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> Observations
        .builder(new double[] {1, 2}, new double[] {1, 2}).control("x2", new double[] {1, 2}));
  }
}
