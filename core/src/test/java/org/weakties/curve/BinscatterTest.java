package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinscatterTest {

  @Test
  void equalCountBinsOfDistinctValues() {
    double[] x = new double[100];
    double[] y = new double[100];
    for (int i = 0; i < 100; i++) {
      x[99 - i] = i; // unsorted input
      y[99 - i] = 2 * i;
    }
    BinscatterResult r = Binscatter.compute(Observations.builder(x, y).build(),
        BinscatterParams.defaults().withBins(10));
    assertEquals(10, r.bins().size());
    for (int b = 0; b < 10; b++) {
      BinscatterResult.Bin bin = r.bins().get(b);
      assertEquals(10, bin.count());
      assertEquals(10 * b, bin.xLow());
      assertEquals(10 * b + 9, bin.xHigh());
      assertEquals(10 * b + 4.5, bin.xMean(), 1e-12);
      assertEquals(2 * (10 * b + 4.5), bin.yMean(), 1e-12);
      // y in a bin: 2k..2k+18 step 2, sd = 2 * sqrt(var(0..9)) = 2 * sqrt(55/6)
      double se = 2 * Math.sqrt(55.0 / 6) / Math.sqrt(10);
      double t = 2.2621571627409915; // qt(0.975, 9)
      assertEquals(bin.yMean() - t * se, bin.lower(), 1e-9);
      assertEquals(bin.yMean() + t * se, bin.upper(), 1e-9);
    }
  }

  @Test
  void tiesStayTogetherAndSingletonsHaveNoInterval() {
    // 0 appears 6 times of 10: the first four equal-count bins collapse into one
    double[] x = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
    double[] y = {1, 0, 1, 0, 1, 0, 1, 1, 0, 1};
    BinscatterResult r = Binscatter.compute(Observations.builder(x, y).build(),
        BinscatterParams.defaults().withBins(5));
    List<BinscatterResult.Bin> bins = r.bins();
    assertEquals(3, bins.size());
    assertEquals(6, bins.get(0).count());
    assertEquals(0.5, bins.get(0).yMean(), 1e-12);
    assertEquals(2, bins.get(1).count()); // x = 1, 2 (ranks 6, 7 -> bin 3)
    assertEquals(2, bins.get(2).count()); // x = 3, 4 (ranks 8, 9 -> bin 4)
    BinscatterResult one = Binscatter.compute(Observations.builder(new double[] {1, 2, 3},
        new double[] {1, 2, 3}).build(), BinscatterParams.defaults().withBins(3));
    assertEquals(3, one.bins().size());
    assertTrue(Double.isNaN(one.bins().get(0).lower()));
    assertTrue(Double.isNaN(one.bins().get(0).upper()));
  }

  @Test
  void equalWidthBinsDropEmptyOnes() {
    double[] x = {0, 0.5, 1, 9, 9.5, 10};
    double[] y = {1, 2, 3, 4, 5, 6};
    BinscatterResult r = Binscatter.compute(Observations.builder(x, y).build(),
        new BinscatterParams(10, Binning.EQUAL_WIDTH, 0.95));
    // width 1: [0,1) holds 0, 0.5; [1,2) holds 1; [9,10] holds 9, 9.5, 10 (last bin closed)
    assertEquals(3, r.bins().size());
    assertEquals(2, r.bins().get(0).count());
    assertEquals(1, r.bins().get(1).count());
    assertEquals(3, r.bins().get(2).count());
    assertEquals(5, r.bins().get(2).yMean(), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void binsPartitionTheDataInOrder(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 50 + rnd.nextInt(500);
    double[] x = new double[n];
    double[] y = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextInt(35);
      y[i] = rnd.nextInt(2);
      sum += y[i];
    }
    for (Binning b : Binning.values()) {
      BinscatterResult r = Binscatter.compute(Observations.builder(x, y).build(),
          new BinscatterParams(1 + rnd.nextInt(30), b, 0.9));
      int count = 0;
      double ys = 0;
      double prevHigh = Double.NEGATIVE_INFINITY;
      for (BinscatterResult.Bin bin : r.bins()) {
        assertTrue(bin.xLow() > prevHigh, "bins overlap");
        assertTrue(bin.xLow() <= bin.xMean() && bin.xMean() <= bin.xHigh());
        prevHigh = bin.xHigh();
        count += bin.count();
        ys += bin.yMean() * bin.count();
      }
      assertEquals(n, count);
      assertEquals(sum, ys, 1e-9);
      assertTrue(r.bins().size() <= r.requestedBins());
    }
  }
}
