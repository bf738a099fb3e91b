package org.weakties.reach;

import org.weakties.exec.ScratchPool;
import org.weakties.graph.NodeBlocks;
import java.util.Arrays;
import java.util.Objects;
import org.weakties.graph.SocialGraph;
import org.weakties.internal.IntQueue;

/**
 * Exact friends-of-friends reach and k-hop ball sizes of every node.
 *
 * <h2>Definitions</h2>
 * {@code reach_k(u) = |B(u, k)| - 1}, the number of nodes at distance 1..k from u (u itself excluded),
 * where {@code B(u, k)} is the ball of radius k. {@code reach_1(u)} is the degree;
 * {@code fof(u) = reach_2(u) - degree(u)} is the number of nodes at distance exactly 2 (friends of
 * friends who are not friends) and {@code reach2(u) = degree(u) + fof(u)}. The neighborhood function
 * {@code N(k) = Σ_u |B(u, k)|} counts ordered pairs within distance k, each node with itself included.
 *
 * <h2>Source</h2>
 * M. S. Granovetter, "The strength of weak ties", American Journal of Sociology 78(6):1360-1380, 1973
 * (weak ties as the routes to distant parts of the network). P. Boldi, M. Rosa, S. Vigna, "HyperANF:
 * approximating the neighbourhood function of very large graphs on a budget", WWW 2011 (the ball and
 * neighbourhood-function notation); see {@link HyperBall} for the approximate version.
 *
 * <h2>Cost</h2>
 * Distance 2 marks u and N(u) in a bitset of n bits, then sets the bits of the lists of all
 * neighbours: time {@code O(Σ_v k_v^2)} (each list N(v) is scanned once per neighbour of v), plus for
 * nodes whose scan is long a popcount and zeroing of the bitset ({@code n / 64} words, only when the
 * scan is at least {@code n / 256} entries, so at most 4 times the scan). Scratch {@code n / 8} bytes per
 * worker, small enough to stay in a core's cache. A 10,000-leaf star costs 10^8 steps. For {@code k >= 3} a breadth-first search limited to depth k runs from every node: time
 * {@code O(Σ_u (arcs within B(u, k-1)))}, up to {@code O(n m)} when the balls cover the graph; scratch
 * {@code 8 n} bytes per worker. Result: {@code 4 (k + 1) n + 8 n} bytes.
 *
 * <h2>Weights, degenerate cases, determinism</h2>
 * Weights are ignored (distance counts ties); strengths are reported beside the counts for the reach
 * table. An isolated node has every reach 0. Every node's counts are written only by its own block and
 * are exact integers, so results are identical for any thread count; nodes are processed in blocks
 * balanced by arcs, in parallel, and the token is polled between blocks.
 */
public final class KHopReach {
  private KHopReach() {}

  /** Distance-2 reach with {@link KHopReachParams#defaults()}. */
  public static KHopReachResult compute(SocialGraph graph) {
    return compute(graph, KHopReachParams.defaults());
  }

  /** Reach at distances 1..maxDistance for every node. */
  public static KHopReachResult compute(SocialGraph graph, KHopReachParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    SocialGraph g = graph;
    int n = g.nodeCount();
    int kmax = params.maxDistance();
    int[][] reach = new int[kmax + 1][n];
    double[] strength = g.strengths();
    if (kmax == 2) {
      ScratchPool<long[]> pool = new ScratchPool<>(() -> new long[(n + 63) >>> 6]);
      NodeBlocks.run(g, params.threads(), params.token(), params.progress(), "2-hop reach",
          (block, from, to) -> {
            long[] bits = pool.take();
            try {
              for (int u = from; u < to; u++) {
                reach[1][u] = g.degree(u);
                reach[2][u] = twoHop(g, u, bits);
              }
            } finally {
              pool.give(bits);
            }
          });
    } else {
      ScratchPool<Bfs> pool = new ScratchPool<>(() -> new Bfs(n));
      NodeBlocks.run(g, params.threads(), params.token(), params.progress(), "k-hop reach",
          (block, from, to) -> {
            Bfs bfs = pool.take();
            try {
              for (int u = from; u < to; u++) {
                bfs.run(g, u, kmax, reach);
              }
            } finally {
              pool.give(bfs);
            }
          });
    }
    return new KHopReachResult(reach, strength);
  }

  /**
   * {@code |B(u, 2)| - 1} with a bitset of n bits (all zero on entry and on exit). When the scan is
   * long compared with the bitset, bits are set without tests and counted by popcount, then the bitset
   * is zeroed; otherwise new bits are counted as they are set and only the touched words are zeroed.
   */
  static int twoHop(SocialGraph g, int u, long[] bits) {
    int su = g.arcStart(u);
    int eu = g.arcEnd(u);
    long work = 0;
    bits[u >>> 6] |= 1L << u;
    for (int p = su; p < eu; p++) {
      int x = g.arcTarget(p);
      bits[x >>> 6] |= 1L << x;
      work += g.degree(x);
    }
    if (4 * work >= bits.length) {
      for (int p = su; p < eu; p++) {
        int v = g.arcTarget(p);
        for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
          int w = g.arcTarget(q);
          bits[w >>> 6] |= 1L << w;
        }
      }
      int pop = 0;
      for (long word : bits) {
        pop += Long.bitCount(word);
      }
      Arrays.fill(bits, 0L);
      return pop - 1;
    }
    int c = 0;
    for (int p = su; p < eu; p++) {
      int v = g.arcTarget(p);
      for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
        int w = g.arcTarget(q);
        long word = bits[w >>> 6];
        c += (int) ((~word >>> w) & 1L);
        bits[w >>> 6] = word | (1L << w);
      }
    }
    for (int p = su; p < eu; p++) {
      int v = g.arcTarget(p);
      bits[v >>> 6] = 0L;
      for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
        bits[g.arcTarget(q) >>> 6] = 0L;
      }
    }
    bits[u >>> 6] = 0L;
    return eu - su + c;
  }

  /** Depth-limited breadth-first search with stamps (no clearing between sources). */
  private static final class Bfs {
    final int[] stamp;
    final IntQueue queue;

    Bfs(int n) {
      stamp = new int[n];
      Arrays.fill(stamp, -1);
      queue = new IntQueue(n);
    }

    void run(SocialGraph g, int u, int kmax, int[][] reach) {
      queue.clear();
      stamp[u] = u;
      queue.add(u);
      int levelStart = 0;
      int levelEnd = 1;
      for (int d = 1; d <= kmax; d++) {
        for (int i = levelStart; i < levelEnd; i++) {
          int x = queue.enqueued(i);
          for (int p = g.arcStart(x), end = g.arcEnd(x); p < end; p++) {
            int y = g.arcTarget(p);
            if (stamp[y] != u) {
              stamp[y] = u;
              queue.add(y);
            }
          }
        }
        levelStart = levelEnd;
        levelEnd = queue.enqueuedCount();
        reach[d][u] = levelEnd - 1;
        if (levelStart == levelEnd) {
          for (int r = d + 1; r <= kmax; r++) {
            reach[r][u] = levelEnd - 1;
          }
          break;
        }
      }
    }
  }
}
