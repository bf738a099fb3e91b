package org.weakties.ego;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.weakties.exec.Parallelism;
import org.weakties.graph.SocialGraph;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthParams;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.RecencyParams;
import org.weakties.tie.TieClassification;

/**
 * Composite tie strength of single edges relative to the whole network (see {@link CareerReport}):
 * exact (the library's {@link CompositeTieStrength} over every edge, then the median rule of
 * {@link TieClassification#byMedian}) when the graph has at most {@code strengthSample} edges,
 * otherwise estimated against a seeded stratified sample of edges. Lives only during one report.
 */
final class TieStrengths {
  private static final double SECONDS_PER_DAY = 86_400.0;
  static final String[] NAMES = {"weight", "interactions", "embeddedness", "overlap", "recency"};
  private static final int WEIGHT = 0;
  private static final int INTERACTIONS = 1;
  private static final int EMBEDDEDNESS = 2;
  private static final int OVERLAP = 3;
  private static final int RECENCY = 4;

  private final SocialGraph g;
  private final boolean exact;
  private final int population;
  // exact mode
  private final CompositeTieStrengthResult all;
  private final TieClassification classes;
  // sampled mode
  private final int[] sample; // sorted edge ids
  private final int[] used; // component codes in combine order
  private final double[] usedWeight; // normalised weights
  private final double[][] sorted; // known reference values per used component, ascending
  private final double threshold;
  private final long asOf;
  private final double rate;
  private final boolean needsCommon;

  private TieStrengths(SocialGraph g, boolean exact, int population, CompositeTieStrengthResult all,
      TieClassification classes, int[] sample, int[] used, double[] usedWeight, double[][] sorted,
      double threshold, long asOf, double rate, boolean needsCommon) {
    this.g = g;
    this.exact = exact;
    this.population = population;
    this.all = all;
    this.classes = classes;
    this.sample = sample;
    this.used = used;
    this.usedWeight = usedWeight;
    this.sorted = sorted;
    this.threshold = threshold;
    this.asOf = asOf;
    this.rate = rate;
    this.needsCommon = needsCommon;
  }

  /** The composite parameters of a report: its recency settings, threads, progress and token. */
  static CompositeTieStrengthParams compositeParams(CareerReportParams p, long asOf) {
    return p.strength()
        .withRecencyParams(new RecencyParams(asOf, p.halfLifeDays(), p.dormantDays()))
        .withThreads(p.threads()).withProgress(p.progress()).withToken(p.token());
  }

  static TieStrengths compute(SocialGraph g, CareerReportParams p, long asOf) {
    CompositeTieStrengthParams cp = compositeParams(p, asOf);
    int m = g.edgeCount();
    double rate = Math.log(2) / p.halfLifeDays();
    if (m <= p.strengthSample()) {
      CompositeTieStrengthResult r = CompositeTieStrength.compute(g, cp);
      TieClassification c = TieClassification.byMedian(r.strengths());
      return new TieStrengths(g, true, m, r, c, null, null, null, null, c.threshold(), asOf, rate,
          false);
    }
    int[][] picked = sampleEdges(g, p.strengthSample(), p.seed());
    int[] edges = picked[0];
    int[] us = picked[1];
    int[] vs = picked[2];
    int s = edges.length;
    double[] weights = {cp.weight(), g.hasInteractions() ? cp.interactions() : 0,
        cp.embeddedness(), cp.overlap(), g.hasLastContact() ? cp.recency() : 0};
    boolean common = weights[EMBEDDEDNESS] > 0 || weights[OVERLAP] > 0;
    int[] cn = new int[s];
    if (common) {
      p.progress().start("career report: strength sample", s);
      int words = (g.nodeCount() + 63) >>> 6;
      ConcurrentLinkedDeque<long[]> pool = new ConcurrentLinkedDeque<>();
      Parallelism.forEachBlock(s, p.threads(), p.token(), "career report", (block, from, to) -> {
        long[] bits = pool.pollFirst();
        if (bits == null) {
          bits = new long[words];
        }
        try {
          for (int i = from; i < to; i++) {
            cn[i] = commonNeighbors(g, us[i], vs[i], bits);
          }
        } finally {
          pool.addFirst(bits);
        }
        p.progress().advance(to - from);
      });
      p.progress().finish();
    }
    TieStrengths shell = new TieStrengths(g, false, s, null, null, edges, null, null, null,
        Double.NaN, asOf, rate, common);
    int c = 0;
    for (double w : weights) {
      if (w > 0) {
        c++;
      }
    }
    String[] names = new String[c];
    double[][] comps = new double[c][];
    double[] ws = new double[c];
    int[] codes = new int[c];
    int k = 0;
    for (int code = 0; code < NAMES.length; code++) {
      if (weights[code] > 0) {
        double[] v = new double[s];
        for (int i = 0; i < s; i++) {
          v[i] = shell.value(code, edges[i], us[i], vs[i], cn[i]);
        }
        names[k] = NAMES[code];
        comps[k] = v;
        ws[k] = weights[code];
        codes[k++] = code;
      }
    }
    CompositeTieStrengthResult r = CompositeTieStrength.combine(s, names, comps, ws);
    List<String> usedNames = r.componentNames();
    int[] usedCodes = new int[usedNames.size()];
    double[][] sortedRef = new double[usedCodes.length][];
    for (int i = 0; i < usedCodes.length; i++) {
      int j = List.of(names).indexOf(usedNames.get(i));
      usedCodes[i] = codes[j];
      sortedRef[i] = sortedKnown(comps[j]);
    }
    double t = TieClassification.byMedian(r.strengths()).threshold();
    return new TieStrengths(g, false, s, null, null, edges, usedCodes, r.componentWeights(),
        sortedRef, t, asOf, rate, common);
  }

  /**
   * One arc drawn uniformly from each of {@code size} equal strata of the arc positions (each edge has
   * two arcs, so every edge is equally likely), then duplicates removed: sorted edge ids with their
   * endpoints. The strata are visited in increasing arc order, so the owner of each arc is found by
   * one forward sweep over the nodes.
   */
  static int[][] sampleEdges(SocialGraph g, int size, long seed) {
    long arcs = 2L * g.edgeCount();
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] owner = new int[size];
    int[] target = new int[size];
    long[] key = new long[size];
    int k = 0;
    int u = 0;
    for (int b = 0; b < size; b++) {
      long lo = arcs * b / size;
      long hi = arcs * (b + 1) / size;
      if (hi <= lo) {
        continue;
      }
      int arc = (int) (lo + rnd.nextLong(hi - lo));
      while (g.arcEnd(u) <= arc) {
        u++;
      }
      owner[k] = u;
      target[k] = g.arcTarget(arc);
      key[k] = ((long) g.arcEdge(arc) << 32) | k;
      k++;
    }
    Arrays.sort(key, 0, k);
    int[] e = new int[k];
    int[] us = new int[k];
    int[] vs = new int[k];
    int d = 0;
    for (int i = 0; i < k; i++) {
      int edge = (int) (key[i] >>> 32);
      if (d > 0 && e[d - 1] == edge) {
        continue;
      }
      int j = (int) key[i];
      e[d] = edge;
      us[d] = owner[j];
      vs[d] = target[j];
      d++;
    }
    return new int[][] {Arrays.copyOf(e, d), Arrays.copyOf(us, d), Arrays.copyOf(vs, d)};
  }

  /** The node whose arc list holds {@code arc}: the largest u with {@code arcStart(u) <= arc}. */
  static int ownerOf(SocialGraph g, int arc) {
    int lo = 0;
    int hi = g.nodeCount() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (g.arcStart(mid) <= arc) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Common neighbours of u and v with a marker bitset of {@code n} bits (all clear on entry and on
   * return): the neighbours of the endpoint of smaller degree are marked, the other list is scanned.
   * O(k_u + k_v) with sequential reads of both lists.
   */
  static int commonNeighbors(SocialGraph g, int u, int v, long[] bits) {
    int a = g.degree(u) <= g.degree(v) ? u : v;
    int b = a == u ? v : u;
    int as = g.arcStart(a);
    int ae = g.arcEnd(a);
    for (int p = as; p < ae; p++) {
      int x = g.arcTarget(p);
      bits[x >>> 6] |= 1L << x;
    }
    int c = 0;
    for (int p = g.arcStart(b), end = g.arcEnd(b); p < end; p++) {
      int x = g.arcTarget(p);
      if ((bits[x >>> 6] & (1L << x)) != 0) {
        c++;
      }
    }
    for (int p = as; p < ae; p++) {
      bits[g.arcTarget(p) >>> 6] = 0;
    }
    return c;
  }

  /** Neighborhood overlap from degrees and common neighbours, as StructuralTieMeasures computes it. */
  static double overlap(int du, int dv, int common) {
    int den = du + dv - 2 - common;
    return den > 0 ? (double) common / den : 0.0;
  }

  private double value(int code, int e, int u, int v, int common) {
    switch (code) {
      case WEIGHT:
        return g.weight(e);
      case INTERACTIONS:
        return g.interactions(e);
      case EMBEDDEDNESS:
        return common;
      case OVERLAP:
        return overlap(g.degree(u), g.degree(v), common);
      default: {
        long t = g.lastContact(e);
        if (t == SocialGraph.NO_TIME || asOf == SocialGraph.NO_TIME) {
          return Double.NaN;
        }
        double days = ((double) asOf - (double) t) / SECONDS_PER_DAY;
        return days <= 0 ? 1.0 : Math.exp(-rate * days);
      }
    }
  }

  private static double[] sortedKnown(double[] v) {
    int k = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        k++;
      }
    }
    double[] a = new double[k];
    k = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        a[k++] = x == 0.0 ? 0.0 : x;
      }
    }
    Arrays.sort(a);
    return a;
  }

  /** Whether ranking against every edge (true) or a sample (false). */
  boolean exact() {
    return exact;
  }

  /** Edges in the reference population. */
  int population() {
    return population;
  }

  /** Whether {@link #strength} needs the common-neighbour count (sampled mode with structure). */
  boolean needsCommon() {
    return needsCommon;
  }

  /**
   * The composite strength of edge {@code e = (u, v)} with {@code common} common neighbours (ignored
   * in exact mode). In sampled mode the percentile of each signal is the mid-rank percentile of the
   * edge's value among the sample with the edge added (if it is not already in it), exactly as
   * {@link org.weakties.tie.RankPercentiles} would give on that population.
   */
  double strength(int e, int u, int v, int common) {
    if (exact) {
      return all.strength(e);
    }
    if (used.length == 0) {
      return 0.5;
    }
    boolean inSample = Arrays.binarySearch(sample, e) >= 0;
    double num = 0;
    double den = 0;
    for (int i = 0; i < used.length; i++) {
      double x = value(used[i], e, u, v, common);
      if (Double.isNaN(x)) {
        continue;
      }
      double[] ref = sorted[i];
      int less = lowerBound(ref, x);
      int eq = lowerBound(ref, Math.nextUp(x)) - less;
      long lo = less;
      long hi = inSample ? less + eq : less + eq + 1L;
      long count = inSample ? ref.length : ref.length + 1L;
      double pct = count == 1 ? 0.5 : (lo + hi - 1) / (2.0 * (count - 1));
      num += usedWeight[i] * pct;
      den += usedWeight[i];
    }
    return den > 0 ? Math.min(1.0, Math.max(0.0, num / den)) : Double.NaN;
  }

  /** Whether edge {@code e} with the given strength is strong. */
  boolean isStrong(int e, double strength) {
    if (exact) {
      return classes.isStrong(e);
    }
    return strength >= threshold;
  }

  /** Names of the signals the composite uses, in order (constant signals are left out). */
  List<String> components() {
    if (exact) {
      return all.componentNames();
    }
    String[] n = new String[used.length];
    for (int i = 0; i < used.length; i++) {
      n[i] = NAMES[used[i]];
    }
    return List.of(n);
  }

  /** The strength threshold of the median rule (NaN when no strength is known). */
  double threshold() {
    return threshold;
  }

  /** First index with {@code a[i] >= x} in the sorted array (NaN-free). */
  private static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
