package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closed forms and seeded property tests of the estimators against the naive implementations in
 * {@link Naive}.
 */
class RegressionPropertyTest {
  static final double TOL = 1e-9;

  record Data(double[][] rows, double[] y, int[] cluster, Design design) {}

  static Data random(long seed, int n, int p) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] rows = new double[n][p];
    double[] y = new double[n];
    int[] cl = new int[n];
    Design.Builder b = Design.builder(n).intercept();
    double[][] cols = new double[p - 1][n];
    for (int i = 0; i < n; i++) {
      rows[i][0] = 1;
      for (int j = 1; j < p; j++) {
        rows[i][j] = r.nextGaussian() * j + (j == 2 ? rows[i][1] * rows[i][1] : 0);
        cols[j - 1][i] = rows[i][j];
      }
      y[i] = 1 + rows[i][1] - 0.5 * (p > 2 ? rows[i][2] : 0) + r.nextGaussian() * (1 + Math.abs(
          rows[i][1]));
      cl[i] = r.nextInt(Math.max(2, n / 7));
    }
    for (int j = 1; j < p; j++) {
      b.add("c" + j, cols[j - 1]);
    }
    return new Data(rows, y, cl, b.build());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void olsMatchesNaiveFormulasForEveryCovariance(long seed) {
    SplittableRandom r = new SplittableRandom(seed * 31);
    int n = 20 + r.nextInt(200);
    int p = 2 + r.nextInt(4);
    Data d = random(seed, n, p);
    double[] b = Naive.olsCoefficients(d.rows(), d.y());
    for (CovarianceType t : CovarianceType.values()) {
      Covariance c = t == CovarianceType.CR1 ? Covariance.clustered(d.cluster()) : Covariance.of(t);
      RegressionFit fit = LinearRegression.fit(d.design(), d.y(), c);
      double[][] v = Naive.olsCovariance(d.rows(), d.y(), t,
          t == CovarianceType.CR1 ? dense(d.cluster()) : null);
      for (int j = 0; j < p; j++) {
        assertEquals(b[j], fit.coefficient(j), TOL * (1 + Math.abs(b[j])), t + " b" + j);
        for (int l = 0; l < p; l++) {
          assertEquals(v[j][l], fit.covariance(j, l), 1e-8 * Math.sqrt(v[j][j] * v[l][l]),
              t + " V" + j + l);
        }
      }
    }
  }

  static int[] dense(int[] ids) {
    java.util.Map<Integer, Integer> m = new java.util.HashMap<>();
    int[] d = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      d[i] = m.computeIfAbsent(ids[i], k -> m.size());
    }
    return d;
  }

  @Test
  void exactQuadraticIsRecoveredWithItsTurningPoint() {
    double[] x = {0, 1, 2, 3, 4, 5, 6};
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 2 + 3 * x[i] - 0.5 * x[i] * x[i];
    }
    RegressionFit fit = CurveModels.quadratic(Observations.builder(x, y).build(),
        Covariance.classical());
    assertEquals(2, fit.coefficient("intercept"), 1e-12);
    assertEquals(3, fit.coefficient("x"), 1e-12);
    assertEquals(-0.5, fit.coefficient("x2"), 1e-12);
    assertEquals(1.0, fit.rSquared(), 1e-12);
    // zero residuals: x* = -3 / (2 * -0.5) = 3 exactly, with zero standard error
    TurningPoint tp = TurningPoints.delta(fit, 0.95, 0, 6);
    assertEquals(3, tp.estimate(), 1e-12);
    assertEquals(0, tp.standardError(), 1e-9);
  }

  @Test
  void simpleRegressionClosedForms() {
    // slope = Sxy / Sxx; classical se = sqrt(s^2 / Sxx); HC0 se = sqrt(sum (x - xbar)^2 e^2) / Sxx
    double[] x = {1, 2, 4, 7, 11};
    double[] y = {2, 3, 7, 8, 15};
    double xb = 5;
    double yb = 7;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < 5; i++) {
      sxx += (x[i] - xb) * (x[i] - xb);
      sxy += (x[i] - xb) * (y[i] - yb);
    }
    double slope = sxy / sxx;
    double icpt = yb - slope * xb;
    double ssr = 0;
    double hc0 = 0;
    for (int i = 0; i < 5; i++) {
      double e = y[i] - icpt - slope * x[i];
      ssr += e * e;
      hc0 += (x[i] - xb) * (x[i] - xb) * e * e;
    }
    Design d = Design.builder(5).intercept().add("x", x).build();
    RegressionFit c = LinearRegression.fit(d, y, Covariance.classical());
    assertEquals(slope, c.coefficient("x"), 1e-12);
    assertEquals(Math.sqrt(ssr / 3 / sxx), c.standardError("x"), 1e-12);
    RegressionFit h = LinearRegression.fit(d, y, Covariance.hc0());
    assertEquals(Math.sqrt(hc0) / sxx, h.standardError("x"), 1e-12);
  }

  @Test
  void justIdentifiedTwoStageLeastSquaresIsTheWaldRatio() {
    SplittableRandom r = new SplittableRandom(9);
    int n = 400;
    double[] z = new double[n];
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double u = r.nextGaussian();
      z[i] = r.nextInt(2);
      x[i] = 1 + 2 * z[i] + u + r.nextGaussian();
      y[i] = 0.5 + 0.7 * x[i] + u + r.nextGaussian();
    }
    double cz = 0;
    double zb = mean(z);
    double cy = 0;
    double xb = mean(x);
    double yb = mean(y);
    for (int i = 0; i < n; i++) {
      cz += (z[i] - zb) * (x[i] - xb);
      cy += (z[i] - zb) * (y[i] - yb);
    }
    IvFit iv = TwoStageLeastSquares.fit(Design.builder(n).intercept().add("x", x).build(), y,
        List.of("x"), Design.builder(n).add("z", z).build(), Covariance.classical());
    assertEquals(cy / cz, iv.fit().coefficient("x"), 1e-10);
    assertTrue(iv.firstStages().get(0).fStatistic() > 100);
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void logisticScoreIsZeroAtTheEstimate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 300 + r.nextInt(300);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble() * 10;
      double eta = -1 + 0.6 * x[i] - 0.06 * x[i] * x[i];
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    }
    RegressionFit f = CurveModels.logisticQuadratic(Observations.builder(x, y).build(),
        Covariance.classical());
    double[] score = new double[3];
    for (int i = 0; i < n; i++) {
      double eta = f.coefficient(0) + f.coefficient(1) * x[i] + f.coefficient(2) * x[i] * x[i];
      double e = y[i] - 1 / (1 + Math.exp(-eta));
      score[0] += e;
      score[1] += e * x[i];
      score[2] += e * x[i] * x[i];
    }
    assertEquals(0, score[0], 1e-8);
    assertEquals(0, score[1], 1e-7);
    assertEquals(0, score[2], 1e-6);
    assertTrue(f.iterations() > 1 && f.iterations() < 30);
  }

  @Test
  void waldZeroEqualsSquaredTForOneCoefficient() {
    Data d = random(3, 80, 3);
    RegressionFit f = LinearRegression.fit(d.design(), d.y(), Covariance.hc3());
    Estimate e = f.estimate("c1");
    WaldTest w = f.waldZero("c1");
    assertEquals(e.statistic() * e.statistic(), w.statistic(), 1e-9 * w.statistic());
    assertEquals(e.pValue(), w.pValue(), 1e-9);
  }

  @Test
  void linearCombinationOfOneCoefficientIsThatCoefficient() {
    Data d = random(4, 60, 4);
    RegressionFit f = LinearRegression.fit(d.design(), d.y(), Covariance.hc1());
    Estimate e = f.linearCombination(new double[] {0, 0, 1, 0});
    assertEquals(f.estimate(2), e);
    assertThrows(IllegalArgumentException.class, () -> f.linearCombination(new double[] {1}));
  }

  @Test
  void rowOrderDoesNotChangeTheFit() {
    Data d = random(5, 50, 3);
    int n = d.y().length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = (i * 17) % n; // 17 is coprime with 50
    }
    Design pd = d.design().selectRows(perm);
    double[] py = new double[n];
    for (int i = 0; i < n; i++) {
      py[i] = d.y()[perm[i]];
    }
    RegressionFit a = LinearRegression.fit(d.design(), d.y(), Covariance.hc3());
    RegressionFit b = LinearRegression.fit(pd, py, Covariance.hc3());
    for (int j = 0; j < 3; j++) {
      assertEquals(a.coefficient(j), b.coefficient(j), 1e-10);
      assertEquals(a.standardError(j), b.standardError(j), 1e-10);
    }
  }
}
