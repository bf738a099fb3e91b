package org.weakties.tie;

import org.weakties.exec.ScratchPool;
import org.weakties.graph.NodeBlocks;
import java.util.Arrays;
import java.util.Objects;
import org.weakties.graph.SocialGraph;
import org.weakties.internal.IntArrays;

/**
 * Dispersion of ties (Backstrom and Kleinberg), in both directions of every edge or for one edge on
 * demand.
 *
 * <h2>Definition</h2>
 * For a tie between ego {@code u} and alter {@code v}, let {@code S = N(u) ∩ N(v)} (so {@code |S|} is
 * the embeddedness). The raw dispersion {@code disp(u, v)} counts the unordered pairs {@code {s, t} ⊆ S}
 * that are not adjacent and have no common neighbour in {@code N(u) \ {v}}: the mutual friends of u and
 * v that u's own network does not tie together. It is <b>not symmetric</b>: {@code disp(u, v)} looks at
 * u's neighbourhood, {@code disp(v, u)} at v's. The normalised form, as NetworkX 2.8 computes it, is
 * {@code (disp + b)^alpha / (|S| + c)}, where the division is skipped when {@code |S| + c = 0}; the
 * defaults {@code alpha = 1, b = c = 0} give {@code disp / |S|} and 0 for an edge without common
 * neighbours. For an edge {@code e = (source, target)} with {@code source < target},
 * {@link DispersionResult#dispersion(int)} is {@code disp(source, target)} (NetworkX's
 * {@code dispersion(G, source, target)}) and {@link DispersionResult#dispersionReverse(int)} is
 * {@code disp(target, source)}.
 *
 * <h2>Source</h2>
 * L. Backstrom and J. Kleinberg, "Romantic partnerships and the dispersion of social ties: a network
 * analysis of relationship status on Facebook", Proc. 17th ACM Conference on Computer Supported
 * Cooperative Work and Social Computing (CSCW), 2014. The recursive dispersion of the paper is not
 * computed.
 *
 * <h2>Algorithm and cost</h2>
 * For each ego {@code u}, the ego network (the edges among {@code N(u)}) is built once with local ids:
 * the list {@code E_s = N(s) ∩ N(u)} of each neighbour {@code s}, by scanning {@code N(s)} against a mark
 * of {@code N(u)} or, when {@code s} is a hub, by binary searches of {@code N(u)} in {@code N(s)}
 * (cost {@code min(k_s, k_u log k_s)}, so a star with a million leaves costs O(m)). Then for each alter
 * {@code v}, {@code S = E_v}, and a pair {@code {s, t}} counts iff {@code t ∉ E_s} and
 * {@code E_s ∩ E_t = {v}}, tested by marking {@code E_s} and scanning {@code E_t} with early exit. Time:
 * {@code O(Σ_u Σ_{s ∈ N(u)} min(k_s, k_u log k_s) + Σ_{(u,v)} Σ_{s ∈ S_uv} (d_u(s) + Σ_{t ∈ S_uv}
 * d_u(t)))} with {@code d_u(x) = |N(x) ∩ N(u)|}; the second term is at most {@code Σ_{(u,v)} |S_uv|^2
 * k_u}, which is {@code O(m Δ^3)} on dense graphs (a clique {@code K_k} costs about {@code k^5}).
 * This can be prohibitive around large dense hubs, so the all-edge computation accepts an embeddedness
 * cap ({@link DispersionParams#maxEmbeddedness()}, both directions NaN above it, bounding the cost of
 * a directed edge by {@code cap^2 k_u}), and {@link #between(SocialGraph, int, int, DispersionParams)}
 * computes one edge on demand in {@code O(k_u + Σ_{s ∈ S} min(k_s, k_u) log max(k_s, k_u) + |S|^2
 * (log k_u + k_u))}. Space: 36 bytes per edge for the result, plus per worker thread {@code 8 n} bytes
 * and {@code O(k_u + 2 T(u))} ints for the largest ego network ({@code T(u)} triangles at u).
 *
 * <h2>Weights, degenerate cases, determinism</h2>
 * Weights are ignored (as in NetworkX). Raw counts are exact integers; an edge with fewer than two
 * common neighbours has raw dispersion 0. NaN appears only for edges skipped by the cap, or when the
 * parameters make the normalised form undefined (a negative {@code raw + b} with a fractional alpha).
 * Each direction of each edge is written only by its ego's block, so results do not depend on the
 * thread count. Blocks of egos (balanced by arcs) run in parallel; the token is polled between blocks.
 */
public final class Dispersion {
  private Dispersion() {}

  /** All-edge dispersion with {@link DispersionParams#defaults()}. */
  public static DispersionResult compute(SocialGraph graph) {
    return compute(graph, DispersionParams.defaults());
  }

  /**
   * Dispersion of every edge in both directions.
   *
   * @throws NullPointerException when an argument is null
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static DispersionResult compute(SocialGraph graph, DispersionParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    SocialGraph g = graph;
    int n = g.nodeCount();
    int m = g.edgeCount();
    long[] raw = new long[m];
    long[] rawRev = new long[m];
    int[] emb = new int[m];
    int cap = params.maxEmbeddedness();
    ScratchPool<Ego> pool = new ScratchPool<>(() -> new Ego(n));
    NodeBlocks.run(g, params.threads(), params.token(), params.progress(), "dispersion",
        (block, from, to) -> {
          Ego ego = pool.take();
          try {
            for (int u = from; u < to; u++) {
              egoKernel(g, u, ego, cap, raw, rawRev, emb);
            }
          } finally {
            pool.give(ego);
          }
        });
    double[] val = new double[m];
    double[] valRev = new double[m];
    for (int e = 0; e < m; e++) {
      val[e] = raw[e] < 0 ? Double.NaN : params.value(raw[e], emb[e]);
      valRev[e] = rawRev[e] < 0 ? Double.NaN : params.value(rawRev[e], emb[e]);
    }
    return new DispersionResult(raw, rawRev, val, valRev, emb);
  }

  /** Scratch of one worker: marks of N(u), local ids, the ego network and pair marks. */
  private static final class Ego {
    final int[] stamp;
    final int[] local;
    int[] off = new int[16];
    int[] adj = new int[64];
    int[] mark = new int[16];
    int tag;

    Ego(int n) {
      stamp = new int[n];
      Arrays.fill(stamp, -1);
      local = new int[n];
    }

    int nextTag() {
      if (tag == Integer.MAX_VALUE) {
        Arrays.fill(mark, 0);
        tag = 0;
      }
      return ++tag;
    }
  }

  private static void egoKernel(SocialGraph g, int u, Ego ego, int cap, long[] raw, long[] rawRev,
      int[] emb) {
    int su = g.arcStart(u);
    int ku = g.arcEnd(u) - su;
    if (ku < 3) {
      // at most one common neighbour per edge: raw dispersion 0; record embeddedness only
      for (int i = 0; i < ku; i++) {
        int v = g.arcTarget(su + i);
        if (u < v) {
          emb[g.arcEdge(su + i)] = commonCount(g, u, v);
        }
      }
      return;
    }
    int[] stamp = ego.stamp;
    int[] local = ego.local;
    for (int i = 0; i < ku; i++) {
      int x = g.arcTarget(su + i);
      stamp[x] = u;
      local[x] = i;
    }
    if (ego.off.length < ku + 1) {
      ego.off = new int[Math.max(ku + 1, 2 * ego.off.length)];
    }
    if (ego.mark.length < ku) {
      ego.mark = new int[Math.max(ku, 2 * ego.mark.length)];
      ego.tag = 0;
    }
    int[] off = ego.off;
    int len = 0;
    off[0] = 0;
    for (int i = 0; i < ku; i++) {
      int s = g.arcTarget(su + i);
      int ss = g.arcStart(s);
      int es = g.arcEnd(s);
      int ds = es - ss;
      if ((long) ds <= (long) ku * (33 - Integer.numberOfLeadingZeros(ds))) {
        for (int q = ss; q < es; q++) {
          int x = g.arcTarget(q);
          if (stamp[x] == u) {
            if (len == ego.adj.length) {
              ego.adj = IntArrays.grow(ego.adj, len + 1);
            }
            ego.adj[len++] = local[x];
          }
        }
      } else {
        for (int j = 0; j < ku; j++) {
          if (contains(g, ss, es, g.arcTarget(su + j))) {
            if (len == ego.adj.length) {
              ego.adj = IntArrays.grow(ego.adj, len + 1);
            }
            ego.adj[len++] = j;
          }
        }
      }
      off[i + 1] = len;
    }
    int[] adj = ego.adj;
    int[] mark = ego.mark;
    for (int iv = 0; iv < ku; iv++) {
      int a0 = off[iv];
      int a1 = off[iv + 1];
      int k = a1 - a0;
      long count;
      if (k < 2) {
        count = 0;
      } else if (k > cap) {
        count = -1;
      } else {
        count = 0;
        for (int x = a0; x < a1 - 1; x++) {
          int s = adj[x];
          int tag = ego.nextTag();
          for (int y = off[s], ye = off[s + 1]; y < ye; y++) {
            mark[adj[y]] = tag;
          }
          for (int z = x + 1; z < a1; z++) {
            int t = adj[z];
            if (mark[t] == tag) {
              continue; // s and t are adjacent
            }
            boolean dispersed = true;
            for (int y = off[t], ye = off[t + 1]; y < ye; y++) {
              int w = adj[y];
              if (w != iv && mark[w] == tag) {
                dispersed = false;
                break;
              }
            }
            if (dispersed) {
              count++;
            }
          }
        }
      }
      int p = su + iv;
      int v = g.arcTarget(p);
      int e = g.arcEdge(p);
      if (u < v) {
        raw[e] = count;
        emb[e] = k;
      } else {
        rawRev[e] = count;
      }
    }
  }

  /** Whether the sorted arc range {@code [from, to)} contains node {@code x}. */
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

  /** Number of common neighbours of u and v: the shorter list searched in the longer. */
  private static int commonCount(SocialGraph g, int u, int v) {
    if (g.degree(u) > g.degree(v)) {
      int t = u;
      u = v;
      v = t;
    }
    int c = 0;
    int sv = g.arcStart(v);
    int ev = g.arcEnd(v);
    for (int p = g.arcStart(u), end = g.arcEnd(u); p < end; p++) {
      if (contains(g, sv, ev, g.arcTarget(p))) {
        c++;
      }
    }
    return c;
  }

  /** Sorted common neighbours of u and v (the shorter list searched in the longer). */
  private static int[] common(SocialGraph g, int u, int v) {
    int a = u;
    int b = v;
    if (g.degree(a) > g.degree(b)) {
      a = v;
      b = u;
    }
    int[] out = new int[g.degree(a)];
    int c = 0;
    int sb = g.arcStart(b);
    int eb = g.arcEnd(b);
    for (int p = g.arcStart(a), end = g.arcEnd(a); p < end; p++) {
      int x = g.arcTarget(p);
      if (contains(g, sb, eb, x)) {
        out[c++] = x;
      }
    }
    return Arrays.copyOf(out, c);
  }

  /**
   * The raw dispersion {@code disp(u, v)} of one tie, seen from ego {@code u}: the number of pairs of
   * mutual friends of u and v that are neither adjacent nor share a neighbour in {@code N(u) \ {v}}.
   * Costs {@code O(k_u + Σ_{s ∈ S} min(k_s, k_u) log max(k_s, k_u) + |S|^2 (log k_u + k_u))}.
   *
   * @throws IllegalArgumentException when u or v is not a node or u and v are not adjacent
   */
  public static long rawCount(SocialGraph graph, int u, int v) {
    Objects.requireNonNull(graph, "graph");
    SocialGraph g = graph;
    checkTie(g, u, v);
    int[] s = common(g, u, v);
    int k = s.length;
    if (k < 2) {
      return 0;
    }
    int[][] es = new int[k][];
    for (int i = 0; i < k; i++) {
      int[] c = common(g, s[i], u);
      es[i] = c;
    }
    long count = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (Arrays.binarySearch(es[i], s[j]) >= 0) {
          continue;
        }
        if (!sharesOtherThan(es[i], es[j], v)) {
          count++;
        }
      }
    }
    return count;
  }

  /** Whether two sorted arrays share an element other than {@code skip}. */
  private static boolean sharesOtherThan(int[] a, int[] b, int skip) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        if (a[i] != skip) {
          return true;
        }
        i++;
        j++;
      }
    }
    return false;
  }

  /**
   * The dispersion {@code disp(u, v)} of one tie from ego {@code u}, normalised as {@code params} says
   * (NetworkX's {@code dispersion(G, u, v)} with the default parameters). Threads, progress and the
   * embeddedness cap of {@code params} do not apply.
   *
   * @throws IllegalArgumentException when u or v is not a node or u and v are not adjacent
   */
  public static double between(SocialGraph graph, int u, int v, DispersionParams params) {
    Objects.requireNonNull(params, "params");
    long raw = rawCount(graph, u, v);
    return params.value(raw, common(graph, u, v).length);
  }

  /** {@link #between(SocialGraph, int, int, DispersionParams)} with the default parameters. */
  public static double between(SocialGraph graph, int u, int v) {
    return between(graph, u, v, DispersionParams.defaults());
  }

  private static void checkTie(SocialGraph g, int u, int v) {
    int n = g.nodeCount();
    if (u < 0 || u >= n || v < 0 || v >= n) {
      throw new IllegalArgumentException("node ids must be in [0, " + n + "), got " + u + " and "
          + v);
    }
    if (u == v || g.edgeId(u, v) < 0) {
      throw new IllegalArgumentException("dispersion is defined for a tie; nodes " + g.label(u)
          + " and " + g.label(v) + " are not adjacent");
    }
  }
}
