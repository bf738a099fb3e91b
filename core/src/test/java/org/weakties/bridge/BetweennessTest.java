package org.weakties.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.bridge.BetweennessParams.Method;
import org.weakties.graph.ConnectedComponents;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CsvRows;
import org.weakties.testing.NamedGraphs;

class BetweennessTest {
  private static final double TOL = 1e-9;
  private static final BetweennessParams EXACT = BetweennessParams.exact();
  private static final BetweennessParams EXACT_INV = EXACT.withLength(EdgeLength.INVERSE_WEIGHT);
  private static final BetweennessParams EXACT_W = EXACT.withLength(EdgeLength.WEIGHT);

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Betweenness.compute(null));
    assertThrows(IllegalArgumentException.class, () -> Betweenness.compute(Graphs.path(3), null));
    assertThrows(IllegalArgumentException.class, () -> BetweennessParams.defaults().withSamples(0));
    assertThrows(IllegalArgumentException.class, () -> BetweennessParams.defaults().withThreads(-2));
    assertThrows(IllegalArgumentException.class,
        () -> BetweennessParams.defaults().withAutoWorkLimit(Double.NaN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Betweenness.compute(Graphs.path(3), EXACT.withLength((id, w) -> id == 1 ? 0 : 1)));
    assertTrue(e.getMessage().contains("edge 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Betweenness.compute(Graphs.path(3),
        EXACT.withLength((id, w) -> Double.POSITIVE_INFINITY)));
  }

  @Test
  void emptyAndSingleNode() {
    BetweennessResult r = Betweenness.compute(Graphs.path(0), EXACT);
    assertEquals(0, r.nodeCount());
    r = Betweenness.compute(Graphs.path(1), BetweennessParams.sampled(5, 1));
    assertEquals(0.0, r.node(0));
    assertEquals(0.0, r.nodeStandardError(0));
  }

  @Test
  void oneEdge() {
    BetweennessResult r = Betweenness.compute(Graphs.path(2), EXACT);
    assertEquals(1.0, r.edge(0));
    assertEquals(0.0, r.node(0));
    assertTrue(Double.isNaN(r.edgeStandardError(0)));
    assertFalse(r.isSampled());
  }

  @Test
  void closedFormFamilies() {
    int n = 9;
    BetweennessResult path = Betweenness.compute(Graphs.path(n), EXACT);
    for (int i = 0; i < n - 1; i++) {
      assertEquals((i + 1) * (n - i - 1), path.edge(i), TOL);
    }
    for (int i = 0; i < n; i++) {
      assertEquals(i * (n - 1 - i), path.node(i), TOL);
    }
    BetweennessResult star = Betweenness.compute(Graphs.star(n), EXACT);
    assertEquals((n - 1) * (n - 2) / 2.0, star.node(0), TOL);
    for (int e = 0; e < n - 1; e++) {
      assertEquals(n - 1, star.edge(e), TOL);
    }
    // even cycle C_2k: each edge lies on pairs at distance < k fully, at distance k half
    BetweennessResult c8 = Betweenness.compute(Graphs.cycle(8), EXACT);
    // edge betweenness of C_n (n even) = n^2/8; node = (n/2 - 1)^2 / 2 ... checked by brute force
    double[] naive = Naive.betweenness(Graphs.cycle(8), null);
    for (int e = 0; e < 8; e++) {
      assertEquals(8.0, c8.edge(e), TOL);
      assertEquals(naive[e], c8.edge(e), TOL);
    }
    BetweennessResult k5 = Betweenness.compute(Graphs.complete(5), EXACT);
    for (int e = 0; e < 10; e++) {
      assertEquals(1.0, k5.edge(e), TOL);
    }
    for (int v = 0; v < 5; v++) {
      assertEquals(0.0, k5.node(v), TOL);
    }
  }

  /** Karate club, hop counts: NetworkX 2.8.8 (normalized=False) and igraph 0.10.2. */
  @Test
  void karateUnweighted() {
    checkHops(NamedGraphs.karateUnweighted(), "karate");
  }

  /**
   * Karate club, weighted: length 1/weight against NetworkX 2.8.8 (exact equality of path lengths),
   * length = weight against both NetworkX and igraph (integer lengths: the libraries agree).
   */
  @Test
  void karateWeighted() {
    checkWeighted(NamedGraphs.karate(), "karate");
    SocialGraph g = NamedGraphs.karate();
    BetweennessResult r = Betweenness.compute(g, EXACT);
    assertEquals(231.07142857142864, r.node(g.id("0")), TOL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis", "florentine", "davis_women"})
  void namedNetworksMatchNetworkXAndIgraph(String name) {
    SocialGraph g = NamedGraphs.load(name, true);
    checkHops(g, name);
    checkWeighted(g, name);
  }

  private static void checkHops(SocialGraph g, String name) {
    BetweennessResult r = Betweenness.compute(g, EXACT);
    for (Map<String, String> row : CsvRows.read("/reference/bridge/" + name + "_edges.csv")) {
      int e = g.edgeId(g.id(row.get("source")), g.id(row.get("target")));
      assertEquals(Double.parseDouble(row.get("eb")), r.edge(e), TOL, name);
      assertEquals(Double.parseDouble(row.get("eb_igraph")), r.edge(e), TOL, name);
    }
    for (Map<String, String> row : CsvRows.read("/reference/bridge/" + name + "_nodes.csv")) {
      int v = g.id(row.get("node"));
      assertEquals(Double.parseDouble(row.get("bc")), r.node(v), TOL, name);
      assertEquals(Double.parseDouble(row.get("bc_igraph")), r.node(v), TOL, name);
    }
  }

  private static void checkWeighted(SocialGraph g, String name) {
    BetweennessResult inv = Betweenness.compute(g, EXACT_INV);
    BetweennessResult w = Betweenness.compute(g, EXACT_W);
    assertTrue(inv.usedLengths());
    for (Map<String, String> row : CsvRows.read("/reference/bridge/" + name + "_edges.csv")) {
      int e = g.edgeId(g.id(row.get("source")), g.id(row.get("target")));
      assertEquals(Double.parseDouble(row.get("eb_inv_weight")), inv.edge(e), TOL, name);
      assertEquals(Double.parseDouble(row.get("eb_weight_len")), w.edge(e), TOL, name);
      assertEquals(Double.parseDouble(row.get("eb_weight_len_igraph")), w.edge(e), TOL, name);
    }
    for (Map<String, String> row : CsvRows.read("/reference/bridge/" + name + "_nodes.csv")) {
      int v = g.id(row.get("node"));
      assertEquals(Double.parseDouble(row.get("bc_inv_weight")), inv.node(v), TOL, name);
      assertEquals(Double.parseDouble(row.get("bc_weight_len")), w.node(v), TOL, name);
      assertEquals(Double.parseDouble(row.get("bc_weight_len_igraph")), w.node(v), TOL, name);
    }
  }

  /** Brandes against all-pairs path counting, hops and integer lengths, graphs up to 12 nodes. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void matchesAllPairsPathCounting(long seed) {
    int n = 3 + (int) (seed % 10);
    SocialGraph g = NamedGraphs.random(n, 0.25 + 0.05 * (seed % 8), 3, seed);
    double[] len = new double[g.edgeCount()];
    for (int e = 0; e < len.length; e++) {
      len[e] = g.weight(e);
    }
    double[] hops = Naive.betweenness(g, null);
    double[] lengths = Naive.betweenness(g, len);
    BetweennessResult r = Betweenness.compute(g, EXACT);
    BetweennessResult rw = Betweenness.compute(g, EXACT_W.withThreads(2));
    int m = g.edgeCount();
    for (int e = 0; e < m; e++) {
      assertEquals(hops[e], r.edge(e), TOL, "edge " + e);
      assertEquals(lengths[e], rw.edge(e), TOL, "weighted edge " + e);
    }
    for (int v = 0; v < n; v++) {
      assertEquals(hops[m + v], r.node(v), TOL, "node " + v);
      assertEquals(lengths[m + v], rw.node(v), TOL, "weighted node " + v);
    }
  }

  /**
   * The batched hop-count kernel (sixteen sources per search) against one source at a time, on
   * random graphs that are fragmented (odd seeds: many components and isolated nodes) or mostly
   * connected, with node counts that leave the last batch partial: exact values, sampled values and
   * standard errors.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void batchedKernelMatchesOneSourceAtATime(long seed) {
    int n = 21 + (int) (seed * 37 % 230);
    double meanDegree = seed % 2 == 1 ? 1.2 : 6.0;
    SocialGraph g = NamedGraphs.random(n, meanDegree / (n - 1), 1, seed);
    for (BetweennessParams p : List.of(EXACT, BetweennessParams.sampled(n / 3, seed))) {
      BetweennessResult batch = Betweenness.compute(g, p, true);
      BetweennessResult single = Betweenness.compute(g, p, false);
      assertEquals(single.isSampled(), batch.isSampled());
      for (int e = 0; e < g.edgeCount(); e++) {
        assertClose(single.edge(e), batch.edge(e), "edge " + e);
        assertClose(single.edgeStandardError(e), batch.edgeStandardError(e), "edge se " + e);
      }
      for (int v = 0; v < n; v++) {
        assertClose(single.node(v), batch.node(v), "node " + v);
        assertClose(single.nodeStandardError(v), batch.nodeStandardError(v), "node se " + v);
      }
    }
    if (seed % 2 == 1) {
      assertTrue(ConnectedComponents.compute(g).count() > 1, "fragmented graph expected");
    }
  }

  /** Equal within TOL relative to max(1, |expected|); NaN (no standard error) only as NaN. */
  private static void assertClose(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
    } else {
      assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }
  }

  /** Fixed chunking and in-order merging: the same bits with 1 or 2 threads. */
  @Test
  void threadCountDoesNotChangeTheBits() {
    SocialGraph g = CommunityGraphs.plantedPartition(600, 30, 8, 2, 7);
    for (BetweennessParams p : List.of(EXACT, EXACT_INV, BetweennessParams.sampled(50, 3))) {
      BetweennessResult one = Betweenness.compute(g, p.withThreads(1));
      BetweennessResult two = Betweenness.compute(g, p.withThreads(2));
      assertArrayEquals(one.edgeValues(), two.edgeValues());
      assertArrayEquals(one.nodeValues(), two.nodeValues());
      assertArrayEquals(one.edgeStandardErrors(), two.edgeStandardErrors());
    }
  }

  /** k = n pivots are all sources: the exact result, bit for bit, with standard error 0. */
  @Test
  void allPivotsReproduceExact() {
    SocialGraph g = NamedGraphs.lesMiserables();
    int n = g.nodeCount();
    for (EdgeLength len : List.of(EdgeLength.HOPS, EdgeLength.INVERSE_WEIGHT)) {
      BetweennessResult exact = Betweenness.compute(g, EXACT.withLength(len));
      BetweennessResult all = Betweenness.compute(g, BetweennessParams.sampled(n + 10, 9)
          .withLength(len));
      assertTrue(all.isSampled());
      assertEquals(n, all.sources());
      assertArrayEquals(exact.edgeValues(), all.edgeValues());
      assertArrayEquals(exact.nodeValues(), all.nodeValues());
      for (int e = 0; e < g.edgeCount(); e++) {
        assertEquals(0.0, all.edgeStandardError(e));
      }
    }
  }

  /**
   * The estimator is unbiased: over 200 seeds, k = 10 of n = 77 pivots, the mean estimate of every
   * edge lies within 4 standard errors (of that mean) of the exact value. The squared standard error is
   * unbiased for the variance of the estimate: summed over edges, its mean over seeds is within 20% of
   * the observed variance of the estimates.
   */
  @Test
  void sampledEstimatesAreUnbiasedAndStandardErrorsMatchTheSpread() {
    SocialGraph g = NamedGraphs.lesMiserables();
    BetweennessResult exact = Betweenness.compute(g, EXACT);
    int m = g.edgeCount();
    int n = g.nodeCount();
    int runs = 200;
    double[] sum = new double[m];
    double[] sumSq = new double[m];
    double[] se2Sum = new double[m];
    double[] nodeSum = new double[n];
    for (int s = 0; s < runs; s++) {
      BetweennessResult r = Betweenness.compute(g, BetweennessParams.sampled(10, 1000 + s)
          .withThreads(1));
      assertEquals(10, r.sources());
      for (int e = 0; e < m; e++) {
        sum[e] += r.edge(e);
        sumSq[e] += r.edge(e) * r.edge(e);
        se2Sum[e] += r.edgeStandardError(e) * r.edgeStandardError(e);
      }
      for (int v = 0; v < n; v++) {
        nodeSum[v] += r.node(v);
      }
    }
    double variance = 0;
    double meanSe2 = 0;
    for (int e = 0; e < m; e++) {
      double mean = sum[e] / runs;
      double var = Math.max(0, (sumSq[e] - runs * mean * mean) / (runs - 1));
      assertEquals(exact.edge(e), mean, 4 * Math.sqrt(var / runs) + 1e-9, "edge " + e);
      variance += var;
      meanSe2 += se2Sum[e] / runs;
    }
    double ratio = meanSe2 / variance;
    assertTrue(ratio > 0.8 && ratio < 1.2, "mean SE^2 / variance = " + ratio);
    double total = 0;
    double totalExact = 0;
    for (int v = 0; v < n; v++) {
      total += nodeSum[v] / runs;
      totalExact += exact.node(v);
    }
    assertEquals(totalExact, total, 0.05 * totalExact);
  }

  @Test
  void standardErrorFormula() {
    // draws 1, 2, 3 of n = 5: mean 2, sample variance 1, se = 5 * sqrt(1/3 * (1 - 3/5))
    assertEquals(5 * Math.sqrt(1.0 / 3 * 0.4), Betweenness.standardError(6, 14, 5, 3), 1e-12);
    assertEquals(0.0, Betweenness.standardError(6, 14, 3, 3));
    assertTrue(Double.isNaN(Betweenness.standardError(2, 4, 5, 1)));
  }

  @Test
  void pivotsAreDistinctSortedAndSeeded() {
    int[] a = Betweenness.pivots(100, 30, 5);
    assertArrayEquals(a, Betweenness.pivots(100, 30, 5));
    assertFalse(java.util.Arrays.equals(a, Betweenness.pivots(100, 30, 6)));
    for (int i = 1; i < a.length; i++) {
      assertTrue(a[i] > a[i - 1]);
    }
  }

  @Test
  void autoChoosesExactOnSmallGraphsOnly() {
    SocialGraph g = NamedGraphs.karate();
    BetweennessParams auto = BetweennessParams.defaults();
    assertEquals(Method.EXACT, Betweenness.chooseMethod(g, auto));
    assertEquals(Method.EXACT, Betweenness.compute(g, auto).method());
    BetweennessParams small = auto.withAutoWorkLimit(34.0 * 78 - 1).withSamples(10);
    assertEquals(Method.SAMPLED, Betweenness.chooseMethod(g, small));
    BetweennessResult r = Betweenness.compute(g, small);
    assertTrue(r.isSampled());
    assertEquals(10, r.sources());
    assertEquals(Method.EXACT, Betweenness.chooseMethod(g, auto.withAutoWorkLimit(34.0 * 78)));
  }

  @Test
  void tables() {
    SocialGraph g = Graphs.path(4);
    BetweennessResult exact = Betweenness.compute(g, EXACT);
    ScoreTable t = exact.toTable();
    assertEquals(4.0, t.column("edge_betweenness").doubleAt(1));
    assertTrue(Double.isNaN(t.column("edge_betweenness_se").doubleAt(1)));
    ScoreTable nodes = Betweenness.compute(g, BetweennessParams.sampled(2, 1)).nodeTable();
    assertEquals(List.of("betweenness", "betweenness_se"),
        nodes.columns().stream().map(ScoreTable.Column::name).toList());
    assertFalse(Double.isNaN(nodes.column("betweenness_se").doubleAt(1)));
  }
}
