package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.generate.GeneratorAssertions.assertSameGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;

class SocialNetworkGeneratorTest {
  private static final long DAY = 86_400L;
  private static SocialGraph big;
  private static double[] overlap;
  private static double[] weight;

  @BeforeAll
  static void generateOnce() {
    big = SocialNetworkGenerator.generate(20_000, 42);
    overlap = GraphStats.overlap(big);
    weight = GraphStats.weights(big);
  }

  // ------------------------------------------------------------------ the benchmark shape

  @Test
  void meanDegreeNearTwenty() {
    double k = GraphStats.meanDegree(big);
    assertTrue(k >= 16 && k <= 24, "mean degree " + k);
    assertEquals(20_000, big.nodeCount());
  }

  @Test
  void averageClusteringBetweenPointTwoAndPointFour() {
    double c = GraphStats.averageClustering(big);
    assertTrue(c >= 0.2 && c <= 0.4, "average clustering " + c);
  }

  @Test
  void communitySizesBetween50And500() {
    Map<String, Integer> sizes = GraphStats.groupSizes(big, "community");
    assertTrue(sizes.size() >= 40, "communities " + sizes.size());
    for (Map.Entry<String, Integer> en : sizes.entrySet()) {
      assertTrue(en.getValue() >= 50 && en.getValue() <= 500, en.toString());
    }
    // most ties lie inside communities
    NodeAttributes a = big.nodeAttributes();
    long[] inside = new long[1];
    big.forEachEdge((e, u, v) -> {
      if (a.get(u, "community").equals(a.get(v, "community"))) {
        inside[0]++;
      }
    });
    double share = (double) inside[0] / big.edgeCount();
    assertTrue(share > 0.6 && share < 0.9, "share of ties inside communities " + share);
  }

  /** Heavy tail: the discrete MLE exponent above the KS-optimal kmin (at least 500 values). */
  @Test
  void degreeTailExponentBetweenTwoAndThreeAndAHalf() {
    GraphStats.PowerLawFit fit = GraphStats.powerLawTail(GraphStats.degrees(big), 500);
    assertTrue(fit.alpha() >= 2.0 && fit.alpha() <= 3.5, fit.toString());
    assertTrue(big.maxDegree() >= 200, "max degree " + big.maxDegree());
  }

  /** Granovetter / Onnela: weights rise with the overlap of the two neighbourhoods. */
  @Test
  void weightFollowsOverlap() {
    double rho = GraphStats.spearman(weight, overlap);
    assertTrue(rho >= 0.3, "Spearman(weight, overlap) = " + rho);
    // and local bridges (overlap 0) are weaker on average than well-embedded ties
    double w0 = 0;
    double wHigh = 0;
    int n0 = 0;
    int nHigh = 0;
    for (int e = 0; e < weight.length; e++) {
      if (overlap[e] == 0) {
        w0 += weight[e];
        n0++;
      } else if (overlap[e] >= 0.3) {
        wHigh += weight[e];
        nHigh++;
      }
    }
    assertTrue(n0 > 100 && nHigh > 100, n0 + " bridges, " + nHigh + " embedded");
    assertTrue(wHigh / nHigh > 2 * (w0 / n0), wHigh / nHigh + " vs " + w0 / n0);
  }

  @Test
  void weightsAreHeavyTailed() {
    double max = 0;
    for (double w : weight) {
      assertTrue(w >= 1.0, "weight " + w);
      max = Math.max(max, w);
    }
    assertTrue(max > 100, "largest weight " + max);
  }

  @Test
  void interactionsCountAndFollowWeight() {
    assertTrue(big.hasInteractions());
    double[] c = new double[big.edgeCount()];
    for (int e = 0; e < c.length; e++) {
      c[e] = big.interactions(e);
      assertTrue(c[e] >= 1 && c[e] == Math.rint(c[e]), "interactions " + c[e]);
    }
    double rho = GraphStats.spearman(weight, c);
    assertTrue(rho > 0.5, "Spearman(weight, interactions) = " + rho);
  }

  @Test
  void someTiesDormantMostlyWeakOnes() {
    assertTrue(big.hasLastContact());
    long ref = SocialNetworkParams.DEFAULT_REFERENCE_TIME;
    double median = median(weight);
    int dormantWeak = 0;
    int dormantStrong = 0;
    int weak = 0;
    for (int e = 0; e < big.edgeCount(); e++) {
      long t = big.lastContact(e);
      assertTrue(t <= ref && t >= ref - 36_500 * DAY, "last contact " + t);
      boolean dormant = t < ref - 365 * DAY;
      if (weight[e] < median) {
        weak++;
        dormantWeak += dormant ? 1 : 0;
      } else {
        dormantStrong += dormant ? 1 : 0;
      }
    }
    double all = (double) (dormantWeak + dormantStrong) / big.edgeCount();
    assertTrue(all > 0.005 && all < 0.2, "dormant share " + all);
    assertTrue(dormantWeak > 3 * dormantStrong, dormantWeak + " weak vs " + dormantStrong);
    assertTrue(weak > 0);
  }

  @Test
  void industryFollowsCommunityAndDigitalFollowsIndustry() {
    NodeAttributes a = big.nodeAttributes();
    assertEquals(List.of("community", "industry", "digital"), a.keys());
    Set<String> names = IndustryProfile.defaults().stream().map(IndustryProfile::name)
        .collect(Collectors.toSet());
    Map<String, Map<String, Integer>> byCommunity = new HashMap<>();
    Map<String, int[]> digital = new HashMap<>();
    for (int u = 0; u < big.nodeCount(); u++) {
      String ind = a.get(u, "industry");
      String dig = a.get(u, "digital");
      assertTrue(names.contains(ind), ind);
      assertTrue(dig.equals("true") || dig.equals("false"), dig);
      byCommunity.computeIfAbsent(a.get(u, "community"), k -> new HashMap<>())
          .merge(ind, 1, Integer::sum);
      int[] d = digital.computeIfAbsent(ind, k -> new int[2]);
      d[0]++;
      d[1] += dig.equals("true") ? 1 : 0;
    }
    // with homophily 0.7 about 0.7 + 0.3 * share of each community works in its main industry
    long modal = byCommunity.values().stream()
        .mapToLong(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
    double share = (double) modal / big.nodeCount();
    assertTrue(share > 0.65 && share < 0.85, "share in the community's main industry " + share);
    for (IndustryProfile p : IndustryProfile.defaults()) {
      int[] d = digital.get(p.name());
      assertTrue(d != null && d[0] > 100, p.name());
      double rate = (double) d[1] / d[0];
      double sd = Math.sqrt(p.digitalProbability() * (1 - p.digitalProbability()) / d[0]);
      assertEquals(p.digitalProbability(), rate, 5 * sd + 0.01, p.name());
    }
  }

  // ------------------------------------------------------------------ reproducibility

  @Test
  void sameGraphForAnyThreadCount() {
    SocialNetworkParams p = SocialNetworkParams.defaults().withNodes(5000).withSeed(3);
    SocialGraph one = SocialNetworkGenerator.generate(p.withThreads(1));
    assertSameGraph(one, SocialNetworkGenerator.generate(p.withThreads(2)));
    assertSameGraph(one, SocialNetworkGenerator.generate(p.withThreads(4)));
    SocialGraph other = SocialNetworkGenerator.generate(p.withSeed(4));
    assertTrue(GeneratorAssertions.differ(one, other));
    assertTrue(!one.nodeAttributes().equals(other.nodeAttributes()));
  }

  /** The reference time only shifts the last contacts: the clock is never read. */
  @Test
  void referenceTimeShiftsLastContactsExactly() {
    SocialNetworkParams p = SocialNetworkParams.defaults().withNodes(2000).withSeed(5);
    SocialGraph a = SocialNetworkGenerator.generate(p);
    SocialGraph b = SocialNetworkGenerator.generate(p.withReferenceTime(1_000_000_000L));
    assertTrue(a.sameStructure(b));
    long delta = p.referenceTime() - 1_000_000_000L;
    for (int e = 0; e < a.edgeCount(); e++) {
      assertEquals(a.lastContact(e) - delta, b.lastContact(e));
    }
  }

  @Test
  void idsAreShuffledUnlessAskedNotTo() {
    SocialNetworkParams p = SocialNetworkParams.defaults().withNodes(3000).withSeed(6);
    SocialGraph plain = SocialNetworkGenerator.generate(p.withPermuteIds(false));
    SocialGraph shuffled = SocialNetworkGenerator.generate(p);
    int breaks = 0;
    for (int u = 1; u < 3000; u++) {
      int a = Integer.parseInt(plain.nodeAttributes().get(u - 1, "community"));
      int b = Integer.parseInt(plain.nodeAttributes().get(u, "community"));
      assertTrue(b == a || b == a + 1, "community order at " + u);
      String x = shuffled.nodeAttributes().get(u - 1, "community");
      breaks += x.equals(shuffled.nodeAttributes().get(u, "community")) ? 0 : 1;
    }
    assertTrue(breaks > 2000, "shuffled ids: " + breaks + " community changes");
    // the same graph up to the permutation: equal degree multisets and edge counts
    assertEquals(plain.edgeCount(), shuffled.edgeCount());
    int[] da = GraphStats.degrees(plain);
    int[] db = GraphStats.degrees(shuffled);
    java.util.Arrays.sort(da);
    java.util.Arrays.sort(db);
    assertEquals(java.util.Arrays.toString(da), java.util.Arrays.toString(db));
  }

  // ------------------------------------------------------------------ small and odd inputs

  @Test
  void emptyOneAndTinyGraphs() {
    SocialGraph g = SocialNetworkGenerator.generate(0, 1);
    assertEquals(0, g.nodeCount());
    assertEquals(0, g.edgeCount());
    g = SocialNetworkGenerator.generate(1, 1);
    assertEquals(1, g.nodeCount());
    assertEquals(0, g.edgeCount());
    assertEquals("0", g.nodeAttributes().get(0, "community"));
    g = SocialNetworkGenerator.generate(2, 1);
    assertEquals(1, g.edgeCount());
    // below the smallest community size: one community, all ties inside, degrees capped at n - 1
    g = SocialNetworkGenerator.generate(30, 1);
    assertEquals(1, GraphStats.groupSizes(g, "community").size());
    assertTrue(g.edgeCount() > 100, "edges " + g.edgeCount());
    assertTrue(g.maxDegree() <= 29);
    GeneratorAssertions.assertIdentityLabels(g);
  }

  /** Between one and two minimum sizes, and just above the maximum: sizes stay in range. */
  @ParameterizedTest
  @ValueSource(ints = {50, 51, 99, 100, 101, 499, 500, 501, 549, 550, 1000, 1234})
  void communitySizesAlwaysInRange(int n) {
    SocialGraph g = SocialNetworkGenerator.generate(n, n);
    for (int s : GraphStats.groupSizes(g, "community").values()) {
      assertTrue(s >= 50 && s <= 500, n + ": size " + s);
    }
  }

  /**
   * Invariants over random parameter sets (seeded): sizes in range, weights at least 1,
   * interactions at least 1 and whole, last contacts in the allowed window, attributes complete,
   * realised mean degree close to the target for large enough graphs, same graph on 1 and 2
   * threads.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void invariantsOverRandomParameters(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int min = 5 + r.nextInt(60);
    int max = 2 * min + r.nextInt(300);
    double k = 2 + r.nextDouble() * 25;
    SocialNetworkParams p = SocialNetworkParams.defaults()
        .withNodes(r.nextInt(4000))
        .withSeed(r.nextLong())
        .withMeanDegree(k)
        .withDegreeExponent(2.1 + r.nextDouble())
        .withMaxDegree((int) k * 5 + r.nextInt(300))
        .withMinCommunitySize(min)
        .withMaxCommunitySize(max)
        .withCommunitySizeExponent(r.nextDouble() * 3)
        .withMixing(r.nextDouble() * 0.6)
        .withClosure(r.nextDouble())
        .withOverlapCoupling(r.nextDouble() * 10)
        .withWeightTailExponent(1 + r.nextDouble() * 3)
        .withMeanDaysSinceContact(10 + r.nextDouble() * 500)
        .withIndustryHomophily(r.nextDouble())
        .withPermuteIds(r.nextBoolean())
        .withThreads(1);
    SocialGraph g = SocialNetworkGenerator.generate(p);
    assertSameGraph(g, SocialNetworkGenerator.generate(p.withThreads(2)));
    int n = p.nodes();
    assertEquals(n, g.nodeCount());
    Map<String, Integer> sizes = GraphStats.groupSizes(g, "community");
    for (int s : sizes.values()) {
      assertTrue(n < min ? s == n : s >= min && s <= max, p + ": size " + s);
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      assertTrue(g.weight(e) >= 1.0);
      double c = g.interactions(e);
      assertTrue(c >= 1 && c == Math.rint(c));
      long t = g.lastContact(e);
      assertTrue(t <= p.referenceTime() && t >= p.referenceTime() - 36_500 * DAY);
    }
    for (int u = 0; u < n; u++) {
      assertTrue(g.nodeAttributes().get(u, "industry") != null);
      assertTrue(g.nodeAttributes().get(u, "digital") != null);
    }
    if (n >= 2000 && p.maxDegree() < n / 4) {
      double mean = GraphStats.meanDegree(g);
      assertEquals(k, mean, 0.2 * k + 0.5, p.toString());
    }
  }

  @Test
  void progressAndCancellation() {
    List<String> steps = new java.util.ArrayList<>();
    ProgressListener pl = new ProgressListener() {
      @Override
      public synchronized void start(String step, long totalWork) {
        steps.add(step);
      }

      @Override
      public void advance(long work) {}

      @Override
      public void finish() {}
    };
    SocialNetworkGenerator.generate(SocialNetworkParams.defaults().withNodes(1000), pl,
        CancellationToken.NONE);
    assertEquals(List.of("ties between communities", "ties inside communities",
        "tie attributes between communities", "build graph"), steps);
    CancellationToken t = CancellationToken.create();
    t.cancel();
    assertThrows(CancelledException.class, () -> SocialNetworkGenerator.generate(
        SocialNetworkParams.defaults().withNodes(1000), ProgressListener.NONE, t));
  }

  @Test
  void rejectsBadParameters() {
    SocialNetworkParams d = SocialNetworkParams.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withNodes(-1));
    assertThrows(IllegalArgumentException.class, () -> d.withMeanDegree(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMeanDegree(2000));
    assertThrows(IllegalArgumentException.class, () -> d.withMeanDegree(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> d.withDegreeExponent(1.0));
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
        () -> d.withMeanDegree(3).withDegreeExponent(1.3));
    assertTrue(low.getMessage().contains("is below"), low.getMessage());
    assertThrows(IllegalArgumentException.class, () -> d.withMaxDegree(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMinCommunitySize(1));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxCommunitySize(98));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxCommunitySize(20_000));
    assertThrows(IllegalArgumentException.class, () -> d.withMixing(1.5));
    assertThrows(IllegalArgumentException.class, () -> d.withClosure(-0.1));
    assertThrows(IllegalArgumentException.class, () -> d.withOverlapCoupling(-1));
    assertThrows(IllegalArgumentException.class, () -> d.withWeightTailExponent(0));
    assertThrows(IllegalArgumentException.class, () -> d.withInteractionsPerWeight(0));
    assertThrows(IllegalArgumentException.class, () -> d.withReferenceTime(-5));
    assertThrows(IllegalArgumentException.class, () -> d.withMeanDaysSinceContact(0));
    assertThrows(IllegalArgumentException.class, () -> d.withIndustryHomophily(2));
    assertThrows(IllegalArgumentException.class, () -> d.withIndustries(List.of()));
    assertThrows(IllegalArgumentException.class, () -> d.withIndustries(List.of(
        new IndustryProfile("a", 1, 0.5), new IndustryProfile("a", 2, 0.5))));
    assertThrows(IllegalArgumentException.class, () -> d.withThreads(-1));
    assertThrows(IllegalArgumentException.class, () -> new IndustryProfile("a,b", 1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new IndustryProfile("a", 0, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new IndustryProfile("a", 1, 1.5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> d.withNodes(200_000_000));
    assertTrue(e.getMessage().contains("fit a Java array"), e.getMessage());
  }

  @Test
  void customIndustries() {
    SocialNetworkParams p = SocialNetworkParams.defaults().withNodes(500)
        .withIndustries(List.of(new IndustryProfile("farming", 1, 0.0),
            new IndustryProfile("hacking", 1, 1.0)));
    SocialGraph g = SocialNetworkGenerator.generate(p);
    for (int u = 0; u < g.nodeCount(); u++) {
      String ind = g.nodeAttributes().get(u, "industry");
      assertEquals(ind.equals("hacking") ? "true" : "false", g.nodeAttributes().get(u, "digital"));
    }
  }

  @Test
  void defaultsDocumented() {
    SocialNetworkParams p = SocialNetworkParams.defaults();
    assertEquals(100_000, p.nodes());
    assertEquals(20.0, p.meanDegree());
    assertEquals(2.5, p.degreeExponent());
    assertEquals(50, p.minCommunitySize());
    assertEquals(500, p.maxCommunitySize());
    assertEquals(IndustryProfile.defaults(), p.industries());
    assertEquals(p, p.withThreads(0));
  }

  private static double median(double[] x) {
    double[] c = x.clone();
    java.util.Arrays.sort(c);
    return c[c.length / 2];
  }
}
