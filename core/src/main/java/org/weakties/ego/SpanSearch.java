package org.weakties.ego;

import java.util.Arrays;
import org.weakties.graph.SocialGraph;

/**
 * Per-worker scratch for the span of one local bridge: a bidirectional breadth-first search between
 * the two endpoints that never crosses the edge itself. Whole levels are expanded, always on the side
 * whose frontier has the smaller total degree; with completed depths a and b no path of length
 * {@code a + b} exists, so the first meeting while expanding a level gives the span
 * {@code a + b + 1}. The search stops at the cap ({@link EgoTie#OVER_CAP}) or when one side runs out
 * of nodes ({@link EgoTie#INFINITE_SPAN}: the edge is a global bridge). Tags make clearing
 * unnecessary between searches.
 */
final class SpanSearch {
  private final int[] seen;
  private final int[] qa;
  private final int[] qb;
  private int search;

  SpanSearch(int n) {
    seen = new int[n];
    qa = new int[n];
    qb = new int[n];
  }

  /** The span of edge {@code e = (u, v)}, capped at {@code maxSpan}. */
  int span(SocialGraph g, int u, int v, int e, int maxSpan) {
    if (search == (1 << 30) - 1) {
      Arrays.fill(seen, 0);
      search = 0;
    }
    search++;
    final int tagA = 2 * search;
    final int tagB = tagA + 1;
    seen[u] = tagA;
    seen[v] = tagB;
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
        return EgoTie.OVER_CAP;
      }
      boolean sideA = aWork <= bWork;
      int[] q = sideA ? qa : qb;
      int from = sideA ? aStart : bStart;
      int to = sideA ? aEnd : bEnd;
      if (from == to) {
        return EgoTie.INFINITE_SPAN;
      }
      int own = sideA ? tagA : tagB;
      int other = sideA ? tagB : tagA;
      int tail = to;
      long work = 0;
      for (int i = from; i < to; i++) {
        int x = q[i];
        for (int p = g.arcStart(x), end = g.arcEnd(x); p < end; p++) {
          int y = g.arcTarget(p);
          int s = seen[y];
          if (s == own) {
            continue;
          }
          if (s == other) {
            if (g.arcEdge(p) == e) {
              continue;
            }
            return depthA + depthB + 1;
          }
          seen[y] = own;
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
