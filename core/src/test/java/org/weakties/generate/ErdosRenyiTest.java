package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.generate.GeneratorAssertions.assertSameGraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weakties.graph.SocialGraph;

class ErdosRenyiTest {

  @Test
  void emptyAndTinyGraphs() {
    SocialGraph g = ErdosRenyi.generate(0, 0, 1);
    assertEquals(0, g.nodeCount());
    assertEquals(0, g.edgeCount());
    g = ErdosRenyi.generate(1, 0, 1);
    assertEquals(1, g.nodeCount());
    assertEquals(0, g.edgeCount());
    g = ErdosRenyi.generate(2, 1, 1);
    assertEquals(1, g.edgeCount());
    assertEquals(0, g.edgeId(0, 1));
  }

  /** Exactly m distinct edges on both branches (sparse draws, dense complement), up to complete. */
  @ParameterizedTest
  @CsvSource({"10,0", "10,1", "10,22", "10,23", "10,44", "10,45", "100,4950", "100,2000",
      "1000,5000", "20000,100000"})
  void exactEdgeCount(int n, int m) {
    SocialGraph g = ErdosRenyi.generate(n, m, 5);
    assertEquals(n, g.nodeCount());
    assertEquals(m, g.edgeCount());
    GeneratorAssertions.assertIdentityLabels(g);
    GeneratorAssertions.assertUnweighted(g);
    long degreeSum = 0;
    for (int u = 0; u < n; u++) {
      degreeSum += g.degree(u);
    }
    assertEquals(2L * m, degreeSum);
  }

  @Test
  void completeWhenAllPairsRequested() {
    SocialGraph g = ErdosRenyi.generate(30, 435, 2);
    for (int u = 0; u < 30; u++) {
      assertEquals(29, g.degree(u));
    }
  }

  @Test
  void sameSeedSameGraphOtherSeedOtherGraph() {
    assertSameGraph(ErdosRenyi.generate(2000, 10_000, 9), ErdosRenyi.generate(2000, 10_000, 9));
    assertSameGraph(ErdosRenyi.generate(50, 1000, 9), ErdosRenyi.generate(50, 1000, 9));
    assertTrue(GeneratorAssertions.differ(ErdosRenyi.generate(2000, 10_000, 9),
        ErdosRenyi.generate(2000, 10_000, 10)));
  }

  /**
   * Uniformity: over many seeds every one of the 15 pairs of 6 nodes is an edge with probability
   * m/15, on the sparse (m = 4) and the dense (m = 11) branch. 4000 draws; the binomial standard
   * deviation of each frequency is below 0.008, the tolerance 0.035 is more than 4 of them.
   */
  @ParameterizedTest
  @CsvSource({"4", "11"})
  void everyPairEquallyLikely(int m) {
    int n = 6;
    int runs = 4000;
    int[][] count = new int[n][n];
    for (int s = 0; s < runs; s++) {
      SocialGraph g = ErdosRenyi.generate(n, m, 1000 + s);
      g.forEachEdge((e, u, v) -> count[u][v]++);
    }
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        assertEquals(m / 15.0, (double) count[u][v] / runs, 0.035, u + "-" + v);
      }
    }
  }

  @Test
  void rejectsImpossibleParameters() {
    assertThrows(IllegalArgumentException.class, () -> new ErdosRenyiParams(-1, 0, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ErdosRenyiParams(10, 46, 1));
    assertTrue(e.getMessage().contains("[0, 45]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ErdosRenyiParams(10, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> ErdosRenyiParams.defaults().withNodes(5));
  }

  @Test
  void defaultsAndWithers() {
    ErdosRenyiParams p = ErdosRenyiParams.defaults();
    assertEquals(ErdosRenyiParams.DEFAULT_NODES, p.nodes());
    assertEquals(ErdosRenyiParams.DEFAULT_EDGES, p.edges());
    assertEquals(ErdosRenyiParams.DEFAULT_SEED, p.seed());
    assertEquals(new ErdosRenyiParams(100, 7, 3), p.withEdges(7).withNodes(100).withSeed(3));
    assertEquals(p.edges(), ErdosRenyi.generate(p).edgeCount());
  }
}
