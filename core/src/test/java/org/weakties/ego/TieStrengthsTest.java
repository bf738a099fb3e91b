package org.weakties.ego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.SocialGraph;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.TieClassification;

/** Tie strength against a sample of edges, for graphs larger than the strength sample. */
class TieStrengthsTest {

  private static SocialGraph graph(long seed) {
    int n = 400;
    return CareerReportPropertyTest.randomGraph(n, 0.03, seed,
        CareerReportPropertyTest.identity(n));
  }

  @Test
  void arcOwnersAndSampledEdges() {
    SocialGraph g = graph(1);
    for (int u = 0; u < g.nodeCount(); u++) {
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        assertEquals(u, TieStrengths.ownerOf(g, a));
      }
    }
    int[][] s = TieStrengths.sampleEdges(g, 500, 7);
    int[] e = s[0];
    assertTrue(e.length > 450 && e.length <= 500, "sample size " + e.length);
    for (int i = 0; i < e.length; i++) {
      assertTrue(i == 0 || e[i] > e[i - 1], "sorted and distinct");
      assertEquals(e[i], g.edgeId(s[1][i], s[2][i]));
    }
    assertTrue(Arrays.equals(e, TieStrengths.sampleEdges(g, 500, 7)[0]), "seeded");
    assertFalse(Arrays.equals(e, TieStrengths.sampleEdges(g, 500, 8)[0]));
  }

  /**
   * A sampled edge gets exactly the composite the library gives it within the sample; an edge outside
   * the sample the composite it would get with the sample plus itself.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void percentilesAreThoseOfTheSamplePopulation(long seed) {
    SocialGraph g = graph(seed);
    int size = g.edgeCount() / 3;
    CareerReportParams p = CareerReportParams.defaults().withStrengthSample(size).withSeed(seed);
    long asOf = CareerReport.resolveAsOf(g, p.asOf());
    TieStrengths ts = TieStrengths.compute(g, p, asOf);
    assertFalse(ts.exact());
    int[][] s = TieStrengths.sampleEdges(g, size, seed);
    assertEquals(s[0].length, ts.population());
    CompositeTieStrengthResult within = combine(g, s[0], s[1], s[2], asOf, p);
    for (int i = 0; i < s[0].length; i++) {
      int cn = NaiveEgo.mutual(g, s[1][i], s[2][i]);
      assertEquals(within.strength(i), ts.strength(s[0][i], s[1][i], s[2][i], cn), 0.0);
    }
    assertEquals(TieClassification.byMedian(within.strengths()).threshold(), ts.threshold(), 0.0);
    // three edges outside the sample
    int checked = 0;
    for (int e = 0; e < g.edgeCount() && checked < 3; e++) {
      if (Arrays.binarySearch(s[0], e) >= 0) {
        continue;
      }
      int[] uv = endpoints(g, e);
      int[] e2 = insert(s[0], e);
      int pos = Arrays.binarySearch(e2, e);
      int[] u2 = new int[e2.length];
      int[] v2 = new int[e2.length];
      for (int i = 0; i < e2.length; i++) {
        int[] x = endpoints(g, e2[i]);
        u2[i] = x[0];
        v2[i] = x[1];
      }
      CompositeTieStrengthResult plus = combine(g, e2, u2, v2, asOf, p);
      assertEquals(within.componentNames(), plus.componentNames());
      int cn = NaiveEgo.mutual(g, uv[0], uv[1]);
      assertEquals(plus.strength(pos), ts.strength(e, uv[0], uv[1], cn), 1e-15);
      checked++;
    }
    assertEquals(3, checked);
  }

  @Test
  void sampledReportIsCloseToTheExactOne() {
    SocialGraph g = graph(5);
    int ego = CareerReportPropertyTest.egos(g, 5)[0];
    CareerReportResult exact = CareerReport.compute(g, ego);
    CareerReportResult sampled = CareerReport.compute(g, ego,
        CareerReportParams.defaults().withStrengthSample(g.edgeCount() / 3));
    assertTrue(exact.summary().strengthExact());
    assertFalse(sampled.summary().strengthExact());
    assertTrue(sampled.summary().strengthPopulation() <= g.edgeCount() / 3);
    double worst = 0;
    for (EgoTie t : exact.ties()) {
      EgoTie u = sampled.tie(t.label()).orElseThrow();
      worst = Math.max(worst, Math.abs(t.strength() - u.strength()));
      // everything but strength is unaffected
      assertEquals(t.mutual(), u.mutual());
      assertEquals(t.uniqueReach(), u.uniqueReach());
      assertEquals(t.span(), u.span());
    }
    assertTrue(worst < 0.06, "largest strength difference " + worst);
    assertEquals(exact.settings().strongThreshold(), sampled.settings().strongThreshold(), 0.05);
    assertEquals(exact.summary().constraint(), sampled.summary().constraint(), 0.0);
    // and deterministic
    assertEquals(sampled.toJson(), CareerReport.compute(g, ego, CareerReportParams.defaults()
        .withStrengthSample(g.edgeCount() / 3).withThreads(1)).toJson());
  }

  private static CompositeTieStrengthResult combine(SocialGraph g, int[] e, int[] u, int[] v,
      long asOf, CareerReportParams p) {
    int s = e.length;
    double[] w = new double[s];
    double[] in = new double[s];
    double[] ov = new double[s];
    double[] rec = new double[s];
    double rate = Math.log(2) / p.halfLifeDays();
    for (int i = 0; i < s; i++) {
      w[i] = g.weight(e[i]);
      in[i] = g.interactions(e[i]);
      int cn = NaiveEgo.mutual(g, u[i], v[i]);
      int den = g.degree(u[i]) + g.degree(v[i]) - 2 - cn;
      ov[i] = den > 0 ? (double) cn / den : 0.0;
      long t = g.lastContact(e[i]);
      double days = ((double) asOf - (double) t) / 86_400.0;
      rec[i] = t == SocialGraph.NO_TIME ? Double.NaN : days <= 0 ? 1.0 : Math.exp(-rate * days);
    }
    return CompositeTieStrength.combine(s, new String[] {"weight", "interactions", "overlap",
        "recency"}, new double[][] {w, in, ov, rec}, new double[] {1, 1, 1, 1});
  }

  private static int[] endpoints(SocialGraph g, int e) {
    for (int u = 0; u < g.nodeCount(); u++) {
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        if (g.arcEdge(a) == e) {
          return new int[] {u, g.arcTarget(a)};
        }
      }
    }
    throw new AssertionError("no edge " + e);
  }

  private static int[] insert(int[] sorted, int x) {
    int[] out = Arrays.copyOf(sorted, sorted.length + 1);
    out[sorted.length] = x;
    Arrays.sort(out);
    return out;
  }
}
