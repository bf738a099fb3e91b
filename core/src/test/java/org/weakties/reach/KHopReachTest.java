package org.weakties.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.ReferenceCsv;
import org.weakties.testing.TieTestGraphs;

class KHopReachTest {

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
  void emptyOneNodeAndBadParameters() {
    KHopReachResult e = KHopReach.compute(TieTestGraphs.path(0));
    assertEquals(0, e.nodeCount());
    assertEquals(0, e.neighborhoodFunction(2));
    KHopReachResult one = KHopReach.compute(TieTestGraphs.path(1),
        KHopReachParams.defaults().withMaxDistance(4));
    assertEquals(0, one.fof(0));
    assertEquals(0, one.reach(0, 4));
    assertEquals(1, one.ballSize(0, 3));
    assertThrows(IllegalArgumentException.class, () -> KHopReachParams.defaults().withMaxDistance(1));
    assertThrows(IllegalArgumentException.class, () -> one.reach(0, 5));
    assertThrows(NullPointerException.class, () -> KHopReach.compute(null));
  }

  @Test
  void closedFormFamilies() {
    KHopReachResult path = KHopReach.compute(TieTestGraphs.path(6),
        KHopReachParams.defaults().withMaxDistance(3));
    assertEquals(1, path.fof(0));
    assertEquals(2, path.fof(2));
    assertEquals(3, path.reach(0, 3));
    assertEquals(5, path.reach(2, 3));
    KHopReachResult cycle = KHopReach.compute(TieTestGraphs.cycle(10));
    for (int u = 0; u < 10; u++) {
      assertEquals(2, cycle.fof(u));
      assertEquals(4, cycle.reach2(u));
    }
    KHopReachResult star = KHopReach.compute(TieTestGraphs.star(7, 3));
    assertEquals(7, star.degree(3));
    assertEquals(0, star.fof(3));
    assertEquals(6, star.fof(0));
    assertEquals(7, star.reach2(0));
    KHopReachResult k = KHopReach.compute(TieTestGraphs.complete(8));
    for (int u = 0; u < 8; u++) {
      assertEquals(0, k.fof(u));
      assertEquals(7, k.reach2(u));
    }
  }

  /** igraph 0.10.2 neighborhood_size of order 1, 2, 3 (make_reach_reference.py). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"karate", "karate_unweighted", "lesmis", "florentine"})
  void matchesIgraph(String graph) {
    SocialGraph g = named(graph);
    KHopReachResult two = KHopReach.compute(g);
    KHopReachResult three = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(3));
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/reach/reach_nodes.csv", graph)) {
      int u = g.id(row.get("node"));
      String at = graph + " " + row.get("node");
      assertEquals(row.integer("ball1"), two.ballSize(u, 1), at);
      assertEquals(row.integer("ball2"), two.ballSize(u, 2), at);
      assertEquals(row.integer("fof"), two.fof(u), at);
      assertEquals(row.integer("ball2"), three.ballSize(u, 2), at);
      assertEquals(row.integer("ball3"), three.ballSize(u, 3), at);
    }
  }

  /** igraph neighbourhood function N(0..6) of the unweighted karate club; N(5) = 34^2. */
  @Test
  void karateUnweightedNeighborhoodFunction() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    KHopReachResult r = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(6));
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("/reference/reach/reach_nf.csv",
        "karate_unweighted");
    assertEquals(7, rows.size());
    for (ReferenceCsv.Row row : rows) {
      assertEquals(row.integer("nf"), r.neighborhoodFunction((int) row.integer("t")));
    }
    assertEquals(1156, r.neighborhoodFunction(5));
    assertEquals(9, r.fof(g.id("0")));
    assertEquals(15, r.fof(g.id("11")));
  }

  @Test
  void tableColumnsOnWeightedKarate() {
    SocialGraph g = NamedGraphs.karate(); // weighted form: strength is the sum of weights
    ScoreTable t = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(3)).toTable();
    assertEquals(List.of("degree", "strength", "fof", "reach2", "reach3"),
        t.columns().stream().map(ScoreTable.Column::name).toList());
    int u = g.id("0");
    assertEquals(g.strength(u), t.column("strength").doubleAt(u));
    assertEquals(9, t.column("fof").longAt(u));
    assertEquals(25, t.column("reach2").longAt(u));
  }

  /** Strengths from the edge-order pass equal the graph's arc-order sums bit for bit. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void strengthsAreExactlyTheGraphs(long seed) {
    SocialGraph g0 = NamedGraphs.random(300, 0.05, 1, seed);
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    var ep = g0.endpoints();
    double[] w = new double[g0.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = rnd.nextDouble() * Math.pow(10, rnd.nextInt(-3, 4));
    }
    SocialGraph g = SocialGraph.fromEdgeArrays(300, ep.source(), ep.target(), w);
    KHopReachResult r = KHopReach.compute(g);
    for (int u = 0; u < 300; u++) {
      assertEquals(Double.doubleToRawLongBits(g.strength(u)),
          Double.doubleToRawLongBits(r.strength(u)));
    }
  }

  /** Property: both kernels (bitset for k = 2, BFS for k >= 3) agree with plain BFS distances. */
  @ParameterizedTest(name = "n={0} p={1} seed={2}")
  @CsvSource({"50,0.05,1", "200,0.02,2", "120,0.1,3", "400,0.004,4", "30,0.5,5"})
  void matchesPlainBfs(int n, double p, long seed) {
    SocialGraph g = NamedGraphs.random(n, p, 3, seed);
    KHopReachResult two = KHopReach.compute(g, KHopReachParams.defaults().withThreads(2));
    KHopReachResult four = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(4));
    for (int u = 0; u < n; u++) {
      int[] d = NaiveReach.distances(g, u);
      assertEquals(NaiveReach.reach(d, 1), two.degree(u));
      assertEquals(NaiveReach.reach(d, 2), two.reach2(u));
      for (int k = 1; k <= 4; k++) {
        assertEquals(NaiveReach.reach(d, k), four.reach(u, k));
      }
    }
  }

  /** A large sparse graph exercises the sparse (touched-words) path of the bitset kernel. */
  @Test
  void sparsePathOfTheBitsetKernelAgreesWithBfs() {
    SocialGraph g = TieTestGraphs.holmeKim(60_000, 2, 0.3, 4, false);
    KHopReachResult two = KHopReach.compute(g);
    KHopReachResult three = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(3));
    for (int u = 0; u < g.nodeCount(); u++) {
      assertEquals(three.reach2(u), two.reach2(u));
    }
  }

  @Test
  void tenThousandLeafStar() {
    SocialGraph g = TieTestGraphs.star(10_000, 0);
    KHopReachResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> KHopReach.compute(g));
    assertEquals(0, r.fof(0));
    assertEquals(10_000, r.reach2(0));
    for (int u = 1; u <= 10_000; u += 97) {
      assertEquals(9_999, r.fof(u));
      assertEquals(10_000, r.reach2(u));
    }
    KHopReachResult r3 = KHopReach.compute(g, KHopReachParams.defaults().withMaxDistance(3));
    assertEquals(9_999, r3.fof(5));
  }

  @Test
  void sameCountsForAnyThreadCount() {
    SocialGraph g = TieTestGraphs.holmeKim(5000, 4, 0.5, 6, false);
    KHopReachResult a = KHopReach.compute(g, KHopReachParams.defaults().withThreads(1));
    KHopReachResult b = KHopReach.compute(g, KHopReachParams.defaults().withThreads(4));
    for (int u = 0; u < g.nodeCount(); u++) {
      assertEquals(a.reach2(u), b.reach2(u));
    }
  }
}
