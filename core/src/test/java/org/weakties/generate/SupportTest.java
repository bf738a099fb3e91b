package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The package's internal helpers against naive references. */
class SupportTest {

  /** Random add/remove/contains sequences agree with java.util.HashSet (boxing is fine here). */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void longHashSetAgreesWithHashSet(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int universe = 50 + r.nextInt(5000);
    int max = 1 + r.nextInt(universe);
    LongHashSet set = new LongHashSet(max);
    Set<Long> ref = new HashSet<>();
    for (int op = 0; op < 20_000; op++) {
      long key = r.nextInt(universe) * 1_000_003L;
      int kind = r.nextInt(3);
      if (kind == 0 && ref.size() < max) {
        assertEquals(ref.add(key), set.add(key));
      } else if (kind == 1) {
        assertEquals(ref.remove(key), set.remove(key));
      } else {
        assertEquals(ref.contains(key), set.contains(key));
      }
      assertEquals(ref.size(), set.size());
    }
    for (long k = 0; k < universe; k++) {
      assertEquals(ref.contains(k * 1_000_003L), set.contains(k * 1_000_003L));
    }
  }

  /** The exact mean of floor(x) agrees with a large sample, and the solved cut-off hits its mean. */
  @ParameterizedTest
  @CsvSource({"20,1000,2.5", "20,100000,2.5", "5,50,3.0", "8,30,1.5", "200,1000,1.0", "30,5000,2.2", "3,1000000,3.5"})
  void powerLawMeanAndCutoff(double target, int kmax, double a) {
    double x0 = PowerLaw.lowerCutoffForMean(target, kmax, a);
    assertEquals(target, PowerLaw.meanOfFloor(x0, kmax + 1, a), 1e-6);
    SplittableRandom r = new SplittableRandom(3);
    double sum = 0;
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      double x = PowerLaw.sample(r, x0, kmax + 1.0, a);
      assertTrue(x >= x0 && x < kmax + 1);
      sum += Math.floor(x);
    }
    // heavy tails: the sample mean's relative error stays within 3 percent at this size
    assertEquals(target, sum / n, 0.03 * target);
  }

  /** The integrated tail of the mean agrees with the exact sum over every term. */
  @ParameterizedTest
  @CsvSource({"7.3,900000,2.5", "1,300000,1.0", "12.5,250000,2.0", "2,100000,1.5"})
  void meanOfFloorTailAgreesWithFullSum(double x0, int x1, double a) {
    double exact = 0;
    for (int j = 1; j < x1; j++) {
      exact += 1 - PowerLaw.cdf(j, x0, x1, a);
    }
    assertEquals(exact, PowerLaw.meanOfFloor(x0, x1, a), 1e-9 * exact);
  }

  @Test
  void powerLawCutoffLimits() {
    // x0 = 1 already gives a mean above 1.2 for a = 2.5: the solver returns 1
    assertEquals(1.0, PowerLaw.lowerCutoffForMean(1.2, 1000, 2.5));
    assertEquals(10.0, PowerLaw.lowerCutoffForMean(10, 10, 2.5));
    assertEquals(0.0, PowerLaw.cdf(3, 3, 10, 2.0));
    assertEquals(1.0, PowerLaw.cdf(10, 3, 10, 2.0));
  }

  @Test
  void streamsAreReproducibleAndDistinct() {
    long a = RandomStreams.stream(42, 1, 7).nextLong();
    assertEquals(a, RandomStreams.stream(42, 1, 7).nextLong());
    assertNotEquals(a, RandomStreams.stream(42, 1, 8).nextLong());
    assertNotEquals(a, RandomStreams.stream(42, 2, 7).nextLong());
    assertNotEquals(a, RandomStreams.stream(43, 1, 7).nextLong());
    Set<Long> firsts = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      firsts.add(RandomStreams.stream(0, 0, i).nextLong());
    }
    assertEquals(10_000, firsts.size());
  }

  /** Fisher-Yates gives a permutation, and each element reaches each position equally often. */
  @Test
  void shuffleIsAUniformPermutation() {
    SplittableRandom r = new SplittableRandom(5);
    int[][] pos = new int[5][5];
    for (int t = 0; t < 50_000; t++) {
      int[] a = {0, 1, 2, 3, 4};
      RandomStreams.shuffle(a, 0, 5, r);
      for (int i = 0; i < 5; i++) {
        pos[a[i]][i]++;
      }
    }
    for (int[] row : pos) {
      for (int c : row) {
        assertEquals(10_000, c, 500);
      }
    }
    int[] a = {9, 8, 7, 6, 5, 4};
    RandomStreams.shuffle(a, 1, 4, r);
    assertEquals(9, a[0]);
    assertEquals(5, a[4]);
    assertEquals(4, a[5]);
    int[] mid = Arrays.copyOfRange(a, 1, 4);
    Arrays.sort(mid);
    assertEquals("[6, 7, 8]", Arrays.toString(mid));
  }

  /** Geometric gaps have mean (1-p)/p. */
  @ParameterizedTest
  @ValueSource(doubles = {0.5, 0.1, 0.001})
  void geometricSkipMean(double p) {
    SplittableRandom r = new SplittableRandom(8);
    double logQ = Math.log1p(-p);
    double sum = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      sum += RandomStreams.geometricSkip(r, logQ);
    }
    double mean = (1 - p) / p;
    double sd = Math.sqrt(1 - p) / p / Math.sqrt(n);
    assertEquals(mean, sum / n, 5 * sd);
    assertEquals(0, RandomStreams.geometricSkip(r, Math.log1p(-1.0)));
  }
}
