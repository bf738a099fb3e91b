package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;
import org.weakties.testing.TieTestGraphs;

class CompositeTieStrengthTest {

  @Test
  void combineIsTheWeightedMeanOfRankPercentiles() {
    double[] a = {1, 2, 3, 4};
    double[] b = {40, 30, 20, 10};
    CompositeTieStrengthResult r = CompositeTieStrength.combine(4, new String[] {"a", "b"},
        new double[][] {a, b}, new double[] {3, 1});
    // percentiles a: 0, 1/3, 2/3, 1; b: 1, 2/3, 1/3, 0; weights 0.75, 0.25
    assertEquals(0.25, r.strength(0), 1e-15);
    assertEquals(0.75 / 3 + 0.25 * 2 / 3, r.strength(1), 1e-15);
    assertEquals(0.75, r.strength(3), 1e-15);
    assertEquals(List.of("a", "b"), r.componentNames());
    assertArrayEquals(new double[] {0.75, 0.25}, r.componentWeights(), 1e-15);
    assertEquals(1.0 / 3, r.percentile(0, 1), 1e-15);
    assertEquals(List.of("a_pct", "b_pct"), r.componentTable().columns().stream()
        .map(org.weakties.graph.ScoreTable.Column::name).toList());
    assertEquals("tie_strength", r.toTable().columns().get(0).name());
  }

  @Test
  void unknownValuesAreSkippedPerEdgeAndConstantsDropped() {
    double[] a = {1, Double.NaN, 3};
    double[] c = {5, 5, 5};
    double[] none = {Double.NaN, Double.NaN, Double.NaN};
    CompositeTieStrengthResult r = CompositeTieStrength.combine(3, new String[] {"a", "c", "n"},
        new double[][] {a, c, none}, new double[] {1, 1, 1});
    assertEquals(List.of("a"), r.componentNames());
    assertEquals(0.0, r.strength(0));
    assertTrue(Double.isNaN(r.strength(1)));
    assertEquals(1.0, r.strength(2));
    CompositeTieStrengthResult constant = CompositeTieStrength.combine(3, new String[] {"c"},
        new double[][] {c}, new double[] {1});
    assertEquals(0.5, constant.strength(1));
    assertThrows(IllegalArgumentException.class, () -> CompositeTieStrength.combine(3,
        new String[] {"a"}, new double[][] {a}, new double[] {-1}));
    assertThrows(IllegalArgumentException.class, () -> CompositeTieStrength.combine(4,
        new String[] {"a"}, new double[][] {a}, new double[] {1}));
  }

  @Test
  void granovetterDimensions() {
    double[] time = {10, 1, 5};
    double[] intimacy = {3, 2, 1};
    GranovetterDimensions d = new GranovetterDimensions(time, null, intimacy, null);
    CompositeTieStrengthResult r = CompositeTieStrength.fromDimensions(d);
    assertEquals(List.of("time", "intimacy"), r.componentNames());
    assertEquals(1.0, r.strength(0));
    assertEquals(0.25, r.strength(1), 1e-15);
    assertEquals(0.25, r.strength(2), 1e-15);
    CompositeTieStrengthResult timeOnly = CompositeTieStrength.fromDimensions(d,
        new double[] {1, 0, 0, 0});
    assertEquals(0.5, timeOnly.strength(2));
    assertThrows(IllegalArgumentException.class,
        () -> new GranovetterDimensions(time, new double[2], null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new GranovetterDimensions(null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> CompositeTieStrength.fromDimensions(d, new double[] {1, 1}));
    time[0] = -100; // the record copied its input
    assertEquals(1.0, CompositeTieStrength.fromDimensions(d).strength(0));
  }

  @Test
  void graphSignalsOnKarateWeighted() {
    SocialGraph g = NamedGraphs.karate(); // weighted form: weight and overlap both vary
    CompositeTieStrengthResult r = CompositeTieStrength.compute(g);
    assertEquals(List.of("weight", "overlap"), r.componentNames());
    StructuralTieMeasuresResult s = StructuralTieMeasures.compute(g);
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    double[] pw = RankPercentiles.of(w);
    double[] po = RankPercentiles.of(s.overlapArray());
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals((pw[e] + po[e]) / 2, r.strength(e), 1e-15);
    }
  }

  @Test
  void unweightedGraphUsesStructureOnly() {
    CompositeTieStrengthResult r = CompositeTieStrength.compute(NamedGraphs.karateUnweighted());
    assertEquals(List.of("overlap"), r.componentNames());
    CompositeTieStrengthResult tree = CompositeTieStrength.compute(TieTestGraphs.path(6));
    assertEquals(List.of(), tree.componentNames());
    assertEquals(0.5, tree.strength(2));
  }

  @Test
  void attributesAddInteractionsAndRecency() {
    SocialGraph g = TieTestGraphs.holmeKim(400, 4, 0.5, 2, true);
    CompositeTieStrengthResult r = CompositeTieStrength.compute(g,
        CompositeTieStrengthParams.defaults().withEmbeddedness(2));
    assertEquals(List.of("weight", "interactions", "embeddedness", "overlap", "recency"),
        r.componentNames());
    assertArrayEquals(new double[] {1 / 6.0, 1 / 6.0, 2 / 6.0, 1 / 6.0, 1 / 6.0},
        r.componentWeights(), 1e-15);
    StructuralTieMeasuresResult s = StructuralTieMeasures.compute(g);
    CompositeTieStrengthResult again = CompositeTieStrength.compute(g, s, null,
        CompositeTieStrengthParams.defaults());
    assertEquals(List.of("weight", "interactions", "overlap"), again.componentNames());
    assertThrows(IllegalArgumentException.class, () -> CompositeTieStrength.compute(g, null, null,
        CompositeTieStrengthParams.defaults()));
    assertThrows(IllegalArgumentException.class,
        () -> CompositeTieStrengthParams.defaults().withWeight(0).withInteractions(0)
            .withOverlap(0).withRecency(0));
  }

  /** Property: results lie in [0, 1] and a tie that dominates another in every signal is not weaker. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void boundedAndMonotone(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 300;
    double[][] c = new double[3][m];
    for (double[] col : c) {
      for (int e = 0; e < m; e++) {
        col[e] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextInt(25);
      }
    }
    CompositeTieStrengthResult r = CompositeTieStrength.combine(m, new String[] {"x", "y", "z"}, c,
        new double[] {1, 2, 0.5});
    for (int e = 0; e < m; e++) {
      double s = r.strength(e);
      assertTrue(Double.isNaN(s) || (s >= 0 && s <= 1));
      for (int f = 0; f < m; f++) {
        boolean dominates = true;
        for (double[] col : c) {
          dominates &= !Double.isNaN(col[e]) && !Double.isNaN(col[f]) && col[e] >= col[f];
        }
        if (dominates) {
          assertTrue(r.strength(e) >= r.strength(f));
        }
      }
    }
  }
}
