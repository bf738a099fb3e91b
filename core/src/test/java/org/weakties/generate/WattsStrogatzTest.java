package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.generate.GeneratorAssertions.assertSameGraph;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weakties.graph.SocialGraph;

class WattsStrogatzTest {

  /** At p = 0 the ring lattice equals NetworkX's watts_strogatz_graph(n, k, 0) edge for edge. */
  @ParameterizedTest
  @CsvSource({"10,2", "20,4", "31,6", "12,10"})
  void latticeMatchesNetworkX(int n, int k) {
    SocialGraph g = WattsStrogatz.generate(n, k, 0.0, 3);
    List<String[]> rows = ReferenceCsv.rows("ring_lattice.csv").stream()
        .filter(r -> Integer.parseInt(r[0]) == n && Integer.parseInt(r[1]) == k).toList();
    assertEquals(rows.size(), g.edgeCount());
    for (String[] r : rows) {
      assertTrue(g.hasEdge(Integer.parseInt(r[2]), Integer.parseInt(r[3])), r[2] + "-" + r[3]);
    }
    for (int u = 0; u < n; u++) {
      assertEquals(k, g.degree(u));
    }
    String[] c = ReferenceCsv.rows("ring_clustering.csv").stream()
        .filter(r -> Integer.parseInt(r[0]) == n && Integer.parseInt(r[1]) == k).findFirst()
        .orElseThrow();
    assertEquals(Double.parseDouble(c[2]), GraphStats.averageClustering(g), 1e-12);
  }

  /** Closed form of the lattice's clustering: 3(k-2) / (4(k-1)) when n > 3k/2 (Watts 1999). */
  @ParameterizedTest
  @CsvSource({"100,4", "100,10", "1000,20"})
  void latticeClusteringClosedForm(int n, int k) {
    SocialGraph g = WattsStrogatz.generate(n, k, 0.0, 1);
    assertEquals(3.0 * (k - 2) / (4.0 * (k - 1)), GraphStats.averageClustering(g), 1e-12);
    assertEquals((long) n * k / 2, g.edgeCount());
  }

  @Test
  void rewiringKeepsEdgeCountAndLowersClustering() {
    SocialGraph lattice = WattsStrogatz.generate(2000, 10, 0.0, 4);
    SocialGraph small = WattsStrogatz.generate(2000, 10, 0.1, 4);
    SocialGraph random = WattsStrogatz.generate(2000, 10, 1.0, 4);
    assertEquals(10_000, small.edgeCount());
    assertEquals(10_000, random.edgeCount());
    double c0 = GraphStats.averageClustering(lattice);
    double c1 = GraphStats.averageClustering(small);
    double c2 = GraphStats.averageClustering(random);
    // p = 0.1: about (1-p)^3 of the lattice clustering survives (Barrat and Weigt 2000)
    assertEquals(c0 * Math.pow(0.9, 3), c1, 0.03);
    // p = 1: near the random-graph value k/n = 0.005
    assertTrue(c2 < 0.02, "clustering at p = 1: " + c2);
    // the fraction of rewired edges is p: lattice edges (u, u+j), j <= 5, that survive
    int kept = 0;
    for (int u = 0; u < 2000; u++) {
      for (int j = 1; j <= 5; j++) {
        if (small.hasEdge(u, (u + j) % 2000)) {
          kept++;
        }
      }
    }
    assertEquals(0.9, kept / 10_000.0, 0.015);
    GeneratorAssertions.assertUnweighted(small);
  }

  @Test
  void degenerateCases() {
    assertEquals(0, WattsStrogatz.generate(0, 0, 0.5, 1).nodeCount());
    SocialGraph g = WattsStrogatz.generate(5, 0, 0.5, 1);
    assertEquals(5, g.nodeCount());
    assertEquals(0, g.edgeCount());
    // n = 5, k = 4 is complete: no rewiring is possible, the graph stays complete
    g = WattsStrogatz.generate(5, 4, 1.0, 1);
    assertEquals(10, g.edgeCount());
  }

  @Test
  void sameSeedSameGraph() {
    assertSameGraph(WattsStrogatz.generate(3000, 8, 0.3, 11),
        WattsStrogatz.generate(3000, 8, 0.3, 11));
    assertTrue(GeneratorAssertions.differ(WattsStrogatz.generate(3000, 8, 0.3, 11),
        WattsStrogatz.generate(3000, 8, 0.3, 12)));
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> new WattsStrogatzParams(10, 3, 0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> new WattsStrogatzParams(10, 10, 0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> new WattsStrogatzParams(10, 4, 1.5, 1));
    assertThrows(IllegalArgumentException.class, () -> new WattsStrogatzParams(10, 4, Double.NaN,
        1));
    assertThrows(IllegalArgumentException.class, () -> new WattsStrogatzParams(-1, 0, 0, 1));
    WattsStrogatzParams p = WattsStrogatzParams.defaults();
    assertEquals(new WattsStrogatzParams(50, 6, 0.2, 3),
        p.withNodes(50).withNeighbors(6).withRewiring(0.2).withSeed(3));
  }
}
