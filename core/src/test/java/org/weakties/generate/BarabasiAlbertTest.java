package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.generate.GeneratorAssertions.assertSameGraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weakties.graph.SocialGraph;

class BarabasiAlbertTest {

  @ParameterizedTest
  @CsvSource({"1,1,0", "2,1,0", "10,1,0", "10,3,0", "100,3,5", "1000,5,0", "1000,2,2"})
  void edgeCountAndMinimumDegree(int n, int m, int m0) {
    BarabasiAlbertParams p = new BarabasiAlbertParams(n, m, m0, 3);
    SocialGraph g = BarabasiAlbert.generate(p);
    int init = Math.min(p.resolvedInitialNodes(), n);
    assertEquals(n, g.nodeCount());
    assertEquals((long) init * (init - 1) / 2 + (long) (n - init) * m, g.edgeCount());
    for (int u = init; u < n; u++) {
      assertTrue(g.degree(u) >= m, "node " + u);
    }
    for (int a = 0; a < init; a++) {
      for (int b = a + 1; b < init; b++) {
        assertTrue(g.hasEdge(a, b), "initial clique " + a + "-" + b);
      }
    }
    GeneratorAssertions.assertIdentityLabels(g);
    GeneratorAssertions.assertUnweighted(g);
  }

  @Test
  void emptyGraph() {
    assertEquals(0, BarabasiAlbert.generate(0, 2, 1).nodeCount());
  }

  /**
   * The degree distribution has a power-law tail of exponent 3 (2m(m+1)/(k(k+1)(k+2))). Fitted by
   * the Clauset-Shalizi-Newman discrete estimator above the KS-optimal kmin, with at least 500 tail
   * values, on 20,000 nodes; three seeds.
   */
  @ParameterizedTest
  @CsvSource({"1", "2", "3"})
  void tailExponentNearThree(long seed) {
    SocialGraph g = BarabasiAlbert.generate(20_000, 3, seed);
    GraphStats.PowerLawFit fit = GraphStats.powerLawTail(GraphStats.degrees(g), 500);
    assertTrue(fit.alpha() >= 2.5 && fit.alpha() <= 3.5, fit.toString());
  }

  /** Older nodes are richer: the expected degree of node i grows like m sqrt(n / i). */
  @Test
  void earlyNodesBecomeHubs() {
    SocialGraph g = BarabasiAlbert.generate(20_000, 3, 8);
    double early = 0;
    double late = 0;
    for (int u = 0; u < 100; u++) {
      early += g.degree(u);
      late += g.degree(19_900 + u);
    }
    assertTrue(early > 10 * late, early + " vs " + late);
    assertTrue(GraphStats.averageClustering(g) < 0.05);
  }

  @Test
  void sameSeedSameGraph() {
    assertSameGraph(BarabasiAlbert.generate(5000, 4, 21), BarabasiAlbert.generate(5000, 4, 21));
    assertTrue(GeneratorAssertions.differ(BarabasiAlbert.generate(5000, 4, 21),
        BarabasiAlbert.generate(5000, 4, 22)));
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> new BarabasiAlbertParams(10, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new BarabasiAlbertParams(-1, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new BarabasiAlbertParams(10, 3, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new BarabasiAlbertParams(10, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new BarabasiAlbertParams(10, 1, -2, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BarabasiAlbertParams(Integer.MAX_VALUE, 1000, 0, 1));
    assertTrue(e.getMessage().contains("at most"), e.getMessage());
    BarabasiAlbertParams p = BarabasiAlbertParams.defaults();
    assertEquals(4, p.resolvedInitialNodes());
    assertEquals(new BarabasiAlbertParams(50, 2, 5, 9),
        p.withNodes(50).withEdgesPerNode(2).withInitialNodes(5).withSeed(9));
  }
}
