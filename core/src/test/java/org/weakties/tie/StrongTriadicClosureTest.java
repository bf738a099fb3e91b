package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.ReferenceCsv;
import org.weakties.testing.TieTestGraphs;

class StrongTriadicClosureTest {

  /** The labelling of the reference script, read back per edge. */
  static TieClassification referenceLabels(SocialGraph g, String graph, String resource) {
    boolean[] strong = new boolean[g.edgeCount()];
    for (ReferenceCsv.Row row : ReferenceCsv.read(resource, graph)) {
      strong[EdgeLookup.edge(g, row.get("source"), row.get("target"))] =
          row.get("strong").equals("strong");
    }
    return TieClassification.of(strong);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"karate", "karate_unweighted", "lesmis", "florentine"})
  void matchesReferenceCounts(String graph) {
    SocialGraph g = StructuralTieMeasuresTest.named(graph);
    TieClassification labels = referenceLabels(g, graph, "/reference/tie/tie_edges.csv");
    StrongTriadicClosureResult r = StrongTriadicClosure.check(g, labels);
    long total = 0;
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/tie/tie_nodes.csv", graph)) {
      assertEquals(row.integer("stc_violations"), r.violations(g.id(row.get("node"))),
          graph + " " + row.get("node"));
      total += row.integer("stc_violations");
    }
    assertEquals(total, r.violationCount());
  }

  @Test
  void weightedKarateMedianLabellingViolatesStcAtNodeZero() {
    SocialGraph g = NamedGraphs.karate(); // weighted form
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    TieClassification labels = TieClassification.byMedian(w);
    StrongTriadicClosureResult r = StrongTriadicClosure.check(g, labels);
    assertEquals(20, r.violations(g.id("0")));
    assertFalse(r.satisfied());
  }

  @Test
  void closedForms() {
    SocialGraph star = TieTestGraphs.star(5, 0);
    StrongTriadicClosureResult all = StrongTriadicClosure.check(star,
        TieClassification.all(5, true));
    assertEquals(10, all.violationCount());
    assertEquals(10, all.violations(0));
    assertEquals(5, all.strongDegree(0));
    assertEquals(1, all.violatingNodeCount());
    assertTrue(all.listingComplete());
    assertEquals(new StrongTriadicClosureResult.Wedge(0, 1, 2), all.wedges().get(0));
    assertEquals(new StrongTriadicClosureResult.Wedge(0, 4, 5), all.wedges().get(9));
    assertTrue(StrongTriadicClosure.check(star, TieClassification.all(5, false)).satisfied());
    SocialGraph k5 = TieTestGraphs.complete(5);
    assertTrue(StrongTriadicClosure.check(k5, TieClassification.all(10, true)).satisfied());
    assertTrue(StrongTriadicClosure.check(TieTestGraphs.path(0), TieClassification.all(0, true))
        .satisfied());
  }

  @Test
  void listingLimitAndOrder() {
    SocialGraph g = NamedGraphs.random(60, 0.15, 1, 8);
    StrongTriadicClosureResult r = StrongTriadicClosure.check(g,
        TieClassification.all(g.edgeCount(), true),
        StrongTriadicClosureParams.defaults().withListLimit(25));
    assertEquals(25, r.wedges().size());
    assertFalse(r.listingComplete());
    List<StrongTriadicClosureResult.Wedge> w = r.wedges();
    for (int i = 1; i < w.size(); i++) {
      var a = w.get(i - 1);
      var b = w.get(i);
      assertTrue(a.center() < b.center() || (a.center() == b.center() && (a.first() < b.first()
          || (a.first() == b.first() && a.second() < b.second()))));
    }
    for (var x : w) {
      assertFalse(g.hasEdge(x.first(), x.second()));
      assertTrue(g.hasEdge(x.center(), x.first()) && g.hasEdge(x.center(), x.second()));
    }
    assertThrows(IllegalArgumentException.class,
        () -> StrongTriadicClosureParams.defaults().withListLimit(-1));
    assertThrows(IllegalArgumentException.class,
        () -> StrongTriadicClosure.check(g, TieClassification.all(3, true)));
  }

  @ParameterizedTest(name = "n={0} p={1} seed={2}")
  @CsvSource({"30,0.2,1", "70,0.1,2", "50,0.4,3", "200,0.03,4"})
  void matchesNaiveCount(int n, double p, long seed) {
    SocialGraph g = NamedGraphs.random(n, p, 1, seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    boolean[] strong = new boolean[g.edgeCount()];
    for (int e = 0; e < strong.length; e++) {
      strong[e] = rnd.nextInt(3) != 0;
    }
    StrongTriadicClosureResult r = StrongTriadicClosure.check(g, TieClassification.of(strong),
        StrongTriadicClosureParams.defaults().withListLimit(Integer.MAX_VALUE).withThreads(2));
    List<Set<Integer>> nb = NaiveTies.neighbors(g);
    long total = 0;
    for (int a = 0; a < n; a++) {
      long v = NaiveTies.stcViolations(g, nb, strong, a);
      assertEquals(v, r.violations(a));
      total += v;
    }
    assertEquals(total, r.violationCount());
    assertEquals(total, r.wedges().size());
    assertTrue(r.listingComplete());
    for (var w : r.wedges()) {
      assertTrue(strong[g.edgeId(w.center(), w.first())] && strong[g.edgeId(w.center(),
          w.second())]);
    }
  }

  @Test
  void millionLeafStrongStarCountsByFormula() {
    SocialGraph g = TieTestGraphs.star(1_000_000, 1_000_000);
    StrongTriadicClosureResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> StrongTriadicClosure.check(g, TieClassification.all(g.edgeCount(), true)));
    assertEquals(1_000_000L * 999_999 / 2, r.violationCount());
    assertEquals(StrongTriadicClosureParams.DEFAULT_LIST_LIMIT, r.wedges().size());
  }
}
