package org.weakties.reach;

import org.weakties.exec.ScratchPool;
import org.weakties.graph.NodeBlocks;
import java.util.Objects;
import org.weakties.graph.SocialGraph;
import org.weakties.tie.TieClassification;

/**
 * Friends-of-friends reach split by the class of the first tie on the way, and the unique reach of
 * every tie: which ties open new parts of the network.
 *
 * <h2>Definitions</h2>
 * For a node u let {@code F(u)} be its friends of friends: the nodes at distance exactly 2. A node
 * {@code w ∈ F(u)} is reached through the common neighbours {@code v ∈ N(u) ∩ N(w)}; given a strong/weak
 * labelling of the ties it is
 * <ul>
 *   <li>{@code weak_only} when every such u-v tie is weak,
 *   <li>{@code strong_only} when every such u-v tie is strong,
 *   <li>{@code mixed} otherwise,
 * </ul>
 * so {@code weak_only + strong_only + mixed = fof(u)}. Only the class of the first tie (u-v) matters;
 * the second tie (v-w) can be of either class. Granovetter's claim that weak ties are the bridges to
 * new information predicts that much of {@code F(u)} is weak-only.
 *
 * <p>The <b>unique reach</b> of a tie {@code (u, v)} seen from u is the number of {@code w ∈ F(u)} whose
 * only common neighbour with u is v: the friends of friends u would lose at distance 2 without this
 * tie. For edge {@code e = (source, target)}, {@code source < target},
 * {@link ReachByTieClassResult#uniqueReachSource(int)} is that number from the source's side and
 * {@link ReachByTieClassResult#uniqueReachTarget(int)} from the target's side. The unique reach of a
 * tie does not depend on the labelling.
 *
 * <h2>Source</h2>
 * M. S. Granovetter, "The strength of weak ties", American Journal of Sociology 78(6):1360-1380, 1973.
 * D. Easley and J. Kleinberg, <i>Networks, Crowds, and Markets</i>, ch. 3, 2010.
 *
 * <h2>Cost</h2>
 * For each u the lists of all neighbours are scanned once, counting for each reached w the weak and
 * strong u-v ties leading to it: time {@code O(Σ_v k_v^2)}, as for {@link KHopReach} at distance 2.
 * Each visit reads and writes one packed long per node. Scratch {@code 12 n} bytes plus {@code 4 Δ} per
 * worker; result {@code 24 n + 8 m} bytes.
 *
 * <h2>Weights, degenerate cases, determinism</h2>
 * Weights are ignored; the labelling decides. Isolated nodes and nodes whose neighbours have no other
 * neighbours have all counts 0. Counts are exact integers written by the block of their node, so the
 * result is identical for any thread count; blocks (balanced by arcs) run in parallel and the token is
 * polled between blocks.
 */
public final class ReachByTieClass {
  private ReachByTieClass() {}

  /** Reach by tie class with {@link ReachByTieClassParams#defaults()}. */
  public static ReachByTieClassResult compute(SocialGraph graph, TieClassification labels) {
    return compute(graph, labels, ReachByTieClassParams.defaults());
  }

  /**
   * Weak-only, strong-only and mixed friends of friends of every node, and the unique reach of every
   * tie in both directions.
   *
   * @throws IllegalArgumentException when the labelling does not have one label per edge
   */
  public static ReachByTieClassResult compute(SocialGraph graph, TieClassification labels,
      ReachByTieClassParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(params, "params");
    SocialGraph g = graph;
    int n = g.nodeCount();
    int m = g.edgeCount();
    if (labels.edgeCount() != m) {
      throw new IllegalArgumentException("the labelling has " + labels.edgeCount()
          + " edges, the graph " + m);
    }
    boolean[] strong = labels.toArray();
    int[] degree = new int[n];
    double[] strength = g.strengths();
    int[] weakOnly = new int[n];
    int[] strongOnly = new int[n];
    int[] mixed = new int[n];
    int[] uniqueSource = new int[m];
    int[] uniqueTarget = new int[m];
    ScratchPool<Scratch> pool = new ScratchPool<>(() -> new Scratch(n));
    NodeBlocks.run(g, params.threads(), params.token(), params.progress(), "reach by tie class",
        (block, from, to) -> {
          Scratch s = pool.take();
          try {
            for (int u = from; u < to; u++) {
              degree[u] = g.degree(u);
              s.node(g, u, strong, weakOnly, strongOnly, mixed, uniqueSource, uniqueTarget);
            }
          } finally {
            pool.give(s);
          }
        });
    return new ReachByTieClassResult(degree, strength, weakOnly, strongOnly, mixed, uniqueSource,
        uniqueTarget);
  }

  private static final long WEAK = 1L << 30;
  private static final long STRONG = 1L << 31;
  private static final long MULTI = Long.MIN_VALUE;
  private static final long VIA = (1L << 30) - 1;

  /**
   * Per-worker scratch. {@code state[w]} packs, in one long, the node whose friends of friends are
   * being counted (bits 32..62, the stamp, so nothing is cleared between nodes), whether w was reached
   * through a weak tie (bit 30), a strong tie (bit 31), more than once (bit 63), and the index among
   * u's arcs of the first tie leading to it (bits 0..29; degrees are below 2^30 since m is).
   */
  private static final class Scratch {
    final long[] state;
    final int[] list;
    int[] arcCount = new int[16];

    Scratch(int n) {
      state = new long[n];
      java.util.Arrays.fill(state, -1L);
      list = new int[n];
    }

    void node(SocialGraph g, int u, boolean[] isStrong, int[] weakOnly, int[] strongOnly,
        int[] mixed, int[] uniqueSource, int[] uniqueTarget) {
      int su = g.arcStart(u);
      int eu = g.arcEnd(u);
      int du = eu - su;
      if (arcCount.length < du) {
        arcCount = new int[Math.max(du, 2 * arcCount.length)];
      }
      long stamp = (long) u << 32;
      long excluded = stamp | MULTI | WEAK | STRONG | VIA;
      state[u] = excluded;
      for (int p = su; p < eu; p++) {
        state[g.arcTarget(p)] = excluded;
        arcCount[p - su] = 0;
      }
      int len = 0;
      for (int p = su; p < eu; p++) {
        int v = g.arcTarget(p);
        long flag = isStrong[g.arcEdge(p)] ? STRONG : WEAK;
        long first = stamp | flag | (p - su);
        for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
          int w = g.arcTarget(q);
          long x = state[w];
          if ((x & ~MULTI) >>> 32 != u) {
            state[w] = first;
            list[len++] = w;
          } else {
            state[w] = x | flag | MULTI;
          }
        }
      }
      int wo = 0;
      int so = 0;
      int mx = 0;
      for (int i = 0; i < len; i++) {
        long x = state[list[i]];
        boolean weak = (x & WEAK) != 0;
        boolean strong = (x & STRONG) != 0;
        if (!strong) {
          wo++;
        } else if (!weak) {
          so++;
        } else {
          mx++;
        }
        if (x >= 0) { // MULTI not set: a single path
          arcCount[(int) (x & VIA)]++;
        }
      }
      weakOnly[u] = wo;
      strongOnly[u] = so;
      mixed[u] = mx;
      for (int p = su; p < eu; p++) {
        int e = g.arcEdge(p);
        if (u < g.arcTarget(p)) {
          uniqueSource[e] = arcCount[p - su];
        } else {
          uniqueTarget[e] = arcCount[p - su];
        }
      }
    }
  }
}
