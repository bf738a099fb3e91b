package org.weakties.bench.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;
import org.weakties.curve.CovarianceType;
import org.weakties.curve.CurveModels;
import org.weakties.curve.RegressionFit;

/** Smoke test: the three bodies run on 20,000 observations and the data have the planted shape. */
class CurveBenchmarkTest {
  @Test
  void bodiesRun() {
    for (String x : new String[] {"integer", "continuous"}) {
      CurveBenchmark b = new CurveBenchmark();
      b.observations = 20_000;
      b.x = x;
      b.threads = 2;
      b.setup();
      assertEquals(20_000, b.data.size());
      b.quadratic(Blackholes.create());
      b.logistic(Blackholes.create());
      b.analysis(Blackholes.create());
    }
  }

  @Test
  void plantedInvertedU() {
    CurveBenchmark b = new CurveBenchmark();
    b.observations = 200_000;
    b.x = "integer";
    b.setup();
    RegressionFit f = CurveModels.logisticQuadratic(b.data,
        b.data.covariance(CovarianceType.CLASSICAL));
    double b1 = f.coefficient("x");
    double b2 = f.coefficient("x2");
    assertEquals(0.25, b1, 0.03);
    assertEquals(-0.01, b2, 0.003);
    assertTrue(-b1 / (2 * b2) > 9 && -b1 / (2 * b2) < 16);
  }
}
