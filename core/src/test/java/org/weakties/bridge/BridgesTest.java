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
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CsvRows;
import org.weakties.testing.NamedGraphs;

class BridgesTest {

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Bridges.compute(null));
    assertThrows(IllegalArgumentException.class, () -> Bridges.compute(Graphs.path(2), null));
  }

  @Test
  void emptyAndSingleNode() {
    BridgesResult r = Bridges.compute(Graphs.path(0));
    assertEquals(0, r.bridgeCount());
    assertEquals(0, r.componentCount());
    r = Bridges.compute(Graphs.path(1));
    assertEquals(0, r.bridgeCount());
    assertEquals(0, r.articulationPointCount());
    assertEquals(1, r.componentCount());
  }

  @Test
  void oneEdgeIsABridgeWithoutArticulationPoints() {
    BridgesResult r = Bridges.compute(Graphs.path(2));
    assertTrue(r.isBridge(0));
    assertEquals(0, r.articulationPointCount());
    assertEquals(1, r.componentCount());
  }

  @Test
  void pathStarCycleComplete() {
    BridgesResult path = Bridges.compute(Graphs.path(6));
    assertEquals(5, path.bridgeCount());
    assertArrayEquals(new int[] {1, 2, 3, 4}, path.articulationPoints());
    BridgesResult star = Bridges.compute(Graphs.star(5));
    assertEquals(4, star.bridgeCount());
    assertArrayEquals(new int[] {0}, star.articulationPoints());
    BridgesResult cycle = Bridges.compute(Graphs.cycle(7));
    assertEquals(0, cycle.bridgeCount());
    assertEquals(0, cycle.articulationPointCount());
    BridgesResult k5 = Bridges.compute(Graphs.complete(5));
    assertEquals(0, k5.bridgeCount());
    assertEquals(0, k5.articulationPointCount());
  }

  @Test
  void twoTrianglesJoinedByABridgeAndAnIsolatedNode() {
    // 0-1-2 triangle, 3-4-5 triangle, bridge 2-3, node 6 isolated
    SocialGraph g = Graphs.of(7, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3);
    BridgesResult r = Bridges.compute(g);
    assertArrayEquals(new int[] {g.edgeId(2, 3)}, r.bridges());
    assertArrayEquals(new int[] {2, 3}, r.articulationPoints());
    assertEquals(2, r.componentCount());
    ScoreTable t = r.toTable();
    assertEquals(g.edgeCount(), t.rowCount());
    assertTrue(t.column("is_bridge").booleanAt(g.edgeId(2, 3)));
    assertFalse(t.column("is_bridge").booleanAt(g.edgeId(0, 1)));
    assertTrue(r.nodeTable().column("is_articulation_point").booleanAt(3));
  }

  /** Zachary karate club (weighted; weights play no role): NetworkX 2.8.8 finds bridge (0, 11). */
  @Test
  void karateWeighted() {
    SocialGraph g = NamedGraphs.karate();
    BridgesResult r = Bridges.compute(g);
    assertArrayEquals(new int[] {g.edgeId(g.id("0"), g.id("11"))}, r.bridges());
    assertArrayEquals(new int[] {g.id("0")}, r.articulationPoints());
  }

  /** Zachary karate club, unweighted: same structure, same answer. */
  @Test
  void karateUnweighted() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    assertEquals(1, Bridges.compute(g).bridgeCount());
    checkAgainstReference(g, "karate");
  }

  /** Les Miserables, Florentine families, Davis women: NetworkX 2.8.8 bridges/articulation_points. */
  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis", "florentine", "davis_women"})
  void namedNetworksMatchNetworkX(String name) {
    checkAgainstReference(NamedGraphs.load(name, true), name);
  }

  private static void checkAgainstReference(SocialGraph g, String name) {
    BridgesResult r = Bridges.compute(g);
    List<Map<String, String>> edges = CsvRows.read("/reference/bridge/" + name + "_edges.csv");
    assertEquals(g.edgeCount(), edges.size());
    for (Map<String, String> row : edges) {
      int e = g.edgeId(g.id(row.get("source")), g.id(row.get("target")));
      assertEquals(Boolean.parseBoolean(row.get("is_bridge").toLowerCase()), r.isBridge(e),
          name + " edge " + row.get("source") + "-" + row.get("target"));
    }
    for (Map<String, String> row : CsvRows.read("/reference/bridge/" + name + "_nodes.csv")) {
      assertEquals(Boolean.parseBoolean(row.get("is_articulation").toLowerCase()),
          r.isArticulationPoint(g.id(row.get("node"))), name + " node " + row.get("node"));
    }
  }

  /** A bridge is exactly an edge whose removal adds a component; likewise for articulation points. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void matchesBruteForceOnRandomGraphs(long seed) {
    int n = 8 + (int) (seed * 5 % 40);
    double p = (1.0 + seed % 4) / n;
    SocialGraph g = NamedGraphs.random(n, p, 1, seed);
    BridgesResult r = Bridges.compute(g);
    int base = Naive.components(g, -1, -1);
    assertEquals(base, r.componentCount());
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals(Naive.components(g, e, -1) > base, r.isBridge(e), "edge " + e);
    }
    for (int v = 0; v < n; v++) {
      // removing v removes one node; it is a cut vertex iff the rest has more components than
      // base, not counting v's own component disappearing when v was isolated
      int without = Naive.components(g, -1, v);
      int expected = g.degree(v) == 0 ? base - 1 : base;
      assertEquals(without > expected, r.isArticulationPoint(v), "node " + v);
    }
  }

  /** The DFS keeps its own stack: a long path runs on the default thread stack. */
  @Test
  void longPathNeedsNoRecursion() {
    int n = 2_000_000;
    BridgesResult r = Bridges.compute(Graphs.path(n));
    assertEquals(n - 1, r.bridgeCount());
    assertEquals(n - 2, r.articulationPointCount());
    assertFalse(r.isArticulationPoint(0));
    assertFalse(r.isArticulationPoint(n - 1));
  }

  @Test
  void cancellation() {
    CancellationToken token = CancellationToken.create();
    token.cancel();
    assertThrows(CancelledException.class,
        () -> Bridges.compute(Graphs.path(100_000), BridgesParams.defaults().withToken(token)));
  }
}
