package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.generate.GeneratorAssertions.assertSameGraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weakties.graph.SocialGraph;

class HolmeKimTest {

  /** Triad formation raises the average clustering well above 0.1 (Holme and Kim: about 0.5). */
  @ParameterizedTest
  @CsvSource({"0.8,1", "0.9,2", "1.0,3"})
  void clusteringAboveOneTenth(double pt, long seed) {
    SocialGraph g = HolmeKim.generate(10_000, 3, pt, seed);
    double c = GraphStats.averageClustering(g);
    assertTrue(c > 0.1, "pt " + pt + ": clustering " + c);
    double c0 = GraphStats.averageClustering(BarabasiAlbert.generate(10_000, 3, seed));
    assertTrue(c > c0 + 0.1, c + " vs BA " + c0);
  }

  /** Clustering grows with pt; the degree tail stays a power law with exponent about 3. */
  @Test
  void clusteringGrowsWithTriadProbabilityAndTailStays() {
    double prev = -1;
    for (double pt : new double[] {0.0, 0.3, 0.6, 0.9}) {
      double c = GraphStats.averageClustering(HolmeKim.generate(5000, 3, pt, 4));
      assertTrue(c > prev, "pt " + pt + ": " + c + " after " + prev);
      prev = c;
    }
    SocialGraph g = HolmeKim.generate(20_000, 3, 0.8, 5);
    GraphStats.PowerLawFit fit = GraphStats.powerLawTail(GraphStats.degrees(g), 500);
    assertTrue(fit.alpha() >= 2.5 && fit.alpha() <= 3.6, fit.toString());
  }

  @Test
  void zeroTriadProbabilityIsBarabasiAlbert() {
    assertSameGraph(BarabasiAlbert.generate(3000, 3, 17), HolmeKim.generate(3000, 3, 0.0, 17));
  }

  @ParameterizedTest
  @CsvSource({"1,1,0", "5,2,0", "500,4,0", "500,1,3"})
  void edgeCount(int n, int m, int m0) {
    HolmeKimParams p = new HolmeKimParams(n, m, m0, 0.9, 6);
    int init = Math.min(p.resolvedInitialNodes(), n);
    SocialGraph g = HolmeKim.generate(p);
    assertEquals((long) init * (init - 1) / 2 + (long) (n - init) * m, g.edgeCount());
    GeneratorAssertions.assertUnweighted(g);
  }

  @Test
  void sameSeedSameGraph() {
    assertSameGraph(HolmeKim.generate(4000, 3, 0.7, 1), HolmeKim.generate(4000, 3, 0.7, 1));
    assertTrue(GeneratorAssertions.differ(HolmeKim.generate(4000, 3, 0.7, 1),
        HolmeKim.generate(4000, 3, 0.7, 2)));
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> new HolmeKimParams(10, 2, 0, -0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> new HolmeKimParams(10, 2, 0, 1.1, 1));
    assertThrows(IllegalArgumentException.class, () -> new HolmeKimParams(10, 0, 0, 0.5, 1));
    HolmeKimParams p = HolmeKimParams.defaults();
    assertEquals(HolmeKimParams.DEFAULT_TRIAD_PROBABILITY, p.triadProbability());
    assertEquals(new HolmeKimParams(40, 2, 3, 0.5, 8), p.withNodes(40).withEdgesPerNode(2)
        .withInitialNodes(3).withTriadProbability(0.5).withSeed(8));
  }
}
