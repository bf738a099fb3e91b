package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.ReferenceCsv;
import org.weakties.testing.TieTestGraphs;

class StructuralTieMeasuresTest {

  /** Relative-or-absolute tolerance of the reference comparisons. */
  static final double TOL = 1e-12;

  static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= TOL * Math.max(1, Math.abs(expected)),
        what + ": expected " + expected + " got " + actual);
  }

  static SocialGraph named(String graph) {
    return switch (graph) {
      case "karate" -> NamedGraphs.karate();
      case "karate_unweighted" -> NamedGraphs.karateUnweighted();
      case "lesmis" -> NamedGraphs.lesMiserables();
      case "florentine" -> NamedGraphs.florentine();
      default -> throw new IllegalArgumentException(graph);
    };
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> StructuralTieMeasures.compute(null));
    assertThrows(NullPointerException.class,
        () -> StructuralTieMeasures.compute(TieTestGraphs.path(3), null));
    assertThrows(IllegalArgumentException.class,
        () -> StructuralTieMeasuresParams.defaults().withThreads(-1));
  }

  @Test
  void emptyGraphAndSingleNode() {
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(TieTestGraphs.path(0));
    assertEquals(0, r.edgeCount());
    assertEquals(0, r.nodeCount());
    assertEquals(0, r.toTable().rowCount());
    StructuralTieMeasuresResult one = StructuralTieMeasures.compute(TieTestGraphs.path(1));
    assertEquals(1, one.nodeCount());
    assertEquals(0, one.triangles(0));
    assertEquals(0.0, one.clustering(0));
  }

  @Test
  void oneEdgeIsZeroOverZeroDefinedAsZero() {
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(TieTestGraphs.path(2));
    assertEquals(0, r.embeddedness(0));
    assertEquals(0.0, r.overlap(0));
    assertEquals(0.0, r.jaccard(0));
    assertEquals(0.0, r.adamicAdar(0));
    assertEquals(0.0, r.resourceAllocation(0));
    assertEquals(0.0, r.weightedOverlap(0));
  }

  @Test
  void isolatedNodesAndDegreeOneEndpoints() {
    // triangle 0-1-2, pendant 2-3, isolated 4 and 5
    SocialGraph g = SocialGraph.fromEdgeArrays(6, new int[] {0, 1, 0, 2}, new int[] {1, 2, 2, 3},
        null);
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g);
    int pendant = g.edgeId(2, 3);
    assertEquals(0, r.embeddedness(pendant));
    assertEquals(0.0, r.overlap(pendant)); // degrees 3 and 1: 0 / (2 + 0 - 0)
    assertEquals(0.0, r.jaccard(pendant));
    int e01 = g.edgeId(0, 1);
    assertEquals(1, r.embeddedness(e01));
    assertEquals(1.0, r.overlap(e01)); // 1 / (1 + 1 - 1)
    int e02 = g.edgeId(0, 2);
    assertEquals(0.5, r.overlap(e02)); // 1 / (1 + 2 - 1)
    assertEquals(1.0 / 4, r.jaccard(e02)); // 1 / (2 + 3 - 1)
    assertEquals(1, r.triangles(2));
    assertEquals(1.0 / 3, r.clustering(2), 1e-15);
    assertEquals(0.0, r.clustering(4));
    assertEquals(0, r.triangles(5));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 7})
  void pathHasNoOverlap(int n) {
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(TieTestGraphs.path(n));
    for (int e = 0; e < r.edgeCount(); e++) {
      assertEquals(0, r.embeddedness(e));
      assertEquals(0.0, r.overlap(e));
    }
  }

  @Test
  void cycles() {
    StructuralTieMeasuresResult c3 = StructuralTieMeasures.compute(TieTestGraphs.cycle(3));
    for (int e = 0; e < 3; e++) {
      assertEquals(1, c3.embeddedness(e));
      assertEquals(1.0, c3.overlap(e));
      assertEquals(1.0 / 3, c3.jaccard(e), 1e-15);
      assertEquals(1 / Math.log(2), c3.adamicAdar(e), 1e-15);
      assertEquals(0.5, c3.resourceAllocation(e));
    }
    StructuralTieMeasuresResult c6 = StructuralTieMeasures.compute(TieTestGraphs.cycle(6));
    for (int e = 0; e < 6; e++) {
      assertEquals(0, c6.embeddedness(e));
      assertEquals(0.0, c6.overlap(e));
    }
  }

  @Test
  void starHasNoTriangles() {
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(TieTestGraphs.star(9, 4));
    for (int e = 0; e < r.edgeCount(); e++) {
      assertEquals(0, r.embeddedness(e));
      assertEquals(0.0, r.overlap(e));
      assertEquals(0.0, r.jaccard(e));
    }
    assertEquals(0.0, r.clustering(4));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 12})
  void completeGraphClosedForms(int n) {
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(TieTestGraphs.complete(n));
    for (int e = 0; e < r.edgeCount(); e++) {
      assertEquals(n - 2, r.embeddedness(e));
      assertEquals(1.0, r.overlap(e));
      assertEquals((n - 2.0) / n, r.jaccard(e), 1e-15);
      assertEquals((n - 2) / Math.log(n - 1), r.adamicAdar(e), 1e-12);
      assertEquals((n - 2.0) / (n - 1), r.resourceAllocation(e), 1e-14);
      assertEquals(1.0, r.weightedOverlap(e), 1e-15);
    }
    for (int u = 0; u < n; u++) {
      assertEquals((long) (n - 1) * (n - 2) / 2, r.triangles(u));
      assertEquals(1.0, r.clustering(u));
    }
  }

  /** Reference values from NetworkX 2.8.8 (make_tie_reference.py): counts equal, ratios to 1e-12. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"karate", "karate_unweighted", "lesmis", "florentine"})
  void matchesNetworkX(String graph) {
    SocialGraph g = named(graph);
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g);
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("/reference/tie/tie_edges.csv", graph);
    assertEquals(g.edgeCount(), rows.size());
    for (ReferenceCsv.Row row : rows) {
      int e = EdgeLookup.edge(g, row.get("source"), row.get("target"));
      String at = graph + " " + row.get("source") + "-" + row.get("target");
      assertEquals(row.integer("embeddedness"), r.embeddedness(e), at);
      close(row.num("overlap"), r.overlap(e), at + " overlap");
      close(row.num("jaccard"), r.jaccard(e), at + " jaccard");
      close(row.num("adamic_adar"), r.adamicAdar(e), at + " adamic_adar");
      close(row.num("resource_allocation"), r.resourceAllocation(e), at + " resource_allocation");
      close(row.num("weighted_overlap"), r.weightedOverlap(e), at + " weighted_overlap");
    }
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/tie/tie_nodes.csv", graph)) {
      int u = g.id(row.get("node"));
      assertEquals(row.integer("triangles"), r.triangles(u), graph + " node " + row.get("node"));
      close(row.num("clustering"), r.clustering(u), graph + " clustering " + row.get("node"));
    }
  }

  @Test
  void karateWeightedSpotValuesFromScienceNotes() {
    SocialGraph g = NamedGraphs.karate(); // weighted form; the structural values ignore weights
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g);
    int e = EdgeLookup.edge(g, "0", "1");
    assertEquals(7, r.embeddedness(e));
    assertEquals(0.4375, r.overlap(e), 1e-15);
    assertEquals(2.05, r.resourceAllocation(e), 1e-12);
    int e2 = EdgeLookup.edge(g, "32", "33");
    assertEquals(10, r.embeddedness(e2));
    assertEquals(10.0 / 17, r.overlap(e2), 1e-15);
    assertEquals(0.0, r.overlap(EdgeLookup.edge(g, "0", "31")));
    assertEquals(0.15, r.clustering(g.id("0")), 1e-15);
  }

  @Test
  void edgeLookupRejectsNonTies() {
    SocialGraph g = NamedGraphs.karate(); // weighted form
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> EdgeLookup.edge(g, "0", "33"));
    assertTrue(ex.getMessage().contains("no tie between '0' and '33'"), ex.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EdgeLookup.edge(g, "0", "nobody"));
  }

  @Test
  void tableHasTheTiesCommandColumnsOnWeightedKarate() {
    SocialGraph g = NamedGraphs.karate(); // weighted form: the weight column holds 4.0 for 0-1
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g);
    ScoreTable t = r.toTable();
    assertEquals(List.of("weight", "embeddedness", "overlap", "jaccard", "adamic_adar",
        "resource_allocation"), t.columns().stream().map(ScoreTable.Column::name).toList());
    int e = EdgeLookup.edge(g, "0", "1");
    assertEquals(4.0, t.column("weight").doubleAt(e));
    assertEquals(7, t.column("embeddedness").longAt(e));
    assertEquals("weighted_overlap", r.toTable(true).columns().get(6).name());
    assertEquals(List.of("triangles", "clustering"),
        r.nodeTable().columns().stream().map(ScoreTable.Column::name).toList());
  }

  @Test
  void equalWeightsMakeWeightedOverlapTheOverlap() {
    SocialGraph g0 = NamedGraphs.random(120, 0.08, 1, 5);
    int m = g0.edgeCount();
    var ep = g0.endpoints();
    double[] w = new double[m];
    java.util.Arrays.fill(w, 0.3);
    SocialGraph g = SocialGraph.fromEdgeArrays(g0.nodeCount(), ep.source(), ep.target(), w);
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g);
    for (int e = 0; e < m; e++) {
      assertEquals(r.overlap(e), r.weightedOverlap(e), 1e-15);
    }
  }

  /** Property: every measure equals the set-based definition on seeded random graphs. */
  @ParameterizedTest(name = "n={0} p={1} seed={2}")
  @CsvSource({"30,0.2,1", "60,0.1,2", "80,0.3,3", "200,0.02,4", "150,0.08,5", "40,0.6,6"})
  void matchesNaiveSetBasedDefinitions(int n, double p, long seed) {
    SocialGraph g = NamedGraphs.random(n, p, 7, seed);
    StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g);
    List<Set<Integer>> nb = NaiveTies.neighbors(g);
    g.forEachEdge((e, u, v) -> {
      assertEquals(NaiveTies.common(nb, u, v).size(), r.embeddedness(e));
      close(NaiveTies.overlap(nb, u, v), r.overlap(e), "overlap");
      close(NaiveTies.jaccard(nb, u, v), r.jaccard(e), "jaccard");
      close(NaiveTies.adamicAdar(nb, u, v), r.adamicAdar(e), "aa");
      close(NaiveTies.resourceAllocation(nb, u, v), r.resourceAllocation(e), "ra");
      close(NaiveTies.weightedOverlap(g, nb, u, v), r.weightedOverlap(e), "wov");
      assertTrue(r.overlap(e) >= 0 && r.overlap(e) <= 1);
      assertTrue(r.jaccard(e) <= r.overlap(e));
      assertTrue(r.weightedOverlap(e) >= 0 && r.weightedOverlap(e) <= 1);
    });
  }

  /** Property: relabelling the nodes permutes the per-edge results and nothing else. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void relabellingPermutesResults(long seed) {
    SocialGraph g = NamedGraphs.random(90, 0.12, 5, seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = g.nodeCount();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    var ep = g.endpoints();
    int[] s = new int[g.edgeCount()];
    int[] t = new int[g.edgeCount()];
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < s.length; e++) {
      s[e] = perm[ep.source()[e]];
      t[e] = perm[ep.target()[e]];
      w[e] = g.weight(e);
    }
    SocialGraph h = SocialGraph.fromEdgeArrays(n, s, t, w);
    StructuralTieMeasuresResult a = StructuralTieMeasures.compute(g);
    StructuralTieMeasuresResult b = StructuralTieMeasures.compute(h);
    g.forEachEdge((e, u, v) -> {
      int f = h.edgeId(perm[u], perm[v]);
      assertEquals(a.embeddedness(e), b.embeddedness(f));
      assertEquals(a.overlap(e), b.overlap(f));
      close(a.adamicAdar(e), b.adamicAdar(f), "aa");
      close(a.weightedOverlap(e), b.weightedOverlap(f), "wov");
    });
    for (int u = 0; u < n; u++) {
      assertEquals(a.triangles(u), b.triangles(perm[u]));
    }
  }

  @Test
  void identicalBitsForAnyThreadCount() {
    SocialGraph g = TieTestGraphs.holmeKim(3000, 6, 0.6, 9, false);
    StructuralTieMeasuresResult one = StructuralTieMeasures.compute(g,
        StructuralTieMeasuresParams.defaults().withThreads(1));
    for (int threads : new int[] {2, 3, 8}) {
      StructuralTieMeasuresResult r = StructuralTieMeasures.compute(g,
          StructuralTieMeasuresParams.defaults().withThreads(threads));
      assertArrayEquals(one.embeddednessArray(), r.embeddednessArray());
      for (int e = 0; e < g.edgeCount(); e++) {
        assertEquals(Double.doubleToRawLongBits(one.adamicAdar(e)),
            Double.doubleToRawLongBits(r.adamicAdar(e)));
        assertEquals(Double.doubleToRawLongBits(one.weightedOverlap(e)),
            Double.doubleToRawLongBits(r.weightedOverlap(e)));
        assertEquals(Double.doubleToRawLongBits(one.resourceAllocation(e)),
            Double.doubleToRawLongBits(r.resourceAllocation(e)));
      }
    }
  }

  /** A star with a million leaves, hub first and hub last: linear, not quadratic. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1_000_000})
  void millionLeafStarIsLinear(int hub) {
    SocialGraph g = TieTestGraphs.star(1_000_000, hub);
    StructuralTieMeasuresResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> StructuralTieMeasures.compute(g));
    assertEquals(1_000_000, r.edgeCount());
    for (int e = 0; e < r.edgeCount(); e += 9973) {
      assertEquals(0, r.embeddedness(e));
      assertEquals(0.0, r.overlap(e));
    }
    assertEquals(0, r.triangles(hub));
  }

  @Test
  void cancelledTokenStopsTheComputation() {
    CancellationToken token = CancellationToken.create();
    token.cancel();
    assertThrows(CancelledException.class, () -> StructuralTieMeasures.compute(
        NamedGraphs.karate(), StructuralTieMeasuresParams.defaults().withToken(token))); // weighted
  }

  @Test
  void progressIsReportedPerBlock() {
    long[] seen = new long[3];
    var listener = new org.weakties.exec.ProgressListener() {
      @Override
      public synchronized void start(String step, long total) {
        seen[0] = total;
      }

      @Override
      public synchronized void advance(long work) {
        seen[1] += work;
      }

      @Override
      public synchronized void finish() {
        seen[2]++;
      }
    };
    StructuralTieMeasures.compute(NamedGraphs.lesMiserables(),
        StructuralTieMeasuresParams.defaults().withProgress(listener).withThreads(2));
    assertEquals(seen[0], seen[1]);
    assertEquals(1, seen[2]);
  }
}
