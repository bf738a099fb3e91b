package org.weakties.percolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.BuildOptions;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CsvRows;
import org.weakties.testing.NamedGraphs;

class PercolationTest {
  private static final double TOL = 1e-12;
  private static final PercolationParams DEFAULTS = PercolationParams.defaults();

  private static SocialGraph path(int n, double[] w) {
    int[] s = new int[n - 1];
    int[] t = new int[n - 1];
    for (int i = 0; i < n - 1; i++) {
      s[i] = i;
      t[i] = i + 1;
    }
    return SocialGraph.fromEdgeArrays(n, s, t, w);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFractions());
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFractions(0.1, 1.5));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFractions(0.2, 0.2));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFractions(0.5, 0.1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withFractions(Double.NaN));
    SocialGraph g = path(4, null);
    assertThrows(IllegalArgumentException.class,
        () -> Percolation.byScore(g, "x", new double[] {1, 2}, DEFAULTS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Percolation.byScore(g, "x", new double[] {1, Double.NaN, 2}, DEFAULTS));
    assertTrue(e.getMessage().contains("edge 1"));
    assertThrows(IllegalArgumentException.class,
        () -> Percolation.sweep(g, new int[] {0, 0, 1}, "x", Direction.ASCENDING, DEFAULTS));
    assertThrows(IllegalArgumentException.class, () -> Percolation.byWeight(null, DEFAULTS));
    assertThrows(IllegalArgumentException.class, () -> Percolation.byWeight(g, null));
  }

  @Test
  void paramsCopyTheirGrid() {
    double[] f = {0, 0.5, 1};
    PercolationParams p = DEFAULTS.withFractions(f);
    f[1] = 0.7;
    assertEquals(0.5, p.fractions()[1]);
    p.fractions()[1] = 0.9;
    assertEquals(0.5, p.fractions()[1]);
    assertEquals(101, DEFAULTS.fractions().length);
    assertEquals(0.29, DEFAULTS.fractions()[29]);
  }

  @Test
  void emptyGraph() {
    SocialGraph g = SocialGraph.fromEdgeArrays(0, new int[0], new int[0], null);
    PercolationCurve c = Percolation.byWeight(g, DEFAULTS).curve(Direction.ASCENDING);
    assertTrue(Double.isNaN(c.giantFraction(0)));
    assertTrue(Double.isNaN(c.criticalFraction()));
    assertEquals(-1, c.criticalIndex());
  }

  @Test
  void singleNodeAndNoEdges() {
    SocialGraph one = SocialGraph.fromEdgeArrays(1, new int[0], new int[0], null);
    PercolationCurve c = Percolation.random(one, DEFAULTS).curve(Direction.RANDOM);
    for (int i = 0; i < c.size(); i++) {
      assertEquals(1.0, c.giantFraction(i));
      assertEquals(0.0, c.susceptibility(i));
    }
    assertEquals(0.0, c.criticalFraction());
    SocialGraph three = SocialGraph.fromEdgeArrays(3, new int[0], new int[0], null);
    c = Percolation.byWeight(three, DEFAULTS).curve(Direction.DESCENDING);
    assertEquals(1.0 / 3, c.giantFraction(50), TOL);
    assertEquals(2.0 / 3, c.susceptibility(50), TOL);
  }

  @Test
  void oneEdge() {
    PercolationCurve c = Percolation.byWeight(path(2, null), DEFAULTS).curve(Direction.ASCENDING);
    assertEquals(1.0, c.giantFraction(99));
    assertEquals(0.0, c.susceptibility(99));
    assertEquals(0.5, c.giantFraction(100));
    assertEquals(0.5, c.susceptibility(100));
    assertEquals(1, c.edgesRemoved(100));
    assertEquals(1.0, c.criticalFraction());
  }

  /**
   * Path 0-1-2-3-4 with weights 1, 2, 3, 4 (ascending removes 0-1 first). Ascending, one edge off:
   * {0} + {1..4}: R = 4/5, S = 1/5. Descending, one edge off (3-4): R = 4/5, S = 1/5; two off:
   * {0,1,2}, {3}, {4}: R = 3/5, S = 2/5. Ascending, two off: {0}, {1}, {2,3,4}: R = 3/5, S = 2/5.
   */
  @Test
  void pathByHand() {
    SocialGraph g = path(5, new double[] {1, 2, 3, 4});
    PercolationParams p = DEFAULTS.withFractions(0, 0.25, 0.5, 0.75, 1);
    PercolationResult r = Percolation.byWeight(g, p);
    PercolationCurve up = r.curve(Direction.ASCENDING);
    PercolationCurve down = r.curve(Direction.DESCENDING);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, up.edgesRemoved());
    assertArrayEquals(new double[] {1, 0.8, 0.6, 0.4, 0.2}, up.giantFractions(), TOL);
    assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8}, up.susceptibilities(), TOL);
    assertArrayEquals(new double[] {1, 0.8, 0.6, 0.4, 0.2}, down.giantFractions(), TOL);
    // 3 removed descending: {0,1}, {2}, {3}, {4}: R = 2/5, S = 3/5
    assertEquals(0.6, down.susceptibility(3), TOL);
    assertEquals(1.0, up.criticalFraction());
    assertArrayEquals(new int[] {0, 1, 2, 3}, Percolation.removalOrder(g, weights(g),
        Direction.ASCENDING, p));
    assertArrayEquals(new int[] {3, 2, 1, 0}, Percolation.removalOrder(g, weights(g),
        Direction.DESCENDING, p));
  }

  /** floor(f m) from the decimal form of f: 0.29 of 100 edges is 29 (0.29 * 100 is 28.999... in binary). */
  @Test
  void removedCountsAreExactForDecimalFractions() {
    int m = 100;
    SocialGraph g = path(m + 1, null);
    PercolationCurve c = Percolation.byWeight(g, DEFAULTS).curve(Direction.ASCENDING);
    for (int i = 0; i <= 100; i++) {
      assertEquals(i, c.edgesRemoved(i), "f = " + c.fraction(i));
    }
    SocialGraph g7 = path(8, null);
    PercolationCurve c7 = Percolation.byWeight(g7, DEFAULTS.withFractions(0.1, 0.5, 0.99, 1))
        .curve(Direction.ASCENDING);
    assertArrayEquals(new int[] {0, 3, 6, 7}, c7.edgesRemoved());
  }

  /** Karate club and Les Miserables by weight: NetworkX 2.8.8, components recomputed per step. */
  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis"})
  void namedNetworksMatchNetworkX(String name) {
    SocialGraph g = NamedGraphs.load(name, true);
    PercolationResult r = Percolation.byWeight(g, DEFAULTS);
    int checked = 0;
    for (Map<String, String> row : CsvRows.read("/reference/percolation/percolation_reference.csv")) {
      if (!row.get("network").equals(name)) {
        continue;
      }
      PercolationCurve c = r.curve(row.get("direction").equals("ascending") ? Direction.ASCENDING
          : Direction.DESCENDING);
      int i = (int) Math.round(Double.parseDouble(row.get("fraction_removed")) * 100);
      assertEquals(Integer.parseInt(row.get("edges_removed")), c.edgesRemoved(i));
      assertEquals(Double.parseDouble(row.get("giant_fraction")), c.giantFraction(i), TOL);
      assertEquals(Double.parseDouble(row.get("susceptibility")), c.susceptibility(i), TOL);
      checked++;
    }
    assertEquals(202, checked);
  }

  /** Karate club unweighted: every weight ties, so both directions remove in input order. */
  @Test
  void karateUnweightedTiesKeepInputOrder() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    PercolationResult r = Percolation.byWeight(g, DEFAULTS);
    assertArrayEquals(r.curve(Direction.ASCENDING).giantFractions(),
        r.curve(Direction.DESCENDING).giantFractions());
    int[] expected = g.inputOrder();
    for (int i = 0; i < expected.length; i++) {
      expected[i] = expected[i] < 0 ? ~expected[i] : expected[i];
    }
    assertArrayEquals(expected, Percolation.removalOrder(g, weights(g), Direction.DESCENDING,
        DEFAULTS));
  }

  /** Equal scores keep the input row order in both directions; the random tie-break is seeded. */
  @Test
  void tieBreaks() {
    // input rows (labels): d-e, a-b, c-d, b-c, a-c; scores by row: 2, 1, 2, 1, 2
    SocialGraph g = SocialGraph.builder().addEdge("d", "e", 2).addEdge("a", "b", 1)
        .addEdge("c", "d", 2).addEdge("b", "c", 1).addEdge("a", "c", 2).build();
    int de = g.edgeId(g.id("d"), g.id("e"));
    int ab = g.edgeId(g.id("a"), g.id("b"));
    int cd = g.edgeId(g.id("c"), g.id("d"));
    int bc = g.edgeId(g.id("b"), g.id("c"));
    int ac = g.edgeId(g.id("a"), g.id("c"));
    double[] w = weights(g);
    assertArrayEquals(new int[] {ab, bc, de, cd, ac},
        Percolation.removalOrder(g, w, Direction.ASCENDING, DEFAULTS));
    assertArrayEquals(new int[] {de, cd, ac, ab, bc},
        Percolation.removalOrder(g, w, Direction.DESCENDING, DEFAULTS));
    PercolationParams rnd = DEFAULTS.withTieBreak(TieBreak.RANDOM).withSeed(11);
    int[] a = Percolation.removalOrder(g, w, Direction.ASCENDING, rnd);
    assertArrayEquals(a, Percolation.removalOrder(g, w, Direction.ASCENDING, rnd));
    for (int i = 0; i < a.length - 1; i++) {
      assertTrue(w[a[i]] <= w[a[i + 1]]);
    }
    // over a few seeds the random tie-break must produce an order other than the input order
    boolean differs = false;
    for (long s = 1; s <= 10 && !differs; s++) {
      int[] o = Percolation.removalOrder(g, w, Direction.DESCENDING, rnd.withSeed(s));
      differs = !Arrays.equals(o, new int[] {de, cd, ac, ab, bc});
    }
    assertTrue(differs);
  }

  @Test
  void randomOrderIsASeededPermutation() {
    SocialGraph g = CommunityGraphs.plantedPartition(300, 20, 6, 2, 5);
    int m = g.edgeCount();
    int[] a = Percolation.removalOrder(g, null, Direction.RANDOM, DEFAULTS.withSeed(3));
    int[] b = Percolation.removalOrder(g, null, Direction.RANDOM, DEFAULTS.withSeed(3));
    int[] c = Percolation.removalOrder(g, null, Direction.RANDOM, DEFAULTS.withSeed(4));
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));
    int[] sorted = a.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < m; i++) {
      assertEquals(i, sorted[i]);
    }
    PercolationResult r = Percolation.random(g, DEFAULTS.withSeed(3));
    assertEquals(1, r.curves().size());
    assertEquals("random", r.curves().get(0).order());
    assertArrayEquals(Percolation.sweep(g, a, "random", Direction.RANDOM, DEFAULTS)
        .giantFractions(), r.curve(Direction.RANDOM).giantFractions());
  }

  /** Against sorting with a boxed stable sort and recomputing components after each removal. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void matchesRecomputingComponents(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 5 + rnd.nextInt(60);
    SocialGraph base = NamedGraphs.random(n, (1.0 + rnd.nextInt(4)) / n, 3, seed);
    // rebuild with a shuffled input order so that input order differs from edge-id order
    int m = base.edgeCount();
    int[] s = new int[m];
    int[] t = new int[m];
    double[] w = new double[m];
    int[] perm = Percolation.shuffledEdges(m, seed);
    SocialGraph.EdgeEndpoints ends = base.endpoints();
    for (int i = 0; i < m; i++) {
      int e = perm[i];
      boolean flip = rnd.nextBoolean();
      s[i] = flip ? ends.target()[e] : ends.source()[e];
      t[i] = flip ? ends.source()[e] : ends.target()[e];
      w[i] = base.weight(e);
    }
    SocialGraph g = SocialGraph.fromEdgeArrays(n, s, t, w,
        BuildOptions.defaults().withKeepInputOrder(true));
    double[] score = new double[m];
    for (int e = 0; e < m; e++) {
      score[e] = rnd.nextInt(3); // many ties
    }
    double[] grid = {0, 0.1, 0.25, 0.33, 0.5, 0.7, 0.9, 0.99, 1};
    PercolationParams p = DEFAULTS.withFractions(grid);
    PercolationResult r = Percolation.byScore(g, "score", score, p);
    int[] input = g.inputOrder();
    for (Direction d : List.of(Direction.ASCENDING, Direction.DESCENDING)) {
      List<Integer> order = new ArrayList<>();
      for (int x : input) {
        order.add(x < 0 ? ~x : x);
      }
      Comparator<Integer> byScore = Comparator.comparingDouble(e -> score[e]);
      order.sort(d == Direction.ASCENDING ? byScore : byScore.reversed());
      PercolationCurve c = r.curve(d);
      for (int i = 0; i < grid.length; i++) {
        int k = (int) Math.floor(new java.math.BigDecimal(Double.toString(grid[i]))
            .multiply(java.math.BigDecimal.valueOf(m)).doubleValue());
        assertEquals(k, c.edgesRemoved(i));
        boolean[] removed = new boolean[m];
        for (int j = 0; j < k; j++) {
          removed[order.get(j)] = true;
        }
        int[] sizes = componentSizes(g, removed);
        int giant = Arrays.stream(sizes).max().orElse(0);
        long sq = 0;
        for (int sz : sizes) {
          sq += (long) sz * sz;
        }
        assertEquals((double) giant / n, c.giantFraction(i), TOL, d + " f=" + grid[i]);
        assertEquals((double) (sq - (long) giant * giant) / n, c.susceptibility(i), TOL);
      }
    }
  }

  private static int[] componentSizes(SocialGraph g, boolean[] removed) {
    int n = g.nodeCount();
    boolean[] seen = new boolean[n];
    List<Integer> sizes = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (seen[r]) {
        continue;
      }
      int size = 0;
      ArrayDeque<Integer> q = new ArrayDeque<>();
      q.add(r);
      seen[r] = true;
      while (!q.isEmpty()) {
        int u = q.poll();
        size++;
        for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
          int v = g.arcTarget(a);
          if (!removed[g.arcEdge(a)] && !seen[v]) {
            seen[v] = true;
            q.add(v);
          }
        }
      }
      sizes.add(size);
    }
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Onnela et al.'s finding on a clustered graph whose weights follow overlap (2000 nodes in
   * communities of 40; strong ties inside, weak ties between): removing weak ties first, by weight
   * or by low overlap (computed here), brings R_GC below 0.05 at a smaller removed fraction than
   * removing strong ties first, and the susceptibility peaks earlier.
   */
  @Test
  void weakFirstRemovalBreaksTheNetworkSoonerThanStrongFirst() {
    SocialGraph g = CommunityGraphs.plantedPartition(2000, 40, 10, 3, 2007);
    double[] overlap = overlap(g);
    // every tie between communities has overlap 0: break those ties at random, as in --tie-break random
    PercolationParams randomTies = DEFAULTS.withTieBreak(TieBreak.RANDOM).withSeed(17);
    for (PercolationResult r : List.of(Percolation.byWeight(g, DEFAULTS),
        Percolation.byScore(g, "overlap", overlap, randomTies))) {
      PercolationCurve weak = r.curve(Direction.ASCENDING);
      PercolationCurve strong = r.curve(Direction.DESCENDING);
      double fWeak = weak.fractionWhereGiantBelow(0.05);
      double fStrong = strong.fractionWhereGiantBelow(0.05);
      assertTrue(fWeak < fStrong - 0.2, weak.order() + ": weak-first " + fWeak
          + " vs strong-first " + fStrong);
      assertTrue(weak.criticalFraction() < strong.criticalFraction(), weak.order());
      assertTrue(weak.criticalFraction() < 0.4, weak.order() + " " + weak.criticalFraction());
      assertTrue(weak.giantFraction(10) > 0.9, weak.order()); // still intact at 10%
    }
    PercolationResult random = Percolation.random(g, DEFAULTS.withSeed(5));
    double fRandom = random.curve(Direction.RANDOM).fractionWhereGiantBelow(0.05);
    assertTrue(fRandom > Percolation.byWeight(g, DEFAULTS).curve(Direction.ASCENDING)
        .fractionWhereGiantBelow(0.05));
  }

  /** Onnela's overlap n_ij / ((k_i - 1) + (k_j - 1) - n_ij), 0 when the denominator is 0. */
  static double[] overlap(SocialGraph g) {
    double[] o = new double[g.edgeCount()];
    g.forEachEdge((e, u, v) -> {
      int common = 0;
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        if (g.hasEdge(g.arcTarget(a), v)) {
          common++;
        }
      }
      int den = g.degree(u) - 1 + g.degree(v) - 1 - common;
      o[e] = den == 0 ? 0 : (double) common / den;
    });
    return o;
  }

  @Test
  void tables() {
    SocialGraph g = path(5, new double[] {1, 2, 3, 4});
    PercolationResult r = Percolation.byWeight(g, DEFAULTS.withFractions(0, 0.5, 1));
    ScoreTable t = r.toTable();
    assertEquals(List.of("order", "direction", "fraction_removed", "giant_fraction",
        "susceptibility"), t.columns().stream().map(ScoreTable.Column::name).toList());
    assertEquals(6, t.rowCount());
    assertEquals("weight", t.column("order").textAt(4));
    assertEquals("descending", t.column("direction").textAt(4));
    assertEquals(0.5, t.column("fraction_removed").doubleAt(4));
    assertEquals(0.6, t.column("giant_fraction").doubleAt(4), TOL);
    assertEquals("ascending", t.column("direction").textAt(0));
    ScoreTable crit = r.criticalTable();
    assertEquals(2, crit.rowCount());
    assertEquals(1.0, crit.column("critical_fraction").doubleAt(0));
    assertNotEquals(0.0, crit.column("peak_susceptibility").doubleAt(1));
  }

  private static double[] weights(SocialGraph g) {
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    return w;
  }
}
