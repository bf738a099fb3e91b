package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.ReferenceCsv;
import org.weakties.testing.TieTestGraphs;

class DispersionTest {

  /** Reference values from NetworkX 2.8.8 dispersion (normalised and raw, both directions). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"karate", "karate_unweighted", "lesmis", "florentine"})
  void matchesNetworkX(String graph) {
    SocialGraph g = StructuralTieMeasuresTest.named(graph);
    DispersionResult r = Dispersion.compute(g);
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/tie/tie_edges.csv", graph)) {
      int s = g.id(row.get("source"));
      int t = g.id(row.get("target"));
      int e = g.edgeId(s, t);
      boolean forward = s < t; // the row's source is the edge's source
      String at = graph + " " + row.get("source") + "-" + row.get("target");
      assertEquals(row.integer("dispersion_raw"), forward ? r.raw(e) : r.rawReverse(e), at);
      assertEquals(row.integer("dispersion_raw_reverse"), forward ? r.rawReverse(e) : r.raw(e), at);
      StructuralTieMeasuresTest.close(row.num("dispersion"),
          forward ? r.dispersion(e) : r.dispersionReverse(e), at);
      StructuralTieMeasuresTest.close(row.num("dispersion_reverse"),
          forward ? r.dispersionReverse(e) : r.dispersion(e), at);
      assertEquals(row.integer("dispersion_raw"), Dispersion.rawCount(g, s, t), at);
      StructuralTieMeasuresTest.close(row.num("dispersion"), Dispersion.between(g, s, t), at);
      assertEquals(row.integer("embeddedness"), r.embeddedness(e), at);
    }
  }

  @Test
  void karateUnweightedSpotValues() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    assertEquals(15, Dispersion.rawCount(g, g.id("0"), g.id("1")));
    assertEquals(15.0 / 7, Dispersion.between(g, g.id("0"), g.id("1")), 1e-15);
    assertEquals(43, Dispersion.rawCount(g, g.id("33"), g.id("32")));
    assertEquals(4.3, Dispersion.between(g, g.id("33"), g.id("32")), 1e-15);
  }

  @Test
  void closedForms() {
    assertEquals(0, Dispersion.compute(TieTestGraphs.path(0)).edgeCount());
    DispersionResult path = Dispersion.compute(TieTestGraphs.path(5));
    for (int e = 0; e < 4; e++) {
      assertEquals(0.0, path.dispersion(e));
      assertEquals(0, path.raw(e));
    }
    // complete graph: all common neighbours are adjacent, dispersion 0
    DispersionResult k6 = Dispersion.compute(TieTestGraphs.complete(6));
    for (int e = 0; e < k6.edgeCount(); e++) {
      assertEquals(0, k6.raw(e));
      assertEquals(4, k6.embeddedness(e));
    }
    // the "wheel without rim" on u-v: u and v joined, common neighbours 2..5 pairwise unlinked
    SocialGraph g = SocialGraph.fromEdgeArrays(6, new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1},
        new int[] {1, 2, 3, 4, 5, 2, 3, 4, 5}, null);
    DispersionResult r = Dispersion.compute(g);
    int e = g.edgeId(0, 1);
    assertEquals(6, r.raw(e)); // C(4, 2) pairs, none linked, no other neighbours of 0
    assertEquals(6, r.rawReverse(e));
    assertEquals(1.5, r.dispersion(e));
    // add a neighbour 6 of 0 linked to 2 and 3: pair {2,3} is no longer dispersed from 0's side only
    SocialGraph h = SocialGraph.fromEdgeArrays(7, new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 6, 6},
        new int[] {1, 2, 3, 4, 5, 2, 3, 4, 5, 6, 2, 3}, null);
    DispersionResult rh = Dispersion.compute(h);
    int f = h.edgeId(0, 1);
    assertEquals(5, rh.raw(f));
    assertEquals(6, rh.rawReverse(f)); // 6 is not a neighbour of 1
  }

  @Test
  void capSkipsHighlyEmbeddedEdgesOnWeightedKarate() {
    SocialGraph g = NamedGraphs.karate(); // weighted form (dispersion ignores weights)
    DispersionResult r = Dispersion.compute(g, DispersionParams.defaults().withMaxEmbeddedness(5));
    DispersionResult all = Dispersion.compute(g);
    int skipped = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      if (all.embeddedness(e) > 5) {
        skipped++;
        assertTrue(Double.isNaN(r.dispersion(e)) && Double.isNaN(r.dispersionReverse(e)));
        assertEquals(-1, r.raw(e));
      } else {
        assertEquals(all.raw(e), r.raw(e));
        assertEquals(all.rawReverse(e), r.rawReverse(e));
      }
    }
    assertTrue(skipped > 0);
    assertEquals(skipped, r.skippedCount());
  }

  @Test
  void parametersFollowNetworkXFormulaOnWeightedKarate() {
    SocialGraph g = NamedGraphs.karate(); // weighted form (dispersion ignores weights)
    int e = EdgeLookup.edge(g, "0", "1");
    DispersionResult raw = Dispersion.compute(g, DispersionParams.defaults().withNormalized(false));
    assertEquals(15.0, raw.dispersion(e));
    DispersionParams p = DispersionParams.defaults().withAlpha(2).withB(1).withC(3);
    DispersionResult r = Dispersion.compute(g, p);
    assertEquals(Math.pow(16, 2) / 10, r.dispersion(e), 1e-12);
    assertEquals(r.dispersion(e), Dispersion.between(g, g.id("0"), g.id("1"), p), 0);
    assertThrows(IllegalArgumentException.class, () -> DispersionParams.defaults().withAlpha(
        Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> DispersionParams.defaults().withMaxEmbeddedness(1));
  }

  @Test
  void onDemandRejectsNonTies() {
    SocialGraph g = NamedGraphs.karate(); // weighted form
    assertThrows(IllegalArgumentException.class,
        () -> Dispersion.between(g, g.id("0"), g.id("33")));
    assertThrows(IllegalArgumentException.class, () -> Dispersion.rawCount(g, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Dispersion.rawCount(g, 0, 99));
  }

  @Test
  void tableOrientedLikeTheInputRows() {
    // ids follow first appearance (a=0, c=1, b=2), so the row "b,a" names the larger id first
    SocialGraph g = SocialGraph.builder().addEdge("a", "c").addEdge("b", "a").addEdge("b", "c")
        .addEdge("a", "d").addEdge("b", "d").addEdge("a", "x").addEdge("x", "c").addEdge("x", "d")
        .build(); // from a, the pair {c, d} shares x; from b it is dispersed
    DispersionResult r = Dispersion.compute(g);
    int[] order = g.inputOrder();
    int ba = g.edgeId(g.id("b"), g.id("a"));
    boolean rev = g.id("b") > g.id("a");
    assertTrue(rev);
    ScoreTable t = r.toTable(order);
    double fromB = Dispersion.between(g, g.id("b"), g.id("a"));
    double fromA = Dispersion.between(g, g.id("a"), g.id("b"));
    assertEquals(fromB, t.column("dispersion").doubleAt(ba));
    assertEquals(fromA, t.column("dispersion_reverse").doubleAt(ba));
    assertTrue(fromA != fromB, "the example must be asymmetric");
    assertEquals(rev ? r.dispersionReverse(ba) : r.dispersion(ba), fromB);
    assertThrows(IllegalArgumentException.class, () -> r.toTable(new int[2]));
    assertThrows(IllegalArgumentException.class,
        () -> EdgeOrientation.reversed(new int[] {0, 0}, 2));
  }

  @Test
  void tableColumns() {
    ScoreTable t = Dispersion.compute(NamedGraphs.karate()).toTable(); // weighted karate
    assertEquals(List.of("dispersion", "dispersion_reverse"),
        t.columns().stream().map(ScoreTable.Column::name).toList());
  }

  /** Property: all-edge, on-demand and the literal NetworkX-style definition agree. */
  @ParameterizedTest(name = "n={0} p={1} seed={2}")
  @CsvSource({"25,0.3,1", "40,0.25,2", "60,0.15,3", "30,0.5,4", "120,0.05,5"})
  void matchesNaiveDefinition(int n, double p, long seed) {
    SocialGraph g = NamedGraphs.random(n, p, 1, seed);
    DispersionResult r = Dispersion.compute(g, DispersionParams.defaults().withThreads(2));
    List<Set<Integer>> nb = NaiveTies.neighbors(g);
    g.forEachEdge((e, u, v) -> {
      assertEquals(NaiveTies.dispersion(nb, u, v), r.raw(e));
      assertEquals(NaiveTies.dispersion(nb, v, u), r.rawReverse(e));
      assertEquals(r.raw(e), Dispersion.rawCount(g, u, v));
      assertEquals(r.rawReverse(e), Dispersion.rawCount(g, v, u));
    });
  }

  @Test
  void sameResultForAnyThreadCount() {
    SocialGraph g = TieTestGraphs.holmeKim(2000, 5, 0.7, 3, false);
    DispersionResult a = Dispersion.compute(g, DispersionParams.defaults().withThreads(1));
    DispersionResult b = Dispersion.compute(g, DispersionParams.defaults().withThreads(3));
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals(a.raw(e), b.raw(e));
      assertEquals(a.rawReverse(e), b.rawReverse(e));
    }
  }

  /** Hub ego networks are built by binary search from the leaves' side: a large star is linear. */
  @Test
  void largeStarIsLinear() {
    SocialGraph g = TieTestGraphs.star(300_000, 300_000);
    DispersionResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Dispersion.compute(g));
    assertEquals(0, r.raw(17));
    assertEquals(0, r.rawReverse(17));
  }
}
