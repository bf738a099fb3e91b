package org.weakties.ego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.SocialGraph;
import org.weakties.graph.SocialGraphBuilder;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesResult;

/**
 * Seeded random graphs (String labels, weights, interaction counts and last-contact times, some
 * unknown) against {@link NaiveEgo}, the whole-graph structural holes, and the invariances of the
 * report: thread count and node numbering.
 */
class CareerReportPropertyTest {
  private static final double TOL = 1e-12;
  private static final long T0 = 1_600_000_000L;

  /**
   * G(n, p) over the labels {@code v0..v(n-1)}, nodes numbered in the order of {@code order} (a
   * permutation of 0..n-1), edges added in a seeded order that does not depend on it.
   */
  static SocialGraph randomGraph(int n, double p, long seed, int[] order) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<long[]> edges = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (rnd.nextDouble() < p) {
          long t = rnd.nextInt(10) == 0 ? SocialGraph.NO_TIME : T0 - rnd.nextInt(1500) * 86_400L;
          edges.add(new long[] {u, v, 1 + rnd.nextInt(5), rnd.nextInt(4) == 0 ? -1
              : rnd.nextInt(50), t});
        }
      }
    }
    SocialGraphBuilder b = SocialGraph.builder();
    for (int i : order) {
      b.addNode("v" + i);
    }
    for (long[] e : edges) {
      b.addEdge("v" + e[0], "v" + e[1], e[2], e[3] < 0 ? Double.NaN : e[3], e[4]);
    }
    return b.build();
  }

  static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  static int[] shuffled(int n, long seed) {
    int[] a = identity(n);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** Three egos per graph: the largest degree, the smallest positive degree, a random node. */
  static int[] egos(SocialGraph g, long seed) {
    int max = 0;
    int min = -1;
    for (int u = 0; u < g.nodeCount(); u++) {
      if (g.degree(u) > g.degree(max)) {
        max = u;
      }
      if (g.degree(u) > 0 && (min < 0 || g.degree(u) < g.degree(min))) {
        min = u;
      }
    }
    return new int[] {max, Math.max(min, 0), new SplittableRandom(seed).nextInt(g.nodeCount())};
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void matchesNaiveComputations(long seed) {
    int n = 40 + (int) (seed * 7);
    SocialGraph g = randomGraph(n, 0.04 + 0.01 * (seed % 4), seed, identity(n));
    StructuralHolesResult holes = StructuralHoles.compute(g);
    for (int ego : egos(g, seed)) {
      CareerReportResult r = CareerReport.compute(g, ego, CareerReportParams.defaults()
          .withMaxSpan(CareerReportParams.UNLIMITED).withTop(1000));
      EgoSummary s = r.summary();
      long latest = SocialGraph.NO_TIME;
      for (int e = 0; e < g.edgeCount(); e++) {
        latest = Math.max(latest, g.lastContact(e));
      }
      assertEquals(latest, s.asOf());
      Set<Integer> nbrs = NaiveEgo.neighbors(g, ego);
      assertEquals(nbrs.size(), r.ties().size());
      Set<String> labels = new HashSet<>();
      for (int v : nbrs) {
        labels.add((String) g.label(v));
      }
      int local = 0;
      for (EgoTie t : r.ties()) {
        assertTrue(labels.contains(t.label()));
        int v = g.id(t.label());
        int mutual = NaiveEgo.mutual(g, ego, v);
        assertEquals(mutual, t.mutual());
        assertEquals(NaiveEgo.uniqueReach(g, ego, v), t.uniqueReach(), t.label());
        assertEquals(mutual == 0, t.localBridge());
        if (mutual == 0) {
          local++;
          int span = NaiveEgo.span(g, ego, v);
          assertEquals(span < 0 ? EgoTie.INFINITE_SPAN : span, t.span(), t.label());
          assertEquals(span < 0, t.bridge());
        }
        int e = g.edgeId(ego, v);
        long time = g.lastContact(e);
        assertEquals(time != SocialGraph.NO_TIME && (s.asOf() - time) / 86_400.0 > 365,
            t.dormant());
        assertEquals(UsefulnessCurve.defaults().value(mutual), t.usefulness(), 0.0);
        assertEquals(t.usefulness() * (1 + t.uniqueReach()), t.reconnectScore(), TOL);
      }
      assertEquals(local, s.localBridges());
      assertEquals(NaiveEgo.clustering(g, ego), s.clustering(), TOL);
      if (s.degree() > 0) {
        assertEquals(holes.effectiveSize(ego), s.effectiveSize(), TOL);
        assertEquals(holes.constraint(ego), s.constraint(), TOL);
        assertEquals(holes.hierarchy(ego), s.hierarchy(), TOL);
      }
      List<Integer> fof = NaiveEgo.friendsOfFriends(g, ego);
      assertEquals(fof.size(), s.friendsOfFriends());
      assertEquals(fof.size(), r.introductions().size());
      int[] sizes = NaiveEgo.componentSizes(g, fof);
      assertEquals(sizes.length, r.clusters().size());
      for (int i = 0; i < sizes.length; i++) {
        assertEquals(sizes[i], r.clusters().get(i).size());
      }
      Introduction prev = null;
      for (Introduction in : r.introductions()) {
        int w = g.id(in.label());
        assertEquals(NaiveEgo.mutual(g, ego, w), in.mutual());
        assertEquals(NaiveEgo.opens(g, ego, w), in.opens());
        // the introducer is the best-ranked common friend
        int best = Integer.MAX_VALUE;
        for (int v : NaiveEgo.neighbors(g, w)) {
          if (nbrs.contains(v)) {
            best = Math.min(best, r.tie((String) g.label(v)).orElseThrow().rank());
          }
        }
        assertEquals(r.ties().get(best - 1).label(), in.introducer());
        if (prev != null) {
          assertTrue(prev.usefulness() > in.usefulness() || (prev.usefulness() == in.usefulness()
              && (prev.opens() > in.opens() || (prev.opens() == in.opens()
              && prev.label().compareTo(in.label()) < 0))));
        }
        prev = in;
      }
      ReachOut last = null;
      for (ReachOut x : r.reachOut()) {
        assertTrue(x.score() > 0);
        if (last != null) {
          assertTrue(last.score() >= x.score());
        }
        last = x;
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void cappedSpansAgreeWithTheUncappedOnes(long seed) {
    int n = 120;
    SocialGraph g = randomGraph(n, 0.02, seed, identity(n));
    for (int ego : egos(g, seed)) {
      CareerReportResult full = CareerReport.compute(g, ego, CareerReportParams.defaults()
          .withMaxSpan(CareerReportParams.UNLIMITED));
      CareerReportResult capped = CareerReport.compute(g, ego, CareerReportParams.defaults()
          .withMaxSpan(4));
      for (EgoTie t : full.ties()) {
        int c = capped.tie(t.label()).orElseThrow().span();
        if (t.span() == EgoTie.NO_SPAN || (t.span() != EgoTie.INFINITE_SPAN && t.span() <= 4)) {
          assertEquals(t.span(), c);
        } else if (t.span() == EgoTie.INFINITE_SPAN) {
          assertTrue(c == EgoTie.INFINITE_SPAN || c == EgoTie.OVER_CAP);
        } else {
          assertEquals(EgoTie.OVER_CAP, c);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void sameReportForAnyThreadCountAndNodeNumbering(long seed) {
    int n = 80;
    SocialGraph g = randomGraph(n, 0.06, seed, identity(n));
    SocialGraph h = randomGraph(n, 0.06, seed, shuffled(n, seed));
    for (int ego : egos(g, seed)) {
      CareerReportResult one = CareerReport.compute(g, ego,
          CareerReportParams.defaults().withThreads(1));
      CareerReportResult three = CareerReport.compute(g, ego,
          CareerReportParams.defaults().withThreads(3));
      assertEquals(one.toJson(), three.toJson());
      assertEquals(one.toMarkdown(), three.toMarkdown());
      CareerReportResult other = CareerReport.compute(h, h.id(g.label(ego)));
      // the same lists in the same order; numbers equal up to the order of floating-point sums
      assertEquals(labelsOf(one.ties()), labelsOf(other.ties()));
      assertEquals(labelsOf(one.dormant()), labelsOf(other.dormant()));
      assertEquals(labelsOf(one.bridges()), labelsOf(other.bridges()));
      assertEquals(one.introductions().stream().map(Introduction::label).toList(),
          other.introductions().stream().map(Introduction::label).toList());
      assertEquals(one.reachOut().stream().map(ReachOut::reason).toList(),
          other.reachOut().stream().map(ReachOut::reason).toList());
      assertEquals(one.clusters(), other.clusters());
      assertEquals(one.circles(), other.circles());
      for (int i = 0; i < one.ties().size(); i++) {
        EgoTie a = one.ties().get(i);
        EgoTie b = other.ties().get(i);
        assertEquals(a.strength(), b.strength(), 0.0);
        assertEquals(a.strong(), b.strong());
        assertEquals(a.span(), b.span());
        assertEquals(a.circle(), b.circle());
      }
      assertEquals(one.summary().constraint(), other.summary().constraint(), TOL);
      assertEquals(one.summary().effectiveSize(), other.summary().effectiveSize(), TOL);
      assertEquals(one.summary().hierarchy(), other.summary().hierarchy(), TOL);
      assertEquals(one.egoNetworkDrawing().tieCount(), other.egoNetworkDrawing().tieCount());
      assertEquals(List.of(one.egoNetworkDrawing().labels()),
          List.of(other.egoNetworkDrawing().labels()));
    }
  }

  private static List<String> labelsOf(List<EgoTie> ties) {
    return ties.stream().map(EgoTie::label).toList();
  }
}
