package org.weakties.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveParams;
import org.weakties.curve.GroupComparison;
import org.weakties.curve.Observations;
import org.weakties.curve.RegressionFit;
import org.weakties.curve.WaldTest;
import org.weakties.curve.CurveModels;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;

class JobDiffusionTest {
  /** 10,000 people in communities; about 121,000 ties with up to ~35 mutual connections. */
  static final SocialGraph SOCIAL = CommunityGraphs.clustered(10_000, 3, 1, 7);

  static SocialGraph edges(int n, int[][] e) {
    int[] s = new int[e.length];
    int[] t = new int[e.length];
    for (int i = 0; i < e.length; i++) {
      s[i] = e[i][0];
      t[i] = e[i][1];
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  @Test
  void emptyGraphAndOneEdge() {
    DiffusionResult empty = JobDiffusion.simulate(SocialGraph.fromEdgeArrays(0, new int[0],
        new int[0], null));
    assertEquals(0, empty.edgeCount());
    assertEquals(0, empty.toTable().rowCount());
    assertEquals(0.0, empty.jobRate());
    DiffusionResult one = JobDiffusion.simulate(edges(2, new int[][] {{0, 1}}));
    assertEquals(0, one.mutual(0));
    assertEquals(0.0, one.overlap(0));
    assertEquals(0.5, one.intensity(0));
    DiffusionParams p = DiffusionParams.defaults();
    assertEquals(0.2 * 0.5, one.tieStrength(0), 1e-15);
    assertEquals(p.jobProbability(0, 0.5, false), one.jobProbability(0), 1e-15);
  }

  @Test
  void closedFormFamilies() {
    // complete graph K6: every tie has 4 mutual connections and overlap 4 / (4 + 4 - 4) = 1
    int[][] k6 = new int[15][];
    int c = 0;
    for (int u = 0; u < 6; u++) {
      for (int v = u + 1; v < 6; v++) {
        k6[c++] = new int[] {u, v};
      }
    }
    DiffusionResult k = JobDiffusion.simulate(edges(6, k6));
    for (int e = 0; e < 15; e++) {
      assertEquals(4, k.mutual(e));
      assertEquals(1.0, k.overlap(e));
    }
    // path 0-1-2-3, star, cycle C5: no mutual connections
    DiffusionResult path = JobDiffusion.simulate(edges(4, new int[][] {{0, 1}, {1, 2}, {2, 3}}));
    assertArrayEquals(new double[] {0, 0, 0}, path.measure(TieMeasure.MUTUAL));
    // path overlap: middle tie 0 / (1 + 1 - 0) = 0; end ties 0 / (0 + 1) = 0
    assertArrayEquals(new double[] {0, 0, 0}, path.measure(TieMeasure.OVERLAP));
    DiffusionResult star = JobDiffusion.simulate(edges(5, new int[][] {{0, 1}, {0, 2}, {0, 3},
        {0, 4}}));
    assertArrayEquals(new double[] {0, 0, 0, 0}, star.measure(TieMeasure.MUTUAL));
    DiffusionResult cycle = JobDiffusion.simulate(edges(5, new int[][] {{0, 1}, {1, 2}, {2, 3},
        {3, 4}, {4, 0}}));
    assertArrayEquals(new double[] {0, 0, 0, 0, 0}, cycle.measure(TieMeasure.MUTUAL));
    // a triangle with a pendant: tie (0,1) has mutual 1, overlap 1 / (2 + 1 - 1) = 0.5
    DiffusionResult tri = JobDiffusion.simulate(edges(4, new int[][] {{0, 1}, {1, 2}, {0, 2},
        {0, 3}}));
    SocialGraph tg = edges(4, new int[][] {{0, 1}, {1, 2}, {0, 2}, {0, 3}});
    int e01 = tg.edgeId(0, 1);
    assertEquals(1, tri.mutual(e01));
    assertEquals(0.5, tri.overlap(e01), 1e-15);
    assertEquals(0, tri.mutual(tg.edgeId(0, 3)));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void structureMatchesNaiveSetIntersection(long seed) {
    SocialGraph g = NamedGraphs.random(60, 0.15, 5, seed);
    DiffusionResult r = JobDiffusion.simulate(g, DiffusionParams.defaults().withThreads(2));
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    g.forEachEdge((e, u, v) -> {
      Set<Integer> nu = new HashSet<>();
      for (int x : g.neighbors(u).toArray()) {
        nu.add(x);
      }
      int mutual = 0;
      for (int x : g.neighbors(v).toArray()) {
        if (nu.contains(x)) {
          mutual++;
        }
      }
      assertEquals(mutual, r.mutual(e));
      int d = g.degree(u) + g.degree(v) - 2 - mutual;
      assertEquals(d == 0 ? 0 : (double) mutual / d, r.overlap(e), 1e-15);
      // normalised average rank of the weight
      double less = 0;
      double equal = 0;
      for (double x : w) {
        less += x < w[e] ? 1 : 0;
        equal += x == w[e] ? 1 : 0;
      }
      assertEquals((less + (equal - 1) / 2) / (w.length - 1), r.intensity(e), 1e-12);
      assertEquals(0.8 * Math.min(1, mutual / 30.0) + 0.2 * r.intensity(e), r.tieStrength(e),
          1e-15);
    });
  }

  @Test
  void seededAndIndependentOfThreads() {
    DiffusionResult one = JobDiffusion.simulate(SOCIAL, DiffusionParams.defaults().withThreads(1));
    DiffusionResult two = JobDiffusion.simulate(SOCIAL, DiffusionParams.defaults().withThreads(2));
    DiffusionResult other = JobDiffusion.simulate(SOCIAL, DiffusionParams.defaults().withSeed(2));
    assertArrayEquals(one.jobValues(), two.jobValues());
    assertFalse(java.util.Arrays.equals(one.jobValues(), other.jobValues()));
    // the simulated job rate agrees with the model's probabilities (binomial, 5 standard errors)
    double mean = 0;
    double var = 0;
    for (int e = 0; e < one.edgeCount(); e++) {
      mean += one.jobProbability(e);
      var += one.jobProbability(e) * (1 - one.jobProbability(e));
    }
    int m = one.edgeCount();
    assertEquals(mean / m, one.jobRate(), 5 * Math.sqrt(var) / m);
  }

  @Test
  void theoreticalPeaks() {
    assertEquals(10, DiffusionParams.defaults().theoreticalPeak(0.5));
    // without redundancy the probability keeps rising until tie strength saturates
    assertEquals(30, DiffusionParams.noRedundancy().theoreticalPeak(0.5));
    DiffusionParams p = DiffusionParams.noRedundancy();
    for (int m = 0; m < 30; m++) {
      assertTrue(p.jobProbability(m + 1, 0.5, false) > p.jobProbability(m, 0.5, false));
    }
  }

  /** The acceptance test: an interior turning point that the U tests confirm. */
  @Test
  void defaultScenarioYieldsAnInvertedU() {
    DiffusionResult r = JobDiffusion.simulate(SOCIAL);
    CurveAnalysisResult a = CurveAnalysis.compute(r.observations(TieMeasure.MUTUAL),
        CurveParams.defaults().withBootstrapDraws(199));
    assertTrue(a.turningPoint().insideDataRange(), a.turningPoint().toString());
    assertTrue(a.turningPoint().bootstrapLower() > 5 && a.turningPoint().bootstrapUpper() < 20,
        a.turningPoint().toString());
    assertTrue(a.lindMehlum().rejects(0.05), a.lindMehlum().toString());
    assertTrue(a.twoLines().orElseThrow().uShapeSignificant(), a.twoLines().toString());
    // the logistic fit agrees on the shape
    assertTrue(a.logistic().orElseThrow().lindMehlum().rejects(0.05));
  }

  /** Without redundancy the curve is monotone: neither U test may reject. */
  @Test
  void noRedundancyScenarioIsMonotone() {
    DiffusionResult r = JobDiffusion.simulate(SOCIAL, DiffusionParams.noRedundancy());
    CurveAnalysisResult a = CurveAnalysis.compute(r.observations(TieMeasure.MUTUAL),
        CurveParams.defaults().withBootstrapDraws(0));
    assertFalse(a.lindMehlum().rejects(0.05), a.lindMehlum().toString());
    assertFalse(a.twoLines().orElseThrow().uShapeSignificant(), a.twoLines().toString());
    assertTrue(a.linear().coefficient("x") > 0);
  }

  @Test
  void digitalBoostMakesWeakTiesMoreUsefulInDigitalIndustries() {
    DiffusionResult r = JobDiffusion.simulate(SOCIAL,
        DiffusionParams.noRedundancy().withDigitalWeakTieBoost(0.3));
    Observations o = r.observationBuilder(TieMeasure.TIE_STRENGTH)
        .group("digital", r.digitalLabels()).build();
    RegressionFit dig = CurveModels.linear(o.subset("digital"),
        org.weakties.curve.Covariance.hc1());
    RegressionFit non = CurveModels.linear(o.subset("non-digital"),
        org.weakties.curve.Covariance.hc1());
    // weak ties help relatively more in digital industries: a flatter slope in tie strength
    assertTrue(dig.coefficient("x") < non.coefficient("x"));
    WaldTest w = GroupComparison.equalCoefficients(List.of(non, dig), "x");
    assertTrue(w.pValue() < 0.05, w.toString());
    double share = 0;
    for (int e = 0; e < r.edgeCount(); e++) {
      share += r.digital(e) ? 1 : 0;
    }
    assertEquals(0.25, share / r.edgeCount(), 0.03);
  }

  @Test
  void attributesAreUsedWhenPresentAndTheTableHasTheCommandColumns() {
    SocialGraph g = SocialGraph.builder().addEdge("ann", "bob").addEdge("bob", "cid")
        .addEdge("ann", "cid").addEdge("cid", "dan")
        .nodeAttribute("ann", "industry", "software").nodeAttribute("ann", "digital", "yes")
        .nodeAttribute("ann", "arm", "B").nodeAttribute("bob", "industry", "retail")
        .nodeAttribute("bob", "digital", "0").build();
    DiffusionResult r = JobDiffusion.simulate(g, DiffusionParams.defaults().withArms(4));
    ScoreTable t = r.toTable(g.index());
    assertEquals(List.of("source", "target", "mutual", "overlap", "intensity", "tie_strength",
        "job", "arm", "industry", "digital"), t.columns().stream().map(ScoreTable.Column::name)
        .toList());
    int e = g.edgeId(g.id("ann"), g.id("bob"));
    assertEquals("ann", t.column("source").textAt(e));
    assertEquals("bob", t.column("target").textAt(e));
    assertEquals("software", t.column("industry").textAt(e));
    assertTrue(t.column("digital").booleanAt(e));
    assertEquals("B", t.column("arm").textAt(e));
    assertEquals(1, t.column("mutual").longAt(e));
    int cd = g.edgeId(g.id("cid"), g.id("dan"));
    assertTrue(t.column("industry").textAt(cd).startsWith("sector-"));
    long job = t.column("job").longAt(cd);
    assertTrue(job == 0 || job == 1);
    SocialGraph bad = SocialGraph.builder().addEdge("a", "b").nodeAttribute("a", "digital", "maybe")
        .build();
    assertThrows(IllegalArgumentException.class, () -> JobDiffusion.simulate(bad));
  }

  @Test
  void badParametersAreRejected() {
    DiffusionParams d = DiffusionParams.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withRedundancy(1.0));
    assertThrows(IllegalArgumentException.class, () -> d.withPass(0.5, 0.4));
    assertThrows(IllegalArgumentException.class, () -> d.withOpeningRate(0));
    assertThrows(IllegalArgumentException.class, () -> d.withTakeRate(1.5));
    assertThrows(IllegalArgumentException.class, () -> d.withArms(0));
    assertThrows(IllegalArgumentException.class, () -> d.withThreads(-1));
    assertThrows(IllegalArgumentException.class, () -> d.withMutualScale(0));
  }
}
