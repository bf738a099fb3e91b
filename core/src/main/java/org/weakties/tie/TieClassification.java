package org.weakties.tie;

import java.util.Arrays;
import java.util.Objects;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;

/**
 * A strong/weak label for every edge, the input of the strong triadic closure check, reach by tie class
 * and the bridge analyses. Created from per-edge scores (larger = stronger, typically
 * {@link CompositeTieStrengthResult#strengths()}) by one of three rules, or from explicit labels:
 * <ul>
 *   <li>{@link #byThreshold}: strong iff {@code score >= threshold};
 *   <li>{@link #byQuantile}: strong iff {@code score >= Q(q)}, the q-quantile of the non-NaN scores;
 *       {@link #byMedian} is q = 0.5, the default rule ("strong iff tie strength is at least its
 *       median"). Quantiles interpolate linearly between order statistics (Hyndman and Fan type 7, the
 *       default of R and NumPy), so the median of an even count is the mean of the two middle values;
 *   <li>{@link #byNodeQuantile}: relative to each endpoint's own ties: with {@link NodeRule#BOTH}
 *       strong iff the score is at least the q-quantile of the scores of the ties of <em>both</em>
 *       endpoints, with {@link NodeRule#EITHER} of at least one. A node's only tie is at least its own
 *       quantile.
 * </ul>
 * A NaN score is always weak and is ignored in quantiles. Immutable; holds no graph.
 */
public final class TieClassification {

  /** How {@link #byNodeQuantile} combines the two endpoints' verdicts. */
  public enum NodeRule {
    /** Strong iff strong relative to both endpoints' ties. */
    BOTH,
    /** Strong iff strong relative to at least one endpoint's ties. */
    EITHER
  }

  /** Default quantile of {@link #byQuantile}: the median. */
  public static final double DEFAULT_QUANTILE = 0.5;

  private final boolean[] strong;
  private final double threshold;

  private TieClassification(boolean[] strong, double threshold) {
    this.strong = strong;
    this.threshold = threshold;
  }

  /** Explicit labels by edge id ({@code true} = strong); the array is copied. */
  public static TieClassification of(boolean[] strong) {
    Objects.requireNonNull(strong, "strong");
    return new TieClassification(strong.clone(), Double.NaN);
  }

  /** Every edge strong (or every edge weak), for {@code m} edges. */
  public static TieClassification all(int m, boolean strong) {
    if (m < 0) {
      throw new IllegalArgumentException("edge count must be >= 0, got " + m);
    }
    boolean[] s = new boolean[m];
    Arrays.fill(s, strong);
    return new TieClassification(s, Double.NaN);
  }

  /**
   * Strong iff {@code score >= threshold}.
   *
   * @throws IllegalArgumentException when the threshold is NaN
   */
  public static TieClassification byThreshold(double[] scores, double threshold) {
    Objects.requireNonNull(scores, "scores");
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold must not be NaN");
    }
    boolean[] s = new boolean[scores.length];
    for (int e = 0; e < s.length; e++) {
      s[e] = scores[e] >= threshold;
    }
    return new TieClassification(s, threshold);
  }

  /** Strong iff the score is at least the median of the non-NaN scores. */
  public static TieClassification byMedian(double[] scores) {
    return byQuantile(scores, DEFAULT_QUANTILE);
  }

  /**
   * Strong iff the score is at least the q-quantile (type 7) of the non-NaN scores. With no non-NaN
   * score every edge is weak.
   *
   * @throws IllegalArgumentException when q is not in [0, 1]
   */
  public static TieClassification byQuantile(double[] scores, double q) {
    Objects.requireNonNull(scores, "scores");
    checkQ(q);
    double[] sorted = sortedKnown(scores);
    if (sorted.length == 0) {
      return new TieClassification(new boolean[scores.length], Double.NaN);
    }
    double t = quantile(sorted, sorted.length, q);
    return byThreshold(scores, t);
  }

  /**
   * Strong relative to the endpoints' own ties: the score is compared with the q-quantile (type 7) of
   * the non-NaN scores of each endpoint's ties and the verdicts are combined by {@code rule}.
   *
   * @param scores per-edge scores of {@code graph}, by edge id
   * @throws IllegalArgumentException when q is not in [0, 1] or the scores do not match the graph
   */
  public static TieClassification byNodeQuantile(SocialGraph graph, double[] scores, double q,
      NodeRule rule) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(rule, "rule");
    checkQ(q);
    if (scores.length != graph.edgeCount()) {
      throw new IllegalArgumentException("scores has " + scores.length + " values, the graph "
          + graph.edgeCount() + " edges");
    }
    int n = graph.nodeCount();
    double[] nodeQ = new double[n];
    double[] buf = new double[16];
    for (int u = 0; u < n; u++) {
      int from = graph.arcStart(u);
      int to = graph.arcEnd(u);
      if (buf.length < to - from) {
        buf = new double[to - from];
      }
      int k = 0;
      for (int p = from; p < to; p++) {
        double x = scores[graph.arcEdge(p)];
        if (!Double.isNaN(x)) {
          buf[k++] = x;
        }
      }
      Arrays.sort(buf, 0, k);
      nodeQ[u] = k == 0 ? Double.NaN : quantile(buf, k, q);
    }
    boolean[] s = new boolean[scores.length];
    graph.forEachEdge((e, u, v) -> {
      boolean a = scores[e] >= nodeQ[u];
      boolean b = scores[e] >= nodeQ[v];
      s[e] = rule == NodeRule.BOTH ? a && b : a || b;
    });
    return new TieClassification(s, Double.NaN);
  }

  private static void checkQ(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile q must be in [0, 1], got " + q);
    }
  }

  private static double[] sortedKnown(double[] scores) {
    int k = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isNaN(scores[i])) {
        k++;
      }
    }
    double[] a = new double[k];
    k = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isNaN(scores[i])) {
        a[k++] = scores[i];
      }
    }
    Arrays.sort(a);
    return a;
  }

  /** Type-7 quantile of the first {@code k >= 1} values of the sorted array {@code a}. */
  static double quantile(double[] a, int k, double q) {
    double h = (k - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, k - 1);
    double frac = h - lo;
    return frac == 0 ? a[lo] : a[lo] + frac * (a[hi] - a[lo]);
  }

  /** Number of edges m. */
  public int edgeCount() {
    return strong.length;
  }

  /** Whether edge {@code e} is strong. */
  public boolean isStrong(int e) {
    return strong[e];
  }

  /** Number of strong edges. */
  public int strongCount() {
    int c = 0;
    for (boolean b : strong) {
      if (b) {
        c++;
      }
    }
    return c;
  }

  /** Number of weak edges. */
  public int weakCount() {
    return strong.length - strongCount();
  }

  /** The score threshold used ({@link #byThreshold}, {@link #byQuantile}); NaN for the other rules. */
  public double threshold() {
    return threshold;
  }

  /** The labels as a new array by edge id ({@code true} = strong). */
  public boolean[] toArray() {
    return strong.clone();
  }

  /** The edge table: one text column {@code tie_class} with values {@code strong} or {@code weak}. */
  public ScoreTable toTable() {
    String[] t = new String[strong.length];
    for (int e = 0; e < t.length; e++) {
      t[e] = strong[e] ? "strong" : "weak";
    }
    return ScoreTable.forEdges(strong.length).addText("tie_class", t).build();
  }
}
