package org.weakties.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The primitive fast path and the CSR layout: sorted lists, edge ids, degrees, memory. */
class FromEdgeArraysTest {

  @Test
  void emptyAndIsolated() {
    SocialGraph g0 = SocialGraph.fromEdgeArrays(0, new int[0], new int[0], null);
    assertEquals(0, g0.nodeCount());
    assertEquals(4, g0.coreMemoryBytes());
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[0], new int[0], null);
    assertEquals(3, g.nodeCount());
    assertEquals(0, g.edgeCount());
    assertEquals(0, g.neighbors(2).size());
    assertEquals(Integer.valueOf(2), g.label(2));
    assertTrue(g.index().isIdentity());
  }

  @Test
  void pathCycleStarComplete() {
    // path 0-1-2-3
    SocialGraph p = SocialGraph.fromEdgeArrays(4, new int[] {0, 1, 2}, new int[] {1, 2, 3}, null);
    assertArrayEquals(new int[] {1, 2, 2, 1}, degrees(p));
    // cycle of 5 given backwards
    SocialGraph c = SocialGraph.fromEdgeArrays(5, new int[] {1, 2, 3, 4, 0},
        new int[] {0, 1, 2, 3, 4}, null);
    assertArrayEquals(new int[] {2, 2, 2, 2, 2}, degrees(c));
    assertArrayEquals(new int[] {1, 4}, c.neighbors(0).toArray());
    assertEquals(0, c.edgeId(0, 1));
    assertEquals(1, c.edgeId(4, 0));
    assertEquals(4, c.edgeId(3, 4));
    // star with centre 3
    SocialGraph s = SocialGraph.fromEdgeArrays(5, new int[] {3, 3, 3, 3}, new int[] {0, 4, 1, 2},
        new double[] {1, 2, 3, 4});
    assertEquals(4, s.degree(3));
    assertEquals(10.0, s.strength(3));
    assertEquals(4, s.maxDegree());
    assertArrayEquals(new int[] {0, 1, 2, 4}, s.neighbors(3).toArray());
    // complete graph K6
    int n = 6;
    List<int[]> e = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < u; v++) {
        e.add(new int[] {u, v});
      }
    }
    int[] src = e.stream().mapToInt(x -> x[0]).toArray();
    int[] dst = e.stream().mapToInt(x -> x[1]).toArray();
    SocialGraph k = SocialGraph.fromEdgeArrays(n, src, dst, null);
    assertEquals(15, k.edgeCount());
    int id = 0;
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        assertEquals(id++, k.edgeId(u, v), "lexicographic edge ids");
      }
    }
  }

  @Test
  void defaultPolicySumsDuplicatesAndRejectsLoops() {
    SocialGraph g = SocialGraph.fromEdgeArrays(2, new int[] {0, 1}, new int[] {1, 0},
        new double[] {1.5, 2});
    assertEquals(1, g.edgeCount());
    assertEquals(3.5, g.weight(0));
    assertThrows(EdgeRejectedException.class,
        () -> SocialGraph.fromEdgeArrays(2, new int[] {1}, new int[] {1}, null));
  }

  @Test
  void optionsCarryAttributesAndOrder() {
    BuildOptions o = BuildOptions.defaults().withDuplicates(DuplicatePolicy.MAX)
        .withSelfLoops(SelfLoopPolicy.IGNORE)
        .withInteractions(new double[] {1, 9, 2, Double.NaN})
        .withLastContact(new long[] {5, 1, SocialGraph.NO_TIME, 3})
        .withKeepInputOrder(true);
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[] {2, 1, 1, 0}, new int[] {1, 1, 2, 2},
        new double[] {1, 1, 4, 1}, o);
    assertEquals(2, g.edgeCount());
    int e12 = g.edgeId(1, 2);
    int e02 = g.edgeId(0, 2);
    assertEquals(4.0, g.weight(e12));
    assertEquals(2.0, g.interactions(e12));
    assertEquals(5L, g.lastContact(e12));
    assertTrue(Double.isNaN(g.interactions(e02)));
    assertEquals(3L, g.lastContact(e02));
    assertArrayEquals(new int[] {~e12, e02}, g.inputOrder());
    assertEquals(24L * 2 + 4 * 4, g.coreMemoryBytes());
    assertEquals(g.coreMemoryBytes() + 16 + 16 + 8, g.memoryBytes());
  }

  @Test
  void badArgumentsHaveClearMessages() {
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> SocialGraph.fromEdgeArrays(2, new int[] {0}, new int[] {2}, null));
    assertTrue(a.getMessage().contains("ids must be in [0, 2)"), a.getMessage());
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
        () -> SocialGraph.fromEdgeArrays(2, new int[] {0}, new int[] {1, 0}, null));
    assertTrue(b.getMessage().contains("differ in length"), b.getMessage());
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> SocialGraph.fromEdgeArrays(-1, new int[0], new int[0], null));
    assertTrue(c.getMessage().contains(">= 0"), c.getMessage());
    assertThrows(NullPointerException.class,
        () -> new BuildOptions(null, SelfLoopPolicy.REJECT, null, null, false));
  }

  @Test
  void neighborsViewIsReadOnlyCopy() {
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[] {0, 0}, new int[] {2, 1}, null);
    Neighbors nb = g.neighbors(0);
    assertEquals(2, nb.size());
    assertEquals(1, nb.get(0));
    assertEquals(2, nb.get(1));
    assertEquals(g.edgeId(0, 1), nb.edge(0));
    int[] a = nb.toArray();
    a[0] = 99;
    assertEquals(1, g.neighbors(0).get(0));
    assertThrows(IndexOutOfBoundsException.class, () -> nb.get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> g.neighbors(3));
    assertThrows(IndexOutOfBoundsException.class, () -> g.edgeId(0, 3));
  }

  @Test
  void millionEdgeBuildIsCompactAndConsistent() {
    int n = 200_000;
    int m = 1_000_000;
    SplittableRandom r = new SplittableRandom(11);
    int[] s = new int[m];
    int[] t = new int[m];
    for (int i = 0; i < m; i++) {
      s[i] = r.nextInt(n);
      int v;
      do {
        v = r.nextInt(n);
      } while (v == s[i]);
      t[i] = v;
    }
    long start = System.nanoTime();
    SocialGraph g = SocialGraph.fromEdgeArrays(n, s, t, null);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 20_000, "1M-edge build took " + ms + " ms");
    assertTrue(g.coreMemoryBytes() <= 24L * g.edgeCount() + 4L * n + 4);
    long degSum = 0;
    for (int u = 0; u < n; u++) {
      degSum += g.degree(u);
      for (int p = g.arcStart(u) + 1; p < g.arcEnd(u); p++) {
        assertTrue(g.arcTarget(p - 1) < g.arcTarget(p));
      }
    }
    assertEquals(2L * g.edgeCount(), degSum);
    double wsum = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      wsum += g.weight(e);
    }
    assertEquals(m, wsum, 0.0, "SUM keeps the total weight of the input");
    for (int i = 0; i < 1000; i++) {
      assertTrue(g.edgeId(s[i], t[i]) >= 0);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void matchesNaiveAdjacencyOnRandomInput(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(60);
    int m = r.nextInt(400);
    int[] s = new int[m];
    int[] t = new int[m];
    double[] w = new double[m];
    TreeMap<Long, Double> naive = new TreeMap<>();
    TreeMap<Long, Integer> firstRow = new TreeMap<>();
    for (int i = 0; i < m; i++) {
      s[i] = r.nextInt(n);
      t[i] = r.nextInt(n);
      w[i] = 1 + r.nextInt(9);
      if (s[i] != t[i]) {
        long key = (long) Math.min(s[i], t[i]) * n + Math.max(s[i], t[i]);
        naive.merge(key, w[i], Math::max);
        firstRow.putIfAbsent(key, i);
      }
    }
    BuildOptions o = BuildOptions.defaults().withDuplicates(DuplicatePolicy.MAX)
        .withSelfLoops(SelfLoopPolicy.IGNORE).withKeepInputOrder(true);
    SocialGraph g = SocialGraph.fromEdgeArrays(n, s, t, w, o);
    assertEquals(naive.size(), g.edgeCount());
    int e = 0;
    for (Map.Entry<Long, Double> en : naive.entrySet()) {
      int u = (int) (en.getKey() / n);
      int v = (int) (en.getKey() % n);
      assertEquals(e, g.edgeId(u, v));
      assertEquals(e, g.edgeId(v, u));
      assertEquals(en.getValue(), g.weight(e));
      e++;
    }
    for (int u = 0; u < n; u++) {
      TreeSet<Integer> nb = new TreeSet<>();
      double str = 0;
      for (Map.Entry<Long, Double> en : naive.entrySet()) {
        int a = (int) (en.getKey() / n);
        int b = (int) (en.getKey() % n);
        if (a == u) {
          nb.add(b);
          str += en.getValue();
        } else if (b == u) {
          nb.add(a);
          str += en.getValue();
        }
      }
      assertArrayEquals(nb.stream().mapToInt(Integer::intValue).toArray(), g.neighbors(u).toArray());
      assertEquals(str, g.strength(u), 1e-12);
      for (int x = 0; x < n; x++) {
        assertEquals(nb.contains(x), g.hasEdge(u, x));
      }
    }
    // input order: edges sorted by first row, orientation of that row
    int[] order = g.inputOrder();
    List<Map.Entry<Long, Integer>> byRow = new ArrayList<>(firstRow.entrySet());
    byRow.sort(Map.Entry.comparingByValue());
    assertEquals(byRow.size(), order.length);
    for (int k = 0; k < order.length; k++) {
      int row = byRow.get(k).getValue();
      int id = g.edgeId(s[row], t[row]);
      assertEquals(s[row] > t[row] ? ~id : id, order[k]);
    }
    // forEachEdge and endpoints agree
    SocialGraph.EdgeEndpoints ep = g.endpoints();
    int[] count = {0};
    g.forEachEdge((id, u, v) -> {
      assertEquals(count[0]++, id);
      assertTrue(u < v);
      assertEquals(u, ep.source()[id]);
      assertEquals(v, ep.target()[id]);
    });
    assertEquals(g.edgeCount(), count[0]);
    assertFalse(g.hasInteractions());
  }

  private static int[] degrees(SocialGraph g) {
    int[] d = new int[g.nodeCount()];
    for (int u = 0; u < d.length; u++) {
      d[u] = g.degree(u);
    }
    return d;
  }
}
