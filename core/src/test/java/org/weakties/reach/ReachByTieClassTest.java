package org.weakties.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.ReferenceCsv;
import org.weakties.testing.TieTestGraphs;
import org.weakties.tie.EdgeLookup;
import org.weakties.tie.TieClassification;

class ReachByTieClassTest {

  static TieClassification referenceLabels(SocialGraph g, String graph) {
    boolean[] strong = new boolean[g.edgeCount()];
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/reach/reach_edges.csv", graph)) {
      strong[EdgeLookup.edge(g, row.get("source"), row.get("target"))] =
          row.get("strong").equals("strong");
    }
    return TieClassification.of(strong);
  }

  /** Counts from neighbour sets in make_reach_reference.py, for its labelling. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"karate", "karate_unweighted", "lesmis", "florentine"})
  void matchesReference(String graph) {
    SocialGraph g = KHopReachTest.named(graph);
    ReachByTieClassResult r = ReachByTieClass.compute(g, referenceLabels(g, graph));
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/reach/reach_nodes.csv", graph)) {
      int u = g.id(row.get("node"));
      String at = graph + " " + row.get("node");
      assertEquals(row.integer("fof"), r.fof(u), at);
      assertEquals(row.integer("weak_only_fof"), r.weakOnlyFof(u), at);
      assertEquals(row.integer("strong_only_fof"), r.strongOnlyFof(u), at);
      assertEquals(row.integer("mixed_fof"), r.mixedFof(u), at);
      assertEquals(row.integer("ball2") - 1, r.reach2(u), at);
    }
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/reach/reach_edges.csv", graph)) {
      int s = g.id(row.get("source"));
      int t = g.id(row.get("target"));
      int e = g.edgeId(s, t);
      String at = graph + " " + row.get("source") + "-" + row.get("target");
      long fromS = row.integer("unique_reach_source");
      long fromT = row.integer("unique_reach_target");
      assertEquals(s < t ? fromS : fromT, r.uniqueReachSource(e), at);
      assertEquals(s < t ? fromT : fromS, r.uniqueReachTarget(e), at);
    }
  }

  @Test
  void karateWeightedMedianLabelling() {
    SocialGraph g = NamedGraphs.karate(); // weighted form, strong iff weight >= median weight
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    ReachByTieClassResult r = ReachByTieClass.compute(g, TieClassification.byMedian(w));
    int u = g.id("0");
    assertEquals(2, r.weakOnlyFof(u));
    assertEquals(3, r.strongOnlyFof(u));
    assertEquals(4, r.mixedFof(u));
  }

  @Test
  void closedForms() {
    // path 0-1-2-3: from 0, node 2 is reached only through 1
    SocialGraph path = TieTestGraphs.path(4);
    ReachByTieClassResult r = ReachByTieClass.compute(path,
        TieClassification.of(new boolean[] {true, false, true}));
    assertEquals(1, r.strongOnlyFof(0));
    assertEquals(0, r.weakOnlyFof(0));
    assertEquals(1, r.weakOnlyFof(2)); // 2 reaches 0 through the weak tie 1-2
    assertEquals(1, r.weakOnlyFof(1)); // 1 reaches 3 through its own weak tie 1-2 (2-3 is strong)
    assertEquals(0, r.strongOnlyFof(1));
    assertEquals(1, r.uniqueReachSource(path.edgeId(0, 1)));
    assertEquals(0, r.uniqueReachTarget(path.edgeId(0, 1))); // from 1, node 0 leads nowhere new
    assertEquals(1, r.uniqueReachSource(path.edgeId(1, 2))); // from 1, node 3 only via 2
    // square 0-1-2-3-0: each node reaches its opposite through two neighbours
    SocialGraph sq = TieTestGraphs.cycle(4);
    ReachByTieClassResult q = ReachByTieClass.compute(sq,
        TieClassification.of(new boolean[] {true, true, false, false}));
    for (int e = 0; e < 4; e++) {
      assertEquals(0, q.uniqueReachSource(e));
      assertEquals(0, q.uniqueReachTarget(e));
    }
    int mixed = 0;
    for (int u = 0; u < 4; u++) {
      assertEquals(1, q.fof(u));
      mixed += q.mixedFof(u);
    }
    assertEquals(2, mixed);
    ReachByTieClassResult empty = ReachByTieClass.compute(TieTestGraphs.path(0),
        TieClassification.all(0, true));
    assertEquals(0, empty.nodeCount());
    assertThrows(IllegalArgumentException.class,
        () -> ReachByTieClass.compute(path, TieClassification.all(2, true)));
  }

  @Test
  void edgeTableOrientedLikeTheInputRows() {
    // path c - a - b given as rows (a, c) and (b, a): ids a=0, c=1, b=2, so (b, a) is reversed
    SocialGraph g = SocialGraph.builder().addEdge("a", "c").addEdge("b", "a").build();
    assertTrue(g.id("b") > g.id("a"));
    ReachByTieClassResult r = ReachByTieClass.compute(g, TieClassification.all(2, true));
    ScoreTable t = r.edgeTable(g.inputOrder());
    int ba = g.edgeId(g.id("b"), g.id("a"));
    // from b (the row's source) the tie to a leads to c; from a it leads nowhere new
    assertEquals(1, t.column("unique_reach_source").longAt(ba));
    assertEquals(0, t.column("unique_reach_target").longAt(ba));
  }

  @Test
  void tablesOnWeightedKarateAllWeak() {
    SocialGraph g = NamedGraphs.karate(); // weighted form, every tie labelled weak
    ReachByTieClassResult r = ReachByTieClass.compute(g, TieClassification.all(g.edgeCount(),
        false));
    assertEquals(List.of("degree", "strength", "fof", "reach2", "weak_only_fof", "strong_only_fof",
        "mixed_fof"), r.toTable().columns().stream().map(ScoreTable.Column::name).toList());
    assertEquals(List.of("unique_reach_source", "unique_reach_target"),
        r.edgeTable().columns().stream().map(ScoreTable.Column::name).toList());
    int u = g.id("0");
    assertEquals(9, r.weakOnlyFof(u));
    assertEquals(9, r.weakOnlyFof(g.index(), "0"));
    assertEquals(0, r.strongOnlyFof(u) + r.mixedFof(u));
    assertEquals(r.totalWeakOnly(), r.totalWeakOnly() + r.totalStrongOnly() + r.totalMixed());
  }

  /** Property: classes and unique reach equal the definitions over explicit path lists. */
  @ParameterizedTest(name = "n={0} p={1} seed={2}")
  @CsvSource({"40,0.1,1", "100,0.05,2", "60,0.2,3", "300,0.01,4"})
  void matchesNaivePaths(int n, double p, long seed) {
    SocialGraph g = NamedGraphs.random(n, p, 1, seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    boolean[] strong = new boolean[g.edgeCount()];
    for (int e = 0; e < strong.length; e++) {
      strong[e] = rnd.nextBoolean();
    }
    ReachByTieClassResult r = ReachByTieClass.compute(g, TieClassification.of(strong),
        ReachByTieClassParams.defaults().withThreads(3));
    KHopReachResult k = KHopReach.compute(g);
    int[][] unique = new int[g.edgeCount()][2];
    for (int u = 0; u < n; u++) {
      int wo = 0;
      int so = 0;
      int mx = 0;
      for (Map.Entry<Integer, List<Integer>> en : NaiveReach.fofPaths(g, u).entrySet()) {
        boolean anyWeak = false;
        boolean anyStrong = false;
        for (int v : en.getValue()) {
          if (strong[g.edgeId(u, v)]) {
            anyStrong = true;
          } else {
            anyWeak = true;
          }
        }
        if (!anyStrong) {
          wo++;
        } else if (!anyWeak) {
          so++;
        } else {
          mx++;
        }
        if (en.getValue().size() == 1) {
          int v = en.getValue().get(0);
          unique[g.edgeId(u, v)][u < v ? 0 : 1]++;
        }
      }
      assertEquals(wo, r.weakOnlyFof(u));
      assertEquals(so, r.strongOnlyFof(u));
      assertEquals(mx, r.mixedFof(u));
      assertEquals(k.fof(u), r.fof(u));
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals(unique[e][0], r.uniqueReachSource(e));
      assertEquals(unique[e][1], r.uniqueReachTarget(e));
    }
  }

  @Test
  void tenThousandLeafStar() {
    SocialGraph g = TieTestGraphs.star(10_000, 10_000);
    boolean[] strong = new boolean[g.edgeCount()];
    for (int e = 0; e < strong.length; e += 2) {
      strong[e] = true;
    }
    ReachByTieClassResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> ReachByTieClass.compute(g, TieClassification.of(strong)));
    for (int leaf = 0; leaf < 10_000; leaf += 101) {
      assertEquals(9_999, r.fof(leaf));
      int e = g.edgeId(leaf, 10_000);
      assertEquals(strong[e] ? 9_999 : 0, r.strongOnlyFof(leaf));
      assertEquals(9_999, r.uniqueReachSource(e)); // the leaf's only route
      assertEquals(0, r.uniqueReachTarget(e));
    }
    assertEquals(0, r.fof(10_000));
  }
}
