package org.weakties.percolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * The edge-removal (percolation) experiment of Onnela et al.: remove ties in the order of a score and
 * watch the network fall apart.
 *
 * <p><b>Definition.</b> Edges are removed one by one in a given order (ascending score = weak ties
 * first, descending = strong ties first, or random). At each removed fraction f of a grid, after
 * {@code floor(f m)} removals, the curve records the fraction of the n nodes in the largest connected
 * component, {@code R_GC(f)}, and the susceptibility {@code S(f) = sum over s of n_s s^2 / n}, where
 * {@code n_s} is the number of components of s nodes other than the largest one (one largest component
 * is excluded even when several tie). Every node stays in the graph, so isolated nodes count as
 * components of size 1. The susceptibility peaks where the network breaks up (a percolation
 * transition); the <em>critical fraction</em> is the grid point of largest S (the first one on ties).
 * J.-P. Onnela, J. Saramaki, J. Hyvonen, G. Szabo, D. Lazer, K. Kaski, J. Kertesz and A.-L.
 * Barabasi, "Structure and tie strengths in mobile communication networks", PNAS
 * 104(18):7332-7336, 2007: removing weak ties first (by weight, or by low overlap) makes the network
 * collapse at a smaller fraction than removing strong ties first, because weak ties bridge
 * communities.
 *
 * <p><b>Order of equal scores.</b> A stable sort: edges with equal scores keep the order in which they
 * first appeared in the input ({@link SocialGraph#inputOrder()}), in both directions (descending is not
 * the reverse of ascending when there are ties). With {@link TieBreak#RANDOM} they are ordered by a
 * seeded random permutation instead. Scores compare with {@code <}, so -0.0 and 0.0 tie; NaN scores are
 * rejected.
 *
 * <p><b>Method.</b> The curve is built backwards: starting from the empty graph, the edges are added in
 * reverse removal order into a union-find structure (union by size, path halving) that maintains the
 * largest component and the sum of squared component sizes, and the state is read off whenever the
 * number of edges still removed equals a grid point's {@code floor(f m)}. Time
 * {@code O(m log m)} for sorting plus {@code O(m alpha(n))} for the sweep, instead of a component
 * search per grid point; memory two ints per node and two per edge.
 *
 * <p><b>Weights</b> enter only through the score the caller supplies. <b>Degenerate cases:</b> for a
 * graph without nodes the fractions and susceptibility are NaN and the critical fraction is NaN; a graph
 * without edges has {@code R_GC = 1/n} and {@code S = (n - 1)/n} everywhere. <b>Determinism:</b>
 * sequential and exact (integer counts), so always the same result for the same input and seed.
 */
public final class Percolation {
  private static final int POLL_MASK = (1 << 16) - 1;

  private Percolation() {}

  /**
   * Removes edges by {@code scores} in both directions: the result holds the ascending curve
   * (weakest first) and then the descending curve (strongest first).
   *
   * @param order the name of the score, written in the {@code order} column (for example
   *     {@code "weight"} or {@code "overlap"})
   * @param scores one score per edge id; NaN is not allowed
   * @throws IllegalArgumentException for a null argument, a score array of the wrong length, or a NaN
   *     score
   */
  public static PercolationResult byScore(SocialGraph g, String order, double[] scores,
      PercolationParams params) {
    check(g, order, params);
    PercolationCurve up = sweep(g, removalOrder(g, scores, Direction.ASCENDING, params), order,
        Direction.ASCENDING, params);
    PercolationCurve down = sweep(g, removalOrder(g, scores, Direction.DESCENDING, params), order,
        Direction.DESCENDING, params);
    return new PercolationResult(List.of(up, down));
  }

  /** {@link #byScore} with the edge weights as scores and the order name {@code "weight"}. */
  public static PercolationResult byWeight(SocialGraph g, PercolationParams params) {
    check(g, "weight", params);
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    return byScore(g, "weight", w, params);
  }

  /**
   * Removes edges in a uniformly random order drawn with {@link PercolationParams#seed()}: one curve
   * with order name {@code "random"} and direction {@link Direction#RANDOM}.
   */
  public static PercolationResult random(SocialGraph g, PercolationParams params) {
    check(g, "random", params);
    int[] order = shuffledEdges(g.edgeCount(), params.seed());
    return new PercolationResult(List.of(sweep(g, order, "random", Direction.RANDOM, params)));
  }

  /**
   * The removal order for {@code scores}: edge ids sorted ascending or descending by score with ties
   * per {@link PercolationParams#tieBreak()}; for {@link Direction#RANDOM} a seeded random permutation
   * (scores are then ignored and may be null).
   *
   * @throws IllegalArgumentException for a score array of the wrong length or a NaN score
   */
  public static int[] removalOrder(SocialGraph g, double[] scores, Direction direction,
      PercolationParams params) {
    if (g == null || direction == null || params == null) {
      throw new IllegalArgumentException("graph, direction and params must not be null");
    }
    int m = g.edgeCount();
    if (direction == Direction.RANDOM) {
      return shuffledEdges(m, params.seed());
    }
    if (scores == null || scores.length != m) {
      throw new IllegalArgumentException("scores must hold one value per edge: expected " + m
          + ", got " + (scores == null ? "null" : scores.length));
    }
    for (int e = 0; e < m; e++) {
      if (Double.isNaN(scores[e])) {
        throw new IllegalArgumentException("score of edge " + e + " is NaN; scores must be numbers");
      }
    }
    int[] order;
    if (params.tieBreak() == TieBreak.RANDOM) {
      order = shuffledEdges(m, params.seed());
    } else {
      order = g.inputOrder();
      for (int i = 0; i < m; i++) {
        if (order[i] < 0) {
          order[i] = ~order[i];
        }
      }
    }
    stableSort(order, scores, direction == Direction.DESCENDING);
    return order;
  }

  /**
   * The curve for an explicit removal order (each edge id exactly once).
   *
   * @param removal edge ids in the order they are removed
   * @param order the name written in the {@code order} column
   * @param direction the direction written in the {@code direction} column
   * @throws IllegalArgumentException when {@code removal} is not a permutation of the edge ids
   */
  public static PercolationCurve sweep(SocialGraph g, int[] removal, String order,
      Direction direction, PercolationParams params) {
    check(g, order, params);
    if (direction == null) {
      throw new IllegalArgumentException("direction must not be null");
    }
    int n = g.nodeCount();
    int m = g.edgeCount();
    checkPermutation(removal, m);
    double[] fractions = params.fractions();
    int points = fractions.length;
    int[] removed = new int[points];
    for (int i = 0; i < points; i++) {
      removed[i] = BigDecimal.valueOf(fractions[i]).multiply(BigDecimal.valueOf(m))
          .setScale(0, RoundingMode.FLOOR).intValueExact();
    }
    SocialGraph.EdgeEndpoints ends = g.endpoints();
    int[] src = ends.source();
    int[] dst = ends.target();
    int[] parent = new int[n];
    int[] size = new int[n];
    for (int u = 0; u < n; u++) {
      parent[u] = u;
      size[u] = 1;
    }
    long sumSq = n;
    int giant = n > 0 ? 1 : 0;
    double[] giantFraction = new double[points];
    double[] susceptibility = new double[points];
    int gi = points - 1;
    ProgressListener progress = params.progress();
    CancellationToken token = params.token();
    progress.start("percolation", m);
    while (gi >= 0 && removed[gi] == m) {
      giantFraction[gi] = (double) giant / n;
      susceptibility[gi] = (double) (sumSq - (long) giant * giant) / n;
      gi--;
    }
    int reported = 0;
    for (int idx = m - 1; idx >= 0 && gi >= 0; idx--) {
      if (((m - idx) & POLL_MASK) == 0) {
        token.throwIfCancelled("percolation");
        progress.advance(m - idx - reported);
        reported = m - idx;
      }
      int e = removal[idx];
      int a = find(parent, src[e]);
      int b = find(parent, dst[e]);
      if (a != b) {
        long sa = size[a];
        long sb = size[b];
        if (sa < sb) {
          int t = a;
          a = b;
          b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        sumSq += 2 * sa * sb;
        if (size[a] > giant) {
          giant = size[a];
        }
      }
      while (gi >= 0 && removed[gi] == idx) {
        giantFraction[gi] = (double) giant / n;
        susceptibility[gi] = (double) (sumSq - (long) giant * giant) / n;
        gi--;
      }
    }
    progress.advance(m - reported);
    progress.finish();
    return new PercolationCurve(order, direction, fractions, removed, giantFraction,
        susceptibility);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void check(SocialGraph g, String order, PercolationParams params) {
    if (g == null) {
      throw new IllegalArgumentException("graph must not be null");
    }
    if (order == null) {
      throw new IllegalArgumentException("order name must not be null");
    }
    if (params == null) {
      throw new IllegalArgumentException("params must not be null (use PercolationParams.defaults())");
    }
  }

  private static void checkPermutation(int[] removal, int m) {
    if (removal == null || removal.length != m) {
      throw new IllegalArgumentException("the removal order must list each of the " + m
          + " edge ids once, got " + (removal == null ? "null" : removal.length + " ids"));
    }
    boolean[] seen = new boolean[m];
    for (int e : removal) {
      if (e < 0 || e >= m || seen[e]) {
        throw new IllegalArgumentException("the removal order must list each edge id in [0, " + m
            + ") exactly once; bad or repeated id " + e);
      }
      seen[e] = true;
    }
  }

  /** Edge ids 0..m-1 in a seeded uniformly random order (Fisher-Yates). */
  static int[] shuffledEdges(int m, long seed) {
    int[] a = new int[m];
    for (int i = 0; i < m; i++) {
      a[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = m - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /**
   * Stable bottom-up merge sort of {@code a} by {@code key[a[i]]}, ascending or descending; elements
   * with equal keys keep their relative order. No recursion; one buffer of the same length.
   */
  static void stableSort(int[] a, double[] key, boolean descending) {
    int n = a.length;
    int[] src = a;
    int[] dst = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          double ki = key[src[i]];
          double kj = key[src[j]];
          boolean takeRight = descending ? kj > ki : kj < ki;
          dst[k++] = takeRight ? src[j++] : src[i++];
        }
        while (i < mid) {
          dst[k++] = src[i++];
        }
        while (j < hi) {
          dst[k++] = src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
      if (width > n / 2) {
        break; // sorted; also keeps 2 * width from overflowing
      }
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }
}
