package org.weakties.bridge;

import java.util.Arrays;
import org.weakties.graph.SocialGraph;

/**
 * The span of one edge: the hop distance between its endpoints once the edge is removed, by a
 * bidirectional breadth-first search that never crosses the edge. Whole levels are expanded, always
 * on the side whose frontier has the smaller total degree; with completed depths a and b no path of
 * length {@code a + b} exists, so the first meeting while expanding a level gives the span
 * {@code a + b + 1}. The search stops at a cap ({@link #OVER_CAP}) or when one side runs out of nodes
 * ({@link #INFINITE}: the edge is a global bridge). Time O(size of the two balls searched); memory
 * three ints per node, allocated once per instance and reused (tags make clearing unnecessary).
 *
 * <p>An instance is scratch for one thread: {@link LocalBridges} and the career report keep one per
 * worker. Not thread-safe.
 */
public final class SpanSearch {
  /** Returned when the span exceeds the cap. */
  public static final int OVER_CAP = -2;
  /** Returned when no other path exists (a global bridge). */
  public static final int INFINITE = Integer.MAX_VALUE;

  private final int[] seen;
  private final int[] qa;
  private final int[] qb;
  private int search;

  /** Scratch for graphs of up to {@code n} nodes. */
  public SpanSearch(int n) {
    seen = new int[n];
    qa = new int[n];
    qb = new int[n];
  }

  /**
   * Hop distance between u and v without edge e, or {@link #OVER_CAP} when it exceeds {@code maxSpan},
   * or {@link #INFINITE} when there is no other path.
   */
  public int span(SocialGraph g, int u, int v, int e, int maxSpan) {
    if (search == (1 << 30) - 1) {
      Arrays.fill(seen, 0);
      search = 0;
    }
    search++;
    final int tagA = 2 * search;
    final int tagB = tagA + 1;
    int[] seenArr = seen;
    seenArr[u] = tagA;
    seenArr[v] = tagB;
    qa[0] = u;
    qb[0] = v;
    int aStart = 0;
    int aEnd = 1;
    int bStart = 0;
    int bEnd = 1;
    long aWork = g.degree(u);
    long bWork = g.degree(v);
    int depthA = 0;
    int depthB = 0;
    while (true) {
      if ((long) depthA + depthB + 1 > maxSpan) {
        return OVER_CAP;
      }
      boolean sideA = aWork <= bWork;
      int[] q = sideA ? qa : qb;
      int from = sideA ? aStart : bStart;
      int to = sideA ? aEnd : bEnd;
      if (from == to) {
        return INFINITE;
      }
      int own = sideA ? tagA : tagB;
      int other = sideA ? tagB : tagA;
      int tail = to;
      long work = 0;
      for (int i = from; i < to; i++) {
        int x = q[i];
        for (int p = g.arcStart(x), end = g.arcEnd(x); p < end; p++) {
          int y = g.arcTarget(p);
          int s = seenArr[y];
          if (s == own) {
            continue;
          }
          if (s == other) {
            if (g.arcEdge(p) == e) {
              continue;
            }
            return depthA + depthB + 1;
          }
          seenArr[y] = own;
          q[tail++] = y;
          work += g.degree(y);
        }
      }
      if (sideA) {
        aStart = to;
        aEnd = tail;
        aWork = work;
        depthA++;
      } else {
        bStart = to;
        bEnd = tail;
        bWork = work;
        depthB++;
      }
    }
  }
}
