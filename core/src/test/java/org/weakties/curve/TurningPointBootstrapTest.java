package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TurningPointBootstrapTest {
  static final Map<String, double[]> QUAD = Reference.csv("quad.csv");

  static Observations quad(boolean clustered) {
    Observations.Builder b = Observations.builder(QUAD.get("x"), QUAD.get("y"))
        .control("z", QUAD.get("z"));
    if (clustered) {
      int[] c = new int[QUAD.get("cluster").length];
      for (int i = 0; i < c.length; i++) {
        c[i] = (int) QUAD.get("cluster")[i];
      }
      b.cluster("cluster", c);
    }
    return b.build();
  }

  /**
   * The naive bootstrap: the documented resampling protocol for distinct observations (pick
   * {@code floor(u n)}) or clusters (pick {@code nextInt(G)}) written out, each resample refitted by
   * QR least squares on the materialised rows.
   */
  static double[] naiveDraws(Observations o, int draws, long seed) {
    int n = o.size();
    SplittableRandom master = new SplittableRandom(seed);
    double[] out = new double[draws];
    for (int d = 0; d < draws; d++) {
      SplittableRandom rnd = new SplittableRandom(master.nextLong());
      int[] rows = new int[n];
      if (!o.hasClusters()) {
        for (int i = 0; i < n; i++) {
          rows[i] = (int) (rnd.nextDouble() * n);
        }
      } else {
        int g = o.clusterCount();
        int[] cw = new int[g];
        for (int c = 0; c < g; c++) {
          cw[rnd.nextInt(g)]++;
        }
        int k = 0;
        int[] buf = new int[0];
        for (int i = 0; i < n; i++) {
          for (int t = 0; t < cw[o.cluster(i)]; t++) {
            buf = Arrays.copyOf(buf, k + 1);
            buf[k++] = i;
          }
        }
        rows = buf;
      }
      RegressionFit f = CurveModels.quadratic(o.rows(rows), Covariance.classical());
      out[d] = -f.coefficient("x") / (2 * f.coefficient("x2"));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void drawsEqualTheNaiveResampleAndRefit(boolean clustered) {
    Observations o = quad(clustered);
    BootstrapParams p = BootstrapParams.defaults().withDraws(40).withSeed(7);
    double[] fast = TurningPoints.draws(o, p);
    double[] naive = naiveDraws(o, 40, 7);
    for (int d = 0; d < 40; d++) {
      assertEquals(naive[d], fast[d], 1e-8 * Math.abs(naive[d]), "draw " + d);
    }
  }

  @Test
  void sameSeedSameIntervalWithAnyThreadCount() {
    Observations o = quad(false);
    BootstrapParams p = BootstrapParams.defaults().withDraws(300).withSeed(42);
    double[] one = TurningPoints.draws(o, p.withThreads(1));
    double[] two = TurningPoints.draws(o, p.withThreads(2));
    double[] again = TurningPoints.draws(o, p.withThreads(3));
    assertArrayEquals(one, two);
    assertArrayEquals(one, again);
    double[] other = TurningPoints.draws(o, p.withSeed(43));
    assertTrue(!Arrays.equals(one, other));
  }

  @Test
  void defaultNineHundredNinetyNineDrawsUseTheOrderStatistics() {
    Observations o = quad(false);
    TurningPoint tp = TurningPoints.ols(o, Covariance.hc3(), 0.95, BootstrapParams.defaults());
    assertEquals(999, tp.bootstrapDraws());
    assertEquals(999, tp.bootstrapValid());
    double[] d = TurningPoints.draws(o, BootstrapParams.defaults());
    Arrays.sort(d);
    assertEquals(d[24], tp.bootstrapLower()); // the 25th of 999
    assertEquals(d[974], tp.bootstrapUpper()); // the 975th
    // the bootstrap interval brackets the estimate and is close to the delta interval here
    assertTrue(tp.bootstrapLower() < tp.estimate() && tp.estimate() < tp.bootstrapUpper());
    assertEquals(tp.deltaUpper() - tp.deltaLower(), tp.bootstrapUpper() - tp.bootstrapLower(),
        0.35 * (tp.deltaUpper() - tp.deltaLower()));
  }

  @Test
  void cellsGroupIdenticalObservationsInOrderOfAppearance() {
    double[] x = {3, 1, 3, 1, 3, 2};
    double[] y = {0, 1, 0, 1, 1, 0};
    double[][] c = {{5, 5, 5, 6, 5, 5}};
    int[] cell = new int[6];
    assertEquals(5, TurningPoints.cells(x, y, c, cell));
    assertArrayEquals(new int[] {0, 1, 0, 2, 3, 4}, cell);
    int[] distinct = new int[3];
    assertEquals(3, TurningPoints.cells(new double[] {2, 1, 3}, new double[] {0, 0, 0},
        new double[0][], distinct));
    assertArrayEquals(new int[] {0, 1, 2}, distinct);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void aliasTableReproducesTheWeights(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int k = 1 + r.nextInt(40);
    double[] w = new double[k];
    double total = 0;
    for (int u = 0; u < k; u++) {
      w[u] = 1 + r.nextInt(100);
      total += w[u];
    }
    double[] prob = new double[k];
    int[] alias = new int[k];
    TurningPoints.aliasTable(w, total, prob, alias);
    double[] implied = new double[k];
    for (int u = 0; u < k; u++) {
      implied[u] += prob[u] / k;
      implied[alias[u]] += (1 - prob[u]) / k;
    }
    for (int u = 0; u < k; u++) {
      assertEquals(w[u] / total, implied[u], 1e-12);
    }
  }

  /** Counts and 0/1 outcomes: few cells; the bootstrap spread must match the delta method's. */
  @Test
  void duplicateHeavyDataBootstrapAgreesWithTheDeltaMethod() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 20_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(31);
      y[i] = r.nextDouble() < 0.05 + 0.02 * x[i] - 0.0007 * x[i] * x[i] ? 1 : 0;
    }
    Observations o = Observations.builder(x, y).build();
    int[] cell = new int[n];
    assertTrue(TurningPoints.cells(x, y, new double[0][], cell) <= 62);
    double[] d = TurningPoints.draws(o, BootstrapParams.defaults().withDraws(400).withSeed(3));
    double m = Arrays.stream(d).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(d).map(v -> (v - m) * (v - m)).sum() / (d.length - 1));
    TurningPoint tp = TurningPoints.delta(CurveModels.quadratic(o, Covariance.hc1()), 0.95, 0, 30);
    assertEquals(tp.standardError(), sd, 0.15 * tp.standardError());
    assertEquals(tp.estimate(), m, 0.3 * tp.standardError());
  }

  @Test
  void multinomialCountsHaveTheRightMoments() {
    double[] w = {500, 300, 150, 49, 1};
    int n = 1000;
    int reps = 4000;
    double[] sum = new double[w.length];
    double[] sq = new double[w.length];
    SplittableRandom rnd = new SplittableRandom(8);
    int[] c = new int[w.length];
    for (int r = 0; r < reps; r++) {
      java.util.Arrays.fill(c, 0);
      TurningPoints.multinomial(rnd, n, w, c);
      assertEquals(n, Arrays.stream(c).sum());
      for (int u = 0; u < w.length; u++) {
        sum[u] += c[u];
        sq[u] += (double) c[u] * c[u];
      }
    }
    for (int u = 0; u < w.length; u++) {
      double p = w[u] / n;
      double mean = sum[u] / reps;
      double var = sq[u] / reps - mean * mean;
      double sdMean = Math.sqrt(n * p * (1 - p) / reps);
      assertEquals(n * p, mean, 5 * sdMean, "mean of cell " + u);
      assertEquals(n * p * (1 - p), var, 0.12 * n * p * (1 - p) + 0.05, "variance of cell " + u);
    }
  }

  /** Few cells among many observations: the binomial path; same check as above. */
  @Test
  void fewCellsManyObservationsBootstrapAgreesWithTheDeltaMethod() {
    SplittableRandom r = new SplittableRandom(6);
    int n = 120_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(31);
      y[i] = r.nextDouble() < 0.05 + 0.02 * x[i] - 0.0007 * x[i] * x[i] ? 1 : 0;
    }
    Observations o = Observations.builder(x, y).build();
    double[] d = TurningPoints.draws(o, BootstrapParams.defaults().withDraws(300).withSeed(4));
    double m = Arrays.stream(d).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(d).map(v -> (v - m) * (v - m)).sum() / (d.length - 1));
    TurningPoint tp = TurningPoints.delta(CurveModels.quadratic(o, Covariance.hc1()), 0.95, 0, 30);
    assertEquals(tp.standardError(), sd, 0.15 * tp.standardError());
    assertEquals(tp.estimate(), m, 0.3 * tp.standardError());
    double[] again = TurningPoints.draws(o, BootstrapParams.defaults().withDraws(300).withSeed(4)
        .withThreads(1));
    assertArrayEquals(d, again);
  }

  @Test
  void quantileType6() {
    double[] s = {1, 2, 3, 4};
    // h = 5 p: p = 0.5 -> 2.5 -> between the 2nd and 3rd
    assertEquals(2.5, TurningPoints.quantileType6(s, 0.5), 1e-12);
    assertEquals(1, TurningPoints.quantileType6(s, 0.1), 1e-12);
    assertEquals(4, TurningPoints.quantileType6(s, 0.95), 1e-12);
    assertEquals(1.25, TurningPoints.quantileType6(s, 0.25), 1e-12);
  }

  @Test
  void noDrawsMeansNoBootstrapInterval() {
    TurningPoint tp = TurningPoints.ols(quad(false), Covariance.hc3(), 0.95,
        BootstrapParams.defaults().withDraws(0));
    assertEquals(0, tp.bootstrapDraws());
    assertTrue(Double.isNaN(tp.bootstrapLower()));
    assertTrue(!tp.hasBootstrap());
  }
}
