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
   * The naive bootstrap: the documented resampling protocol written out, each resample refitted by
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
          rows[i] = rnd.nextInt(n);
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
