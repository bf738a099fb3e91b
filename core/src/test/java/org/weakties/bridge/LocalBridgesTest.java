package org.weakties.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CsvRows;
import org.weakties.testing.NamedGraphs;

class LocalBridgesTest {
  private static final int INF = LocalBridgesResult.INFINITE_SPAN;

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> LocalBridges.compute(null));
    assertThrows(IllegalArgumentException.class,
        () -> LocalBridges.compute(Graphs.path(3), null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalBridgesParams.defaults().withMaxSpan(1));
    assertTrue(e.getMessage().contains("maxSpan"));
    assertThrows(IllegalArgumentException.class,
        () -> LocalBridgesParams.defaults().withThreads(-1));
  }

  @Test
  void emptyGraphAndSingleNode() {
    LocalBridgesResult r = LocalBridges.compute(Graphs.path(0));
    assertEquals(0, r.localBridgeCount());
    assertEquals(0, r.spanDistribution().length);
    r = LocalBridges.compute(Graphs.path(1));
    assertEquals(0, r.localBridgeCount());
    assertEquals(0, r.localBridgesAt(0));
  }

  @Test
  void oneEdgeIsAGlobalBridgeOfInfiniteSpan() {
    LocalBridgesResult r = LocalBridges.compute(Graphs.path(2));
    assertTrue(r.isLocalBridge(0));
    assertTrue(r.isBridge(0));
    assertEquals(INF, r.span(0));
    assertEquals(Double.POSITIVE_INFINITY, r.spanAsDouble(0));
    assertEquals(1, r.bridgeCount());
  }

  @Test
  void cycleEdgesHaveSpanNMinusOne() {
    for (int n = 4; n <= 12; n++) {
      LocalBridgesResult r = LocalBridges.compute(Graphs.cycle(n));
      assertEquals(n, r.localBridgeCount());
      for (int e = 0; e < n; e++) {
        assertEquals(n - 1, r.span(e), "C" + n);
        assertFalse(r.isBridge(e));
      }
      assertEquals(n, r.spanCount(n - 1));
      assertEquals(2, r.localBridgesAt(0));
    }
  }

  @Test
  void triangleAndCompleteGraphsHaveNone() {
    assertEquals(0, LocalBridges.compute(Graphs.cycle(3)).localBridgeCount());
    LocalBridgesResult k6 = LocalBridges.compute(Graphs.complete(6));
    assertEquals(0, k6.localBridgeCount());
    assertEquals(LocalBridgesResult.NO_SPAN, k6.span(0));
    assertTrue(Double.isNaN(k6.spanAsDouble(0)));
  }

  @Test
  void pathAndStarEdgesAreGlobalBridges() {
    LocalBridgesResult path = LocalBridges.compute(Graphs.path(7));
    LocalBridgesResult star = LocalBridges.compute(Graphs.star(7));
    for (int e = 0; e < 6; e++) {
      assertEquals(INF, path.span(e));
      assertEquals(INF, star.span(e));
    }
    assertEquals(6, star.localBridgesAt(0));
    assertEquals(1, star.localBridgesAt(3));
    assertEquals(6, star.bridgeCount());
  }

  @Test
  void capFlagsLongSpans() {
    SocialGraph c9 = Graphs.cycle(9);
    LocalBridgesResult capped = LocalBridges.compute(c9, LocalBridgesParams.defaults().withMaxSpan(7));
    LocalBridgesResult exact = LocalBridges.compute(c9, LocalBridgesParams.defaults().withMaxSpan(8));
    for (int e = 0; e < 9; e++) {
      assertTrue(capped.isOverCap(e));
      assertTrue(capped.isLocalBridge(e));
      assertEquals(LocalBridgesResult.NO_SPAN, capped.span(e));
      assertFalse(exact.isOverCap(e));
      assertEquals(8, exact.span(e));
    }
    assertEquals(9, capped.overCapCount());
    // a cap of 2 skips the searches; global bridges still get infinity
    SocialGraph tail = Graphs.of(5, 0, 1, 1, 2, 2, 3, 3, 0, 3, 4);
    LocalBridgesResult none = LocalBridges.compute(tail, LocalBridgesParams.defaults().withMaxSpan(2));
    assertEquals(INF, none.span(tail.edgeId(3, 4)));
    assertTrue(none.isOverCap(tail.edgeId(0, 1)));
  }

  @Test
  void tableColumns() {
    // square 0-1-2-3 with tail 3-4 and triangle 4-5-6
    SocialGraph g = Graphs.of(7, 0, 1, 1, 2, 2, 3, 3, 0, 3, 4, 4, 5, 5, 6, 4, 6);
    LocalBridgesResult r = LocalBridges.compute(g);
    ScoreTable t = r.toTable();
    assertEquals(List.of("is_bridge", "is_local_bridge", "span", "span_over_cap"),
        t.columns().stream().map(ScoreTable.Column::name).toList());
    assertEquals("3", t.column("span").textAt(g.edgeId(0, 1)));
    assertEquals("inf", t.column("span").textAt(g.edgeId(3, 4)));
    assertNull(t.column("span").textAt(g.edgeId(4, 5)));
    assertTrue(t.column("is_bridge").booleanAt(g.edgeId(3, 4)));
    assertFalse(t.column("is_local_bridge").booleanAt(g.edgeId(5, 6)));
    assertFalse(t.column("span_over_cap").booleanAt(g.edgeId(0, 1)));
    assertEquals(3, r.nodeTable().column("local_bridges").longAt(3));
    assertArrayEquals(new long[] {0, 0, 0, 4}, r.spanDistribution());
    assertArrayEquals(new int[] {2, 2, 2, 3, 1, 0, 0}, r.localBridgesPerNode());
  }

  /** Zachary karate club, weighted: science.md section 10 and NetworkX 2.8.8 local_bridges. */
  @Test
  void karateWeighted() {
    SocialGraph g = NamedGraphs.karate();
    LocalBridgesResult r = LocalBridges.compute(g);
    assertEquals(11, r.localBridgeCount());
    assertEquals(INF, r.span(g.edgeId(g.id("0"), g.id("11"))));
    assertEquals(3, r.span(g.edgeId(g.id("0"), g.id("31"))));
    assertEquals(3, r.span(g.edgeId(g.id("23"), g.id("25"))));
    assertEquals(10, r.spanCount(3));
    assertEquals(1, r.bridgeCount());
  }

  /** Zachary karate club, unweighted: same reference as the weighted graph (spans are hop counts). */
  @Test
  void karateUnweighted() {
    checkAgainstReference(NamedGraphs.karateUnweighted(), "karate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis", "florentine", "davis_women"})
  void namedNetworksMatchNetworkX(String name) {
    checkAgainstReference(NamedGraphs.load(name, true), name);
  }

  private static void checkAgainstReference(SocialGraph g, String name) {
    LocalBridgesResult r = LocalBridges.compute(g);
    List<Map<String, String>> rows = CsvRows.read("/reference/bridge/" + name + "_edges.csv");
    int local = 0;
    for (Map<String, String> row : rows) {
      int e = g.edgeId(g.id(row.get("source")), g.id(row.get("target")));
      String what = name + " edge " + row.get("source") + "-" + row.get("target");
      boolean isLocal = Boolean.parseBoolean(row.get("is_local_bridge").toLowerCase());
      assertEquals(isLocal, r.isLocalBridge(e), what);
      assertEquals(Boolean.parseBoolean(row.get("is_bridge").toLowerCase()), r.isBridge(e), what);
      String span = row.get("span");
      int expected = span.isEmpty() ? LocalBridgesResult.NO_SPAN
          : span.equals("inf") ? INF : Integer.parseInt(span);
      assertEquals(expected, r.span(e), what);
      local += isLocal ? 1 : 0;
    }
    assertEquals(local, r.localBridgeCount());
  }

  /** Local bridge iff no common neighbour; span = plain BFS distance without the edge. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void matchesBruteForceOnRandomGraphs(long seed) {
    int n = 10 + (int) (seed * 7 % 60);
    double p = (1.5 + seed % 5) / n;
    SocialGraph g = NamedGraphs.random(n, p, 1, seed);
    int cap = seed % 3 == 0 ? 4 : LocalBridgesParams.UNLIMITED;
    LocalBridgesResult r = LocalBridges.compute(g, LocalBridgesParams.defaults().withMaxSpan(cap)
        .withThreads(1 + (int) (seed % 2)));
    int[] perNode = new int[n];
    for (int e = 0; e < g.edgeCount(); e++) {
      int u = endpoint(g, e, true);
      int v = endpoint(g, e, false);
      boolean local = !Naive.commonNeighbor(g, u, v);
      assertEquals(local, r.isLocalBridge(e), "edge " + u + "-" + v);
      if (!local) {
        continue;
      }
      perNode[u]++;
      perNode[v]++;
      int d = Naive.distanceWithout(g, u, v, e);
      if (d < 0) {
        assertEquals(INF, r.span(e));
        assertTrue(r.isBridge(e));
      } else if (d > cap) {
        assertTrue(r.isOverCap(e));
        assertEquals(LocalBridgesResult.NO_SPAN, r.span(e));
      } else {
        assertEquals(d, r.span(e), "edge " + u + "-" + v);
        assertTrue(d >= 3);
      }
    }
    assertArrayEquals(perNode, r.localBridgesPerNode());
  }

  /** Same answers with 1 and 2 threads on a clustered graph with many candidate edges. */
  @Test
  void threadCountDoesNotChangeTheResult() {
    SocialGraph g = CommunityGraphs.plantedPartition(3000, 30, 8, 2, 42);
    LocalBridgesResult one = LocalBridges.compute(g, LocalBridgesParams.defaults().withThreads(1));
    LocalBridgesResult two = LocalBridges.compute(g, LocalBridgesParams.defaults().withThreads(2));
    assertTrue(one.localBridgeCount() > 100);
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals(one.span(e), two.span(e));
      assertEquals(one.isBridge(e), two.isBridge(e));
    }
    assertArrayEquals(one.spanDistribution(), two.spanDistribution());
  }

  static int endpoint(SocialGraph g, int e, boolean source) {
    int[] out = new int[1];
    g.forEachEdge((id, u, v) -> {
      if (id == e) {
        out[0] = source ? u : v;
      }
    });
    return out[0];
  }
}
