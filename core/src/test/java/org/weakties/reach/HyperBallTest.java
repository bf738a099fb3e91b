package org.weakties.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.TieTestGraphs;

class HyperBallTest {

  static final long[] SEEDS = {1, 2, 3};

  @Test
  void swarMaxIsTheBytewiseMaximum() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int i = 0; i < 20_000; i++) {
      long a = rnd.nextLong() & 0x7F7F7F7F7F7F7F7FL;
      long b = rnd.nextLong() & 0x7F7F7F7F7F7F7F7FL;
      if (i % 3 == 0) {
        b = (b & 0xFFFF0000FFFF0000L) | (a & 0x0000FFFF0000FFFFL); // equal lanes too
      }
      long expected = 0;
      for (int k = 0; k < 64; k += 8) {
        long x = (a >>> k) & 0xFF;
        long y = (b >>> k) & 0xFF;
        expected |= Math.max(x, y) << k;
      }
      assertEquals(expected, HyperBall.max8(a, b));
    }
  }

  @Test
  void betaConstantsAndStandardDeviation() {
    assertEquals(1.106 / 4, HyperBall.compute(TieTestGraphs.path(3),
        HyperBallParams.defaults().withLog2m(4)).relativeStandardDeviation(), 1e-15);
    assertEquals(1.04 / 16, HyperBall.compute(TieTestGraphs.path(3)).relativeStandardDeviation(),
        1e-15);
    assertEquals(1.054, HyperBall.beta(64));
    assertEquals(1.046, HyperBall.beta(128));
  }

  /**
   * Accuracy against exact BFS balls on graphs of 3000 and 4000 nodes, three seeds pooled per
   * (graph, log2m, t): mean relative error at most 1.5 β/√m and at most 1% of nodes beyond 4 β/√m.
   * For log2m = 10 only t >= 2 is checked: balls of about 5 nodes sit in the range where a single
   * register collision (probability about k^2 / 2m) is already a 20% error, more than 4 β/√m = 13%.
   */
  @ParameterizedTest(name = "{0} log2m={1} t={2}..3")
  @CsvSource({"er,6,1", "er,8,1", "er,10,2", "hk,6,1", "hk,8,1", "hk,10,2"})
  void accuracyAgainstExactBalls(String kind, int log2m, int fromT) {
    SocialGraph g = kind.equals("er") ? NamedGraphs.random(3000, 0.002, 1, 17)
        : TieTestGraphs.holmeKim(4000, 3, 0.5, 17, false);
    int n = g.nodeCount();
    KHopReachResult exact = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(3));
    double[] sum = new double[4];
    int[] beyond = new int[4];
    double rsd = 0;
    for (long seed : SEEDS) {
      HyperBallResult hb = HyperBall.compute(g, HyperBallParams.defaults().withLog2m(log2m)
          .withMaxDistance(3).withSeed(seed));
      rsd = hb.relativeStandardDeviation();
      for (int t = fromT; t <= 3; t++) {
        for (int u = 0; u < n; u++) {
          double x = exact.ballSize(u, t);
          double err = Math.abs(hb.ballSize(u, t) - x) / x;
          sum[t] += err;
          if (err > 4 * rsd) {
            beyond[t]++;
          }
        }
      }
    }
    int samples = n * SEEDS.length;
    for (int t = fromT; t <= 3; t++) {
      double mre = sum[t] / samples;
      assertTrue(mre <= 1.5 * rsd, "t=" + t + ": mean relative error " + mre + " > 1.5 rsd "
          + 1.5 * rsd);
      assertTrue(mre > 0, "estimates cannot all be exact at t=" + t);
      assertTrue(beyond[t] <= 0.01 * samples, "t=" + t + ": " + beyond[t] + " of " + samples
          + " beyond 4 rsd");
    }
  }

  @Test
  void neighborhoodFunctionOfUnweightedKarateUntilStable() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    KHopReachResult exact = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(5));
    for (long seed : SEEDS) {
      HyperBallResult hb = HyperBall.compute(g, HyperBallParams.defaults().withLog2m(10)
          .withMaxDistance(Integer.MAX_VALUE).withSeed(seed));
      assertTrue(hb.stable());
      assertTrue(hb.lastDistance() <= 5, "the exact balls stop growing at t = 5");
      double rsd = hb.relativeStandardDeviation();
      for (int t = 0; t <= 6; t++) {
        double x = exact.neighborhoodFunction(Math.min(t, 5));
        assertTrue(Math.abs(hb.neighborhoodFunction(t) - x) <= 4 * rsd * x,
            "N(" + t + ") = " + hb.neighborhoodFunction(t) + " vs " + x);
      }
      assertEquals(hb.ballSize(0, hb.lastDistance()), hb.ballSize(0, 40));
      assertEquals(hb.lastDistance(), hb.toTable().columns().size());
    }
  }

  @Test
  void neighborhoodFunctionOfALargerGraph() {
    SocialGraph g = TieTestGraphs.holmeKim(5000, 3, 0.5, 23, false);
    KHopReachResult exact = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(3));
    HyperBallResult hb = HyperBall.compute(g, HyperBallParams.defaults().withMaxDistance(3));
    for (int t = 1; t <= 3; t++) {
      double x = exact.neighborhoodFunction(t);
      assertTrue(Math.abs(hb.neighborhoodFunction(t) - x) <= 4 * hb.relativeStandardDeviation()
          * x);
    }
  }

  @Test
  void identicalEstimatesForAnyThreadCount() {
    SocialGraph g = TieTestGraphs.holmeKim(3000, 3, 0.5, 8, false);
    HyperBallResult a = HyperBall.compute(g, HyperBallParams.defaults().withThreads(1)
        .withMaxDistance(4));
    HyperBallResult b = HyperBall.compute(g, HyperBallParams.defaults().withThreads(3)
        .withMaxDistance(4));
    for (int t = 0; t <= 4; t++) {
      for (int u = 0; u < g.nodeCount(); u++) {
        assertEquals(a.ballSize(u, t), b.ballSize(u, t));
      }
      assertEquals(a.neighborhoodFunction(t), b.neighborhoodFunction(t));
    }
    HyperBallResult c = HyperBall.compute(g, HyperBallParams.defaults().withSeed(99)
        .withMaxDistance(4));
    boolean differs = false;
    for (int u = 0; u < g.nodeCount() && !differs; u++) {
      differs = a.ballSize(u, 4) != c.ballSize(u, 4);
    }
    assertTrue(differs, "another seed gives other estimates");
  }

  @Test
  void degenerateGraphs() {
    HyperBallResult empty = HyperBall.compute(TieTestGraphs.path(0));
    assertEquals(0, empty.nodeCount());
    assertEquals(0.0, empty.neighborhoodFunction(2));
    SocialGraph isolated = SocialGraph.fromEdgeArrays(3, new int[0], new int[0], null);
    HyperBallResult r = HyperBall.compute(isolated);
    assertTrue(r.stable());
    assertEquals(0, r.lastDistance());
    assertEquals(1.0, r.ballSize(1, 2), 0.01);
    assertEquals(0.0, r.fof(1), 0.01); // an estimate: 1 + 0.002 - 1
    HyperBallResult one = HyperBall.compute(TieTestGraphs.path(2));
    assertEquals(2.0, one.ballSize(0, 1), 0.02);
  }

  @Test
  void reachTableHasEstimatesAndEmptyClassColumnsOnWeightedKarate() {
    SocialGraph g = NamedGraphs.karate(); // weighted form: the strength column carries the weights
    HyperBallResult hb = HyperBall.compute(g, HyperBallParams.defaults().withLog2m(12));
    ScoreTable t = hb.toReachTable();
    assertEquals(List.of("degree", "strength", "fof", "reach2", "weak_only_fof", "strong_only_fof",
        "mixed_fof"), t.columns().stream().map(ScoreTable.Column::name).toList());
    int u = g.id("0");
    assertEquals(16, t.column("degree").longAt(u));
    assertTrue(t.column("weak_only_fof").isMissing(u));
    assertEquals(9.0, hb.fof(u), 4 * hb.relativeStandardDeviation() * 26);
    assertEquals(25.0, hb.reach2(u), 4 * hb.relativeStandardDeviation() * 26);
    assertEquals(List.of("ball_1", "ball_2"),
        hb.toTable().columns().stream().map(ScoreTable.Column::name).toList());
    HyperBallResult d1 = HyperBall.compute(g, HyperBallParams.defaults().withMaxDistance(1));
    assertThrows(IllegalStateException.class, () -> d1.fof(0));
  }

  @Test
  void parametersAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> HyperBallParams.defaults().withLog2m(3));
    assertThrows(IllegalArgumentException.class, () -> HyperBallParams.defaults().withLog2m(17));
    assertThrows(IllegalArgumentException.class,
        () -> HyperBallParams.defaults().withMaxDistance(0));
    SocialGraph big = SocialGraph.fromEdgeArrays(300_000, new int[0], new int[0], null);
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> HyperBall.compute(big, HyperBallParams.defaults().withLog2m(16)));
    assertTrue(ex.getMessage().contains("use log2m <= 15"), ex.getMessage());
  }
}
