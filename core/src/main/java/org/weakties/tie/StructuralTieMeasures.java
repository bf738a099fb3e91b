package org.weakties.tie;

import org.weakties.exec.ScratchPool;
import org.weakties.graph.NodeBlocks;
import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * Structural tie strength of every edge in one pass: embeddedness, neighborhood overlap, Jaccard,
 * Adamic-Adar, resource allocation and a weighted overlap, plus the triangle count and local clustering
 * of every node as a by-product.
 *
 * <h2>Definitions</h2>
 * For an edge {@code (i, j)} with degrees {@code k_i, k_j}, weights {@code w} and strengths {@code s}
 * (sums of a node's edge weights), let {@code C = N(i) ∩ N(j)} be the common neighbours:
 * <ul>
 *   <li><b>embeddedness</b> {@code n_ij = |C|}, the number of mutual friends (Easley and Kleinberg's
 *       embeddedness; Rajkumar et al.'s structural tie strength "mutual connections");
 *   <li><b>overlap</b> {@code O_ij = n_ij / ((k_i - 1) + (k_j - 1) - n_ij)} (Onnela et al.), equal to
 *       Easley and Kleinberg's neighborhood overlap {@code |N(i) ∩ N(j)| / |(N(i) ∪ N(j)) \ {i, j}|}. When
 *       both endpoints have degree 1 the ratio is 0/0 and is <b>defined as 0</b>: such a tie is a bridge
 *       with no friendship circle around it, the same value local bridges get;
 *   <li><b>jaccard</b> {@code n_ij / |N(i) ∪ N(j)| = n_ij / (k_i + k_j - n_ij)}: NetworkX's
 *       {@code jaccard_coefficient} on open neighbourhoods, which for an edge counts {@code i} and
 *       {@code j} in the union, so it is always below the overlap unless both are 0;
 *   <li><b>adamic_adar</b> {@code Σ_{w ∈ C} 1 / ln k_w} (natural logarithm, as NetworkX);
 *   <li><b>resource_allocation</b> {@code Σ_{w ∈ C} 1 / k_w};
 *   <li><b>weighted_overlap</b>: the weighted Jaccard (Ružička) similarity of the two endpoints' weight
 *       vectors over {@code (N(i) ∪ N(j)) \ {i, j}}, a missing tie counting as weight 0:
 *       {@code Σ_{w ∈ C} min(w_iw, w_jw) / Σ_{w ∈ (N(i) ∪ N(j)) \ {i,j}} max(w_iw, w_jw)}, computed as
 *       {@code M / (s_i + s_j - 2 w_ij - M)} with {@code M = Σ_{w ∈ C} min(w_iw, w_jw)}. Just as Onnela's
 *       overlap is the set Jaccard of the two neighbourhoods without the endpoints, this is its weighted
 *       form: with all weights equal it is exactly the overlap. It lies in [0, 1] (clamped against
 *       rounding); 0/0 (both endpoints of degree 1) is 0 as for the overlap.
 * </ul>
 * Node by-products: {@code triangles(u) = Σ_{e ∋ u} n_e / 2} and local clustering
 * {@code 2 T(u) / (k_u (k_u - 1))}, 0 when {@code k_u < 2} (NetworkX's convention).
 *
 * <h2>Sources</h2>
 * J.-P. Onnela, J. Saramäki, J. Hyvönen, G. Szabó, D. Lazer, K. Kaski, J. Kertész, A.-L. Barabási,
 * "Structure and tie strengths in mobile communication networks", PNAS 104(18):7332-7336, 2007.
 * D. Easley and J. Kleinberg, <i>Networks, Crowds, and Markets</i>, ch. 3, Cambridge University Press,
 * 2010. L. A. Adamic and E. Adar, "Friends and neighbors on the Web", Social Networks 25(3):211-230,
 * 2003. T. Zhou, L. Lü, Y.-C. Zhang, "Predicting missing links via local information", European
 * Physical Journal B 71:623-630, 2009. D. Liben-Nowell and J. Kleinberg, "The link-prediction problem
 * for social networks", JASIST 58(7):1019-1031, 2007 (Jaccard on neighbourhoods). M. Ružička,
 * "Anwendung mathematisch-statistischer Methoden in der Geobotanik", Biológia (Bratislava) 13, 1958
 * (weighted Jaccard). K. Rajkumar, G. Saint-Jacques, I. Bojinov, E. Brynjolfsson, S. Aral, "A causal
 * test of the strength of weak ties", Science 377:1304-1310, 2022.
 *
 * <h2>Algorithm and cost</h2>
 * Each edge is owned by its endpoint of higher degree (ties broken by the larger id). An owner marks its
 * neighbours once, then scans the sorted neighbour list of the other, lower-degree endpoint of each edge
 * it owns. Time {@code O(n + Σ_{(i,j)} min(k_i, k_j)) ⊆ O(m^1.5)}, so a star with a million leaves costs
 * O(m), not quadratic. Space: {@code 52 m + 16 n} bytes for the result; while computing, {@code 24 n}
 * bytes of per-node terms, {@code 16 m} bytes of per-arc weights (only when the weights are not all
 * equal) and, per worker thread, a bitset of the owner's neighbours plus their positions
 * ({@code 4.125 n} bytes).
 *
 * <h2>Weights, degenerate cases, determinism</h2>
 * Only {@code weighted_overlap} uses weights; the other measures are purely structural, as in NetworkX.
 * Nothing is NaN: every 0/0 is 0 as stated above. Each edge is written by its owner only and its sums run
 * over common neighbours in ascending id order, so the results are bit-identical for any thread count.
 * Blocks of nodes (balanced by arcs) run in parallel on {@code threads} workers; the token is polled
 * between blocks.
 */
public final class StructuralTieMeasures {
  private StructuralTieMeasures() {}

  /** Computes all measures with {@link StructuralTieMeasuresParams#defaults()}. */
  public static StructuralTieMeasuresResult compute(SocialGraph graph) {
    return compute(graph, StructuralTieMeasuresParams.defaults());
  }

  /**
   * Computes all measures for every edge.
   *
   * @throws NullPointerException when {@code graph} or {@code params} is null
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static StructuralTieMeasuresResult compute(SocialGraph graph,
      StructuralTieMeasuresParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    SocialGraph g = graph;
    int n = g.nodeCount();
    int m = g.edgeCount();
    double[] invLog = new double[n];
    double[] invDeg = new double[n];
    double[] strength = new double[n];
    boolean uniform = true;
    for (int e = 1; e < m && uniform; e++) {
      uniform = g.weight(e) == g.weight(0);
    }
    // per-arc weights turn the random weight reads of the kernel into sequential ones
    double[] arcW = uniform ? null : new double[2 * m];
    ProgressListener progress = params.progress();
    CancellationToken token = params.token();
    NodeBlocks.run(g, params.threads(), token, ProgressListener.NONE, "node weights",
        (block, from, to) -> {
          for (int w = from; w < to; w++) {
            int d = g.degree(w);
            invDeg[w] = d > 0 ? 1.0 / d : 0.0;
            invLog[w] = d > 1 ? 1.0 / Math.log(d) : 0.0;
            if (arcW != null) {
              double st = 0;
              for (int p = g.arcStart(w), end = g.arcEnd(w); p < end; p++) {
                double x = g.weight(g.arcEdge(p));
                arcW[p] = x;
                st += x;
              }
              strength[w] = st;
            } else {
              strength[w] = d * (m > 0 ? g.weight(0) : 1.0);
            }
          }
        });
    int[] emb = new int[m];
    double[] overlap = new double[m];
    double[] jaccard = new double[m];
    double[] aa = new double[m];
    double[] ra = new double[m];
    double[] wov = new double[m]; // holds the numerator M until the second pass
    double[] weight = new double[m];
    ScratchPool<Scratch> pool = new ScratchPool<>(() -> new Scratch(n));
    double w0 = m > 0 ? g.weight(0) : 1.0;
    NodeBlocks.run(g, params.threads(), token, progress, "structural tie measures",
        (block, from, to) -> {
          Scratch s = pool.take();
          try {
            edgeKernel(g, from, to, s.bits, s.pos, invLog, invDeg, arcW, w0, emb, aa, ra, wov);
          } finally {
            pool.give(s);
          }
        });
    long[] triangles = new long[n];
    double[] clustering = new double[n];
    NodeBlocks.run(g, params.threads(), token, ProgressListener.NONE, "structural tie ratios",
        (block, from, to) -> {
          for (int u = from; u < to; u++) {
            long t2 = 0;
            int du = g.degree(u);
            for (int p = g.arcStart(u), end = g.arcEnd(u); p < end; p++) {
              int e = g.arcEdge(p);
              int c = emb[e];
              t2 += c;
              int v = g.arcTarget(p);
              if (v < u) {
                continue;
              }
              int dv = g.degree(v);
              int den = du + dv - 2 - c;
              overlap[e] = den > 0 ? (double) c / den : 0.0;
              jaccard[e] = (double) c / (du + dv - c);
              double wuv = g.weight(e);
              weight[e] = wuv;
              double num = wov[e];
              double wden = strength[u] + strength[v] - 2 * wuv - num;
              wov[e] = c == 0 || !(wden > 0) ? 0.0 : Math.min(1.0, num / wden);
            }
            long k = du;
            triangles[u] = t2 / 2;
            clustering[u] = k < 2 ? 0.0 : (double) t2 / (k * (k - 1));
          }
        });
    return new StructuralTieMeasuresResult(emb, overlap, jaccard, aa, ra, wov, weight, triangles,
        clustering);
  }

  /** Per-worker scratch: a bitset of the owner's neighbours and their arc positions. */
  private static final class Scratch {
    final long[] bits;
    final int[] pos;

    Scratch(int n) {
      bits = new long[(n + 63) >>> 6];
      pos = new int[n];
    }
  }

  /**
   * First pass: for every edge owned by a node of the block, the common-neighbour count and the sums
   * of Adamic-Adar, resource allocation and min-weight terms (into {@code minSum}).
   */
  private static void edgeKernel(SocialGraph g, int from, int to, long[] bits, int[] pos,
      double[] invLog, double[] invDeg, double[] arcW, double w0, int[] emb, double[] aa,
      double[] ra, double[] minSum) {
    for (int u = from; u < to; u++) {
      int su = g.arcStart(u);
      int eu = g.arcEnd(u);
      int du = eu - su;
      boolean marked = false;
      for (int p = su; p < eu; p++) {
        int v = g.arcTarget(p);
        int dv = g.degree(v);
        if (dv > du || (dv == du && v > u)) {
          continue; // v owns this edge
        }
        if (!marked) {
          for (int q = su; q < eu; q++) {
            int x = g.arcTarget(q);
            bits[x >>> 6] |= 1L << x;
            pos[x] = q;
          }
          marked = true;
        }
        int c = 0;
        double sAa = 0;
        double sRa = 0;
        double sMin = 0;
        if (arcW != null) {
          for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
            int w = g.arcTarget(q);
            if ((bits[w >>> 6] & (1L << w)) != 0) {
              c++;
              sAa += invLog[w];
              sRa += invDeg[w];
              sMin += Math.min(arcW[pos[w]], arcW[q]);
            }
          }
        } else {
          for (int q = g.arcStart(v), ev = g.arcEnd(v); q < ev; q++) {
            int w = g.arcTarget(q);
            if ((bits[w >>> 6] & (1L << w)) != 0) {
              c++;
              sAa += invLog[w];
              sRa += invDeg[w];
            }
          }
          sMin = c * w0;
        }
        int e = g.arcEdge(p);
        emb[e] = c;
        aa[e] = sAa;
        ra[e] = sRa;
        minSum[e] = sMin;
      }
      if (marked) {
        for (int q = su; q < eu; q++) {
          bits[g.arcTarget(q) >>> 6] = 0L;
        }
      }
    }
  }
}
