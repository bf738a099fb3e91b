package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.BuildOptions;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.TieTestGraphs;

class InteractionMeasuresTest {

  static final long DAY = 86_400L;

  /** A path 0-1-2-3-4 with weights 1,2,2,8, counts 0,NaN,5,10 and times. */
  static SocialGraph timed(long[] last) {
    return SocialGraph.fromEdgeArrays(5, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4},
        new double[] {1, 2, 2, 8}, BuildOptions.defaults()
            .withInteractions(new double[] {0, Double.NaN, 5, 10}).withLastContact(last));
  }

  @Test
  void rankPercentilesHandleTiesAndNaN() {
    assertArrayEquals(new double[] {0, 0.5, 1}, RankPercentiles.of(new double[] {1, 2, 3}));
    assertArrayEquals(new double[] {0, 0.75, 0.75, 0.75, 0.25},
        RankPercentiles.of(new double[] {-5, 7, 7, 7, 0}), 1e-15);
    double[] p = RankPercentiles.of(new double[] {Double.NaN, 4, 4});
    assertTrue(Double.isNaN(p[0]));
    assertEquals(0.5, p[1]);
    assertArrayEquals(new double[] {0.5}, RankPercentiles.of(new double[] {42}));
    assertArrayEquals(new double[0], RankPercentiles.of(new double[0]));
    assertArrayEquals(new double[] {0.5, 0.5}, RankPercentiles.of(new double[] {-0.0, 0.0}));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void rankPercentilesAreMonotoneAndMirror(long seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    double[] x = new double[500];
    double[] neg = new double[500];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextInt(40);
      neg[i] = -x[i];
    }
    double[] p = RankPercentiles.of(x);
    double[] q = RankPercentiles.of(neg);
    for (int i = 0; i < x.length; i++) {
      assertEquals(1 - p[i], q[i], 1e-12);
      assertTrue(p[i] >= 0 && p[i] <= 1);
      for (int j = 0; j < 20; j++) {
        if (x[i] < x[j]) {
          assertTrue(p[i] < p[j]);
        } else if (x[i] == x[j]) {
          assertEquals(p[i], p[j]);
        }
      }
    }
  }

  /** Property: the radix-sort ranks equal the O(n^2) definition, with ties, signs, zeros and NaN. */
  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6, 7})
  void rankPercentilesMatchNaiveDefinition(long seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    double[] x = new double[700];
    for (int i = 0; i < x.length; i++) {
      int kind = rnd.nextInt(6);
      x[i] = switch (kind) {
        case 0 -> Double.NaN;
        case 1 -> rnd.nextBoolean() ? -0.0 : 0.0;
        case 2 -> rnd.nextInt(5) - 2;
        case 3 -> -rnd.nextDouble() * 1e300;
        default -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-5, 6));
      };
    }
    double[] p = RankPercentiles.of(x);
    int known = 0;
    for (double v : x) {
      known += Double.isNaN(v) ? 0 : 1;
    }
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        assertTrue(Double.isNaN(p[i]));
        continue;
      }
      int less = 0;
      int equal = 0;
      for (double v : x) {
        if (v < x[i]) {
          less++;
        } else if (v == x[i]) {
          equal++;
        }
      }
      double rank = less + (equal + 1) / 2.0;
      assertEquals((rank - 1) / (known - 1), p[i], 1e-15);
    }
  }

  @Test
  void intensityByMaxAndByRank() {
    SocialGraph g = timed(null);
    InteractionIntensityResult r = InteractionIntensity.compute(g);
    assertTrue(r.hasInteractions());
    assertEquals(1.0 / 8, r.weightByMax(0));
    assertEquals(1.0, r.weightByMax(3));
    assertEquals(0.0, r.weightRank(0));
    assertEquals(0.5, r.weightRank(1));
    assertEquals(0.5, r.weightRank(2));
    assertEquals(1.0, r.weightRank(3));
    assertEquals(0.0, r.intensityByMax(0));
    assertTrue(Double.isNaN(r.intensityByMax(1)));
    assertEquals(0.5, r.intensityByMax(2));
    assertEquals(0.5, r.intensityRank(2));
    assertTrue(Double.isNaN(r.intensityRank(1)));
    assertEquals(List.of("weight_by_max", "weight_rank", "intensity_by_max", "intensity_rank"),
        r.toTable().columns().stream().map(ScoreTable.Column::name).toList());
    InteractionIntensityResult k = InteractionIntensity.compute(NamedGraphs.karate()); // weighted
    assertFalse(k.hasInteractions());
    assertEquals(2, k.toTable().columns().size());
    assertTrue(Double.isNaN(k.intensityRank(0)));
  }

  @Test
  void allZeroCountsGiveZeroIntensity() {
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[] {0, 1}, new int[] {1, 2}, null,
        BuildOptions.defaults().withInteractions(new double[] {0, 0}));
    InteractionIntensityResult r = InteractionIntensity.compute(g);
    assertEquals(0.0, r.intensityByMax(0));
    assertEquals(0.5, r.intensityRank(1));
  }

  @Test
  void recencyDecaysFromTheLatestContactByDefault() {
    long t0 = 1_600_000_000L;
    SocialGraph g = timed(new long[] {t0, t0 - 180 * DAY, SocialGraph.NO_TIME, t0 - 400 * DAY});
    RecencyResult r = Recency.compute(g);
    assertEquals(t0, r.asOf());
    assertEquals(3, r.timedCount());
    assertEquals(1.0, r.recency(0));
    assertEquals(0.5, r.recency(1), 1e-15);
    assertEquals(180.0, r.ageDays(1));
    assertTrue(Double.isNaN(r.recency(2)));
    assertTrue(Double.isNaN(r.ageDays(2)));
    assertFalse(r.isDormant(2)); // no time: never dormant
    assertEquals(Math.pow(0.5, 400.0 / 180), r.recency(3), 1e-15);
    assertTrue(r.isDormant(3));
    assertFalse(r.isDormant(1));
    assertEquals(1, r.dormantCount());
    assertEquals(List.of("age_days", "recency", "dormant"),
        r.toTable().columns().stream().map(ScoreTable.Column::name).toList());
  }

  @Test
  void recencyParameters() {
    long t0 = 1_600_000_000L;
    SocialGraph g = timed(new long[] {t0, t0 - 365 * DAY, t0 - 366 * DAY, t0 + 10 * DAY});
    RecencyResult r = Recency.compute(g, RecencyParams.defaults().withAsOf(t0).withHalfLifeDays(365));
    assertEquals(t0, r.asOf());
    assertEquals(0.5, r.recency(1), 1e-15);
    assertFalse(r.isDormant(1)); // exactly 365 days: not more than the threshold
    assertTrue(r.isDormant(2));
    assertEquals(1.0, r.recency(3)); // contact after the as-of time: clamped
    assertEquals(-10.0, r.ageDays(3));
    assertFalse(r.isDormant(3));
    RecencyResult d = Recency.compute(g, RecencyParams.defaults().withAsOf(t0).withDormantDays(0));
    assertTrue(d.isDormant(1));
    assertFalse(d.isDormant(0));
    assertThrows(IllegalArgumentException.class,
        () -> RecencyParams.defaults().withHalfLifeDays(0));
    assertThrows(IllegalArgumentException.class,
        () -> RecencyParams.defaults().withDormantDays(Double.POSITIVE_INFINITY));
  }

  @Test
  void graphWithoutTimesHasNoRecency() {
    RecencyResult r = Recency.compute(NamedGraphs.karate()); // weighted karate, no times
    assertFalse(r.hasTimes());
    assertEquals(SocialGraph.NO_TIME, r.asOf());
    for (int e = 0; e < r.edgeCount(); e++) {
      assertTrue(Double.isNaN(r.recency(e)));
      assertFalse(r.isDormant(e));
    }
    RecencyResult empty = Recency.compute(TieTestGraphs.path(0));
    assertEquals(0, empty.edgeCount());
  }
}
