package org.weakties.tie;

import org.weakties.exec.ScratchPool;
import org.weakties.graph.NodeBlocks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.weakties.graph.SocialGraph;

/**
 * Checks a strong/weak labelling for the strong triadic closure property and counts (and lists) the
 * forbidden triads that violate it.
 *
 * <h2>Definition</h2>
 * A node {@code a} violates strong triadic closure (STC) when it has strong ties to two nodes {@code b}
 * and {@code c} that are not adjacent at all: the wedge {@code (a; b, c)} is Granovetter's forbidden
 * triad. The number of violations at {@code a} is {@code C(s_a, 2) - P_a}, where {@code s_a} is a's
 * number of strong ties and {@code P_a} the number of pairs of strong neighbours of a that are adjacent
 * (by a tie of either class). The labelling satisfies STC iff the total is 0.
 *
 * <h2>Sources</h2>
 * M. S. Granovetter, "The strength of weak ties", American Journal of Sociology 78(6):1360-1380, 1973.
 * D. Easley and J. Kleinberg, <i>Networks, Crowds, and Markets</i>, ch. 3, 2010. S. Sintos and P.
 * Tsaparas, "Using strong triadic closure to characterize ties in social networks", Proc. KDD 2014.
 *
 * <h2>Cost, determinism</h2>
 * Counting marks the strong neighbours of each node {@code a} and, for each strong neighbour {@code b},
 * either scans {@code N(b)} or binary-searches a's strong neighbours in it, whichever is cheaper:
 * {@code O(Σ_a Σ_{b strong at a} min(k_b, s_a log k_b))}, so a star of strong ties with a million
 * leaves costs O(m) while its {@code C(10^6, 2)} violations are counted by formula. Listing walks nodes
 * in id order and pairs {@code b < c} in id order, stopping at the list limit; it costs {@code O(log
 * k)} per examined pair. Counts are exact longs; the list is the first {@code limit} wedges in
 * lexicographic order of {@code (a, b, c)}, so both are independent of the thread count. Space
 * {@code 12 n + m} bytes for the counts, degrees and a copy of the labels, plus {@code 4 n + 4 Δ} bytes
 * of scratch per worker ({@code Δ} the largest strong degree).
 */
public final class StrongTriadicClosure {
  private StrongTriadicClosure() {}

  /** Checks with {@link StrongTriadicClosureParams#defaults()}. */
  public static StrongTriadicClosureResult check(SocialGraph graph, TieClassification labels) {
    return check(graph, labels, StrongTriadicClosureParams.defaults());
  }

  /**
   * Counts the STC violations at every node and lists the first ones.
   *
   * @throws IllegalArgumentException when the labelling does not have one label per edge
   */
  public static StrongTriadicClosureResult check(SocialGraph graph, TieClassification labels,
      StrongTriadicClosureParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(params, "params");
    SocialGraph g = graph;
    int n = g.nodeCount();
    if (labels.edgeCount() != g.edgeCount()) {
      throw new IllegalArgumentException("the labelling has " + labels.edgeCount()
          + " edges, the graph " + g.edgeCount());
    }
    boolean[] strong = labels.toArray();
    long[] violations = new long[n];
    int[] strongDegree = new int[n];
    ScratchPool<int[][]> pool = new ScratchPool<>(() -> {
      int[] stamp = new int[n];
      Arrays.fill(stamp, -1);
      return new int[][] {stamp, new int[16]};
    });
    NodeBlocks.run(g, params.threads(), params.token(), params.progress(),
        "strong triadic closure", (block, from, to) -> {
          int[][] scratch = pool.take();
          try {
            int[] stamp = scratch[0];
            for (int a = from; a < to; a++) {
              int sa = 0;
              for (int p = g.arcStart(a), end = g.arcEnd(a); p < end; p++) {
                if (strong[g.arcEdge(p)]) {
                  sa++;
                }
              }
              strongDegree[a] = sa;
              if (sa < 2) {
                continue;
              }
              if (scratch[1].length < sa) {
                scratch[1] = new int[Math.max(sa, 2 * scratch[1].length)];
              }
              int[] list = scratch[1];
              int k = 0;
              for (int p = g.arcStart(a), end = g.arcEnd(a); p < end; p++) {
                if (strong[g.arcEdge(p)]) {
                  int b = g.arcTarget(p);
                  stamp[b] = a;
                  list[k++] = b;
                }
              }
              long closed2 = 0; // adjacent ordered pairs of strong neighbours
              for (int i = 0; i < sa; i++) {
                int b = list[i];
                int sb = g.arcStart(b);
                int eb = g.arcEnd(b);
                int db = eb - sb;
                if ((long) db <= (long) sa * (33 - Integer.numberOfLeadingZeros(db))) {
                  for (int q = sb; q < eb; q++) {
                    if (stamp[g.arcTarget(q)] == a) {
                      closed2++;
                    }
                  }
                } else {
                  for (int j = 0; j < sa; j++) {
                    if (j != i && contains(g, sb, eb, list[j])) {
                      closed2++;
                    }
                  }
                }
              }
              violations[a] = (long) sa * (sa - 1) / 2 - closed2 / 2;
            }
          } finally {
            pool.give(scratch);
          }
        });
    List<StrongTriadicClosureResult.Wedge> listed = new ArrayList<>();
    long total = 0;
    for (int a = 0; a < n; a++) {
      total += violations[a];
    }
    int limit = params.listLimit();
    int[] list = new int[16];
    for (int a = 0; a < n && listed.size() < limit; a++) {
      if (violations[a] == 0) {
        continue;
      }
      int k = 0;
      if (list.length < strongDegree[a]) {
        list = new int[strongDegree[a]];
      }
      for (int p = g.arcStart(a), end = g.arcEnd(a); p < end; p++) {
        if (strong[g.arcEdge(p)]) {
          list[k++] = g.arcTarget(p);
        }
      }
      for (int i = 0; i < k && listed.size() < limit; i++) {
        for (int j = i + 1; j < k && listed.size() < limit; j++) {
          if (g.edgeId(list[i], list[j]) < 0) {
            listed.add(new StrongTriadicClosureResult.Wedge(a, list[i], list[j]));
          }
        }
      }
    }
    return new StrongTriadicClosureResult(violations, strongDegree, total, listed);
  }

  private static boolean contains(SocialGraph g, int from, int to, int x) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int y = g.arcTarget(mid);
      if (y < x) {
        lo = mid + 1;
      } else if (y > x) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
