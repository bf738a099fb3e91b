package org.weakties.holes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CsvRows;
import org.weakties.testing.NamedGraphs;

class StructuralHolesTest {
  private static final double TOL = 1e-12;
  private static final StructuralHolesParams WEIGHTED = StructuralHolesParams.defaults();
  private static final StructuralHolesParams UNWEIGHTED = WEIGHTED.withWeighted(false);

  private static SocialGraph graph(int n, double[] w, int... uv) {
    int[] s = new int[uv.length / 2];
    int[] t = new int[uv.length / 2];
    for (int i = 0; i < s.length; i++) {
      s[i] = uv[2 * i];
      t[i] = uv[2 * i + 1];
    }
    return SocialGraph.fromEdgeArrays(n, s, t, w);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> StructuralHoles.compute(null));
    SocialGraph g = graph(3, null, 0, 1, 1, 2);
    assertThrows(IllegalArgumentException.class, () -> StructuralHoles.compute(g, null));
    assertThrows(IllegalArgumentException.class, () -> WEIGHTED.withThreads(-1));
    assertThrows(IllegalArgumentException.class, () -> StructuralHoles.localConstraint(g, 0, 0, true));
    assertThrows(IllegalArgumentException.class, () -> StructuralHoles.localConstraint(g, 0, 3, true));
  }

  @Test
  void emptyGraphAndIsolatedNode() {
    assertEquals(0, StructuralHoles.compute(graph(0, null)).nodeCount());
    StructuralHolesResult r = StructuralHoles.compute(graph(1, null));
    assertEquals(0, r.degree(0));
    assertTrue(Double.isNaN(r.effectiveSize(0)));
    assertTrue(Double.isNaN(r.efficiency(0)));
    assertTrue(Double.isNaN(r.constraint(0)));
    assertTrue(Double.isNaN(r.hierarchy(0)));
    assertTrue(Double.isNaN(StructuralHoles.localConstraint(graph(2, null), 0, 1, true)));
  }

  @Test
  void oneEdge() {
    StructuralHolesResult r = StructuralHoles.compute(graph(2, new double[] {3}, 0, 1));
    for (int u = 0; u < 2; u++) {
      assertEquals(1.0, r.effectiveSize(u), TOL);
      assertEquals(1.0, r.efficiency(u), TOL);
      assertEquals(1.0, r.constraint(u), TOL);
      assertEquals(1.0, r.hierarchy(u), TOL);
    }
  }

  /** Star centre with k leaves: ES = k, C = 1/k, H = 0 (constraint spread evenly). */
  @Test
  void star() {
    int k = 4;
    SocialGraph g = graph(5, null, 0, 1, 0, 2, 0, 3, 0, 4);
    StructuralHolesResult r = StructuralHoles.compute(g, UNWEIGHTED);
    assertEquals(k, r.effectiveSize(0), TOL);
    assertEquals(1.0, r.efficiency(0), TOL);
    assertEquals(0.25, r.constraint(0), TOL);
    assertEquals(0.0, r.hierarchy(0), TOL);
    assertEquals(1.0, r.hierarchy(3), TOL);
    assertEquals(1.0 / 16, StructuralHoles.localConstraint(g, 0, 2, false), TOL);
  }

  /** Weighted star with weights 1, 2, 3: p = 1/6, 2/6, 3/6, l = p^2, hierarchy by hand. */
  @Test
  void weightedStarHierarchyByHand() {
    SocialGraph g = graph(4, new double[] {1, 2, 3}, 0, 1, 0, 2, 0, 3);
    StructuralHolesResult r = StructuralHoles.compute(g);
    assertEquals(14.0 / 36, r.constraint(0), TOL);
    double[] rr = {3.0 / 14, 12.0 / 14, 27.0 / 14};
    double h = 0;
    for (double x : rr) {
      h += x * Math.log(x);
    }
    assertEquals(h / (3 * Math.log(3)), r.hierarchy(0), TOL);
    assertEquals(3.0, r.effectiveSize(0), TOL);
    assertArrayEquals(new double[] {1.0 / 36, 4.0 / 36, 9.0 / 36},
        StructuralHoles.localConstraints(g, 0, true), TOL);
  }

  /** Path a-b-c: the middle node has two unconnected contacts: C = 1/2, H = 0, ES = 2. */
  @Test
  void path() {
    StructuralHolesResult r = StructuralHoles.compute(graph(3, null, 0, 1, 1, 2), UNWEIGHTED);
    assertEquals(2.0, r.effectiveSize(1), TOL);
    assertEquals(0.5, r.constraint(1), TOL);
    assertEquals(0.0, r.hierarchy(1), TOL);
    assertEquals(1.0, r.hierarchy(0), TOL);
  }

  /**
   * Triangle 0-1-2 with tail 2-3 (hand computation). Node 2: l(2,0) = l(2,1) = (1/3 + 1/6)^2 = 1/4,
   * l(2,3) = 1/9, C = 11/18, r = 27/22, 27/22, 12/22. Node 0: l(0,1) = (1/2 + 1/6)^2 = 4/9,
   * l(0,2) = (1/2 + 1/4)^2 = 9/16, C = 145/144.
   */
  @Test
  void triangleWithTailByHand() {
    SocialGraph g = graph(4, null, 0, 1, 1, 2, 0, 2, 2, 3);
    StructuralHolesResult r = StructuralHoles.compute(g, UNWEIGHTED);
    assertEquals(11.0 / 18, r.constraint(2), TOL);
    double r1 = 27.0 / 22;
    double r3 = 12.0 / 22;
    assertEquals((2 * r1 * Math.log(r1) + r3 * Math.log(r3)) / (3 * Math.log(3)), r.hierarchy(2),
        TOL);
    assertEquals(7.0 / 3, r.effectiveSize(2), TOL);
    assertEquals(145.0 / 144, r.constraint(0), TOL);
    double a = 128.0 / 145;
    double b = 162.0 / 145;
    assertEquals((a * Math.log(a) + b * Math.log(b)) / (2 * Math.log(2)), r.hierarchy(0), TOL);
    assertEquals(1.0, r.effectiveSize(0), TOL);
    assertEquals(0.25, StructuralHoles.localConstraint(g, 2, 0, false), TOL);
    assertEquals(1.0 / 9, StructuralHoles.localConstraint(g, 2, 3, false), TOL);
    // non-contact: only the indirect term, through 2: (p_02 p_23)^2 = (1/2 * 1/3)^2
    assertEquals(1.0 / 36, StructuralHoles.localConstraint(g, 0, 3, false), TOL);
    // weights all 1: weighted and unweighted agree
    StructuralHolesResult w = StructuralHoles.compute(g, WEIGHTED);
    for (int u = 0; u < 4; u++) {
      assertEquals(r.constraint(u), w.constraint(u), TOL);
      assertEquals(r.effectiveSize(u), w.effectiveSize(u), TOL);
      assertEquals(r.hierarchy(u), w.hierarchy(u), TOL);
    }
  }

  /** K4: ES = 1, C = 75/81 for every node, H = 0. */
  @Test
  void completeGraph() {
    SocialGraph g = graph(4, null, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3);
    StructuralHolesResult r = StructuralHoles.compute(g, UNWEIGHTED);
    for (int u = 0; u < 4; u++) {
      assertEquals(1.0, r.effectiveSize(u), TOL);
      assertEquals(75.0 / 81, r.constraint(u), TOL);
      assertEquals(0.0, r.hierarchy(u), TOL);
    }
  }

  /** Karate club, unweighted: science.md 5.5 (NetworkX and the draft hierarchy). */
  @Test
  void karateUnweighted() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    StructuralHolesResult r = StructuralHoles.compute(g, UNWEIGHTED);
    int n0 = g.id("0");
    int n33 = g.id("33");
    assertEquals(13.75, r.effectiveSize(n0), TOL);
    assertEquals(0.859375, r.efficiency(n0), TOL);
    assertEquals(0.155423, r.constraint(n0), 1e-6);
    assertEquals(0.087545, r.hierarchy(n0), 1e-6);
    assertEquals(15.235294, r.effectiveSize(n33), 1e-6);
    assertEquals(0.156419, r.constraint(n33), 1e-6);
    assertEquals(0.241609, r.hierarchy(n33), 1e-6);
    assertEquals(1.0, r.hierarchy(g.id("11")), TOL);
    checkAgainstReference(g, "karate", false);
  }

  /** Karate club, weighted: ES(0) = 13.775 (NetworkX 2.8.8, j's largest tie), C(0) = 0.190623. */
  @Test
  void karateWeighted() {
    SocialGraph g = NamedGraphs.karate();
    StructuralHolesResult r = StructuralHoles.compute(g);
    assertEquals(13.775, r.effectiveSize(g.id("0")), 1e-12);
    assertEquals(0.8609375, r.efficiency(g.id("0")), 1e-12);
    assertEquals(0.190623, r.constraint(g.id("0")), 1e-6);
    checkAgainstReference(g, "karate", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis", "florentine", "davis_women"})
  void namedNetworksMatchNetworkX(String name) {
    SocialGraph g = NamedGraphs.load(name, true);
    checkAgainstReference(g, name, true);
    checkAgainstReference(g, name, false);
  }

  private static void checkAgainstReference(SocialGraph g, String name, boolean weighted) {
    StructuralHolesResult r = StructuralHoles.compute(g, WEIGHTED.withWeighted(weighted));
    String suffix = weighted ? "" : "_unweighted";
    List<Map<String, String>> rows = CsvRows.read("/reference/holes/" + name + "_nodes.csv");
    assertEquals(g.nodeCount(), rows.size());
    for (Map<String, String> row : rows) {
      int u = g.id(row.get("node"));
      String what = name + " node " + row.get("node") + (weighted ? " weighted" : " unweighted");
      assertEquals(Integer.parseInt(row.get("degree")), r.degree(u), what);
      double es = Double.parseDouble(row.get("effective_size" + suffix));
      assertEquals(es, r.effectiveSize(u), TOL, what);
      assertEquals(es / r.degree(u), r.efficiency(u), TOL, what);
      assertEquals(Double.parseDouble(row.get("constraint" + suffix)), r.constraint(u), TOL, what);
      assertEquals(Double.parseDouble(row.get("constraint_igraph" + suffix)), r.constraint(u), TOL,
          what + " (igraph)");
    }
    for (Map<String, String> row : CsvRows.read("/reference/holes/" + name + "_local.csv")) {
      int u = g.id(row.get("ego"));
      int v = g.id(row.get("alter"));
      assertEquals(Double.parseDouble(row.get("local_constraint" + suffix)),
          StructuralHoles.localConstraint(g, u, v, weighted), TOL, name + " local " + u + "," + v);
    }
  }

  /**
   * Against a literal transcription of the formulas (the NetworkX loops) on random weighted graphs;
   * threads 1 and 2 give the same bits; values within bounds; relabelling nodes permutes the result.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void matchesFormulasOnRandomGraphs(long seed) {
    int n = 5 + (int) (seed * 3 % 30);
    SocialGraph g = NamedGraphs.random(n, 0.15 + 0.05 * (seed % 6), 4, seed);
    for (boolean weighted : new boolean[] {true, false}) {
      StructuralHolesParams p = WEIGHTED.withWeighted(weighted);
      StructuralHolesResult r = StructuralHoles.compute(g, p.withThreads(1));
      StructuralHolesResult r2 = StructuralHoles.compute(g, p.withThreads(2));
      assertArrayEquals(r.constraints(), r2.constraints());
      assertArrayEquals(r.effectiveSizes(), r2.effectiveSizes());
      assertArrayEquals(r.hierarchies(), r2.hierarchies());
      for (int i = 0; i < n; i++) {
        int k = g.degree(i);
        if (k == 0) {
          assertTrue(Double.isNaN(r.constraint(i)));
          continue;
        }
        double es = 0;
        double c = 0;
        double[] l = new double[k];
        int idx = 0;
        for (int a = g.arcStart(i); a < g.arcEnd(i); a++) {
          int j = g.arcTarget(a);
          double red = 0;
          double ind = 0;
          for (int b = g.arcStart(i); b < g.arcEnd(i); b++) {
            int q = g.arcTarget(b);
            red += nmw(g, i, q, weighted, false) * nmw(g, j, q, weighted, true);
            ind += nmw(g, i, q, weighted, false) * nmw(g, q, j, weighted, false);
          }
          es += 1 - red;
          double x = nmw(g, i, j, weighted, false) + ind;
          l[idx++] = x * x;
          c += x * x;
        }
        assertEquals(es, r.effectiveSize(i), 1e-12, "ES node " + i);
        assertEquals(c, r.constraint(i), 1e-12, "C node " + i);
        if (k > 1) {
          double h = 0;
          for (double x : l) {
            h += (x / (c / k)) * Math.log(x / (c / k));
          }
          assertEquals(h / (k * Math.log(k)), r.hierarchy(i), 1e-12, "H node " + i);
        }
        assertTrue(r.hierarchy(i) >= -1e-12 && r.hierarchy(i) <= 1 + 1e-12);
        assertTrue(r.efficiency(i) <= 1 + 1e-12 && r.effectiveSize(i) >= -1e-12);
      }
      checkRelabelling(g, r, p, seed);
    }
  }

  /** NetworkX's normalized_mutual_weight: w(u,v) over the sum (or max) of u's weights; 0 if absent. */
  private static double nmw(SocialGraph g, int u, int v, boolean weighted, boolean max) {
    int e = g.edgeId(u, v);
    if (e < 0) {
      return 0;
    }
    double scale = 0;
    for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
      double w = weighted ? g.weight(g.arcEdge(a)) : 1;
      scale = max ? Math.max(scale, w) : scale + w;
    }
    return (weighted ? g.weight(e) : 1) / scale;
  }

  private static void checkRelabelling(SocialGraph g, StructuralHolesResult r,
      StructuralHolesParams p, long seed) {
    int n = g.nodeCount();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int m = g.edgeCount();
    int[] s = new int[m];
    int[] t = new int[m];
    double[] w = new double[m];
    g.forEachEdge((e, u, v) -> {
      s[e] = perm[u];
      t[e] = perm[v];
      w[e] = g.weight(e);
    });
    StructuralHolesResult q = StructuralHoles.compute(SocialGraph.fromEdgeArrays(n, s, t, w), p);
    for (int u = 0; u < n; u++) {
      assertEquals(r.constraint(u), q.constraint(perm[u]), 1e-12);
      assertEquals(r.effectiveSize(u), q.effectiveSize(perm[u]), 1e-12);
      assertEquals(r.hierarchy(u), q.hierarchy(perm[u]), 1e-12);
    }
  }

  @Test
  void tableAndThreads() {
    SocialGraph g = CommunityGraphs.plantedPartition(2000, 25, 8, 2, 3);
    StructuralHolesResult one = StructuralHoles.compute(g, WEIGHTED.withThreads(1));
    StructuralHolesResult two = StructuralHoles.compute(g, WEIGHTED.withThreads(2));
    assertArrayEquals(one.constraints(), two.constraints());
    assertArrayEquals(one.effectiveSizes(), two.effectiveSizes());
    assertArrayEquals(one.hierarchies(), two.hierarchies());
    ScoreTable t = one.toTable();
    assertEquals(List.of("degree", "effective_size", "efficiency", "constraint", "hierarchy"),
        t.columns().stream().map(ScoreTable.Column::name).toList());
    assertEquals(one.degree(7), t.column("degree").longAt(7));
    assertEquals(one.efficiency(7), t.column("efficiency").doubleAt(7));
    assertEquals(one.hierarchy(7), t.column("hierarchy").doubleAt(7));
  }
}
