package org.weakties.holes;

import org.weakties.exec.ScratchPool;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * Burt's structural-hole measures for every node: effective size, efficiency, constraint and
 * hierarchy, plus local constraint on demand.
 *
 * <p><b>Definitions</b> (R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>,
 * Harvard University Press, 1992, chapters 1-2). For ego i with contacts N(i), degree
 * {@code k_i = |N(i)|} and tie weights {@code w_ij} (1 when unweighted):
 * <ul>
 *   <li>proportional tie strength {@code p_ij = w_ij / sum over q in N(i) of w_iq};
 *   <li>max-normalised strength {@code m_jq = w_jq / max over l in N(j) of w_jl} (j's largest tie);
 *   <li><b>effective size</b> {@code ES(i) = sum over j in N(i) of (1 - sum over q in N(i) of
 *       p_iq m_jq)}: contacts minus their redundancy. Unweighted, this is Borgatti's
 *       {@code k_i - 2 t_i / k_i} with {@code t_i} the ties among i's contacts (S. P. Borgatti,
 *       "Structural holes: unpacking Burt's redundancy measures", Connections 20(1):35-38, 1997),
 *       which is the formula used here in unweighted mode;
 *   <li><b>efficiency</b> {@code ES(i) / k_i};
 *   <li><b>local constraint</b> {@code l(i, j) = (p_ij + sum over q in N(i) of p_iq p_qj)^2}: how much
 *       i's investment is tied up in j, directly and through mutual contacts;
 *   <li><b>constraint</b> {@code C(i) = sum over j in N(i) of l(i, j)};
 *   <li><b>hierarchy</b> {@code H(i) = sum over j of r_j ln r_j / (k_i ln k_i)} with
 *       {@code r_j = l(i, j) / (C(i) / k_i)}: the Coleman-Theil disorder of the local constraints, 0
 *       when constraint is spread evenly over the contacts, towards 1 when it concentrates on one
 *       (Burt 1992, chapter 2). No maintained library computes it; this follows Burt's formula and the
 *       convention of the draft NetworkX implementation: {@code H = 1} at degree 1.
 * </ul>
 * The numbers match Debian's NetworkX 2.8.8 ({@code effective_size}, {@code constraint},
 * {@code local_constraint}, with {@code weight="weight"} or {@code None}) to rounding; in particular
 * the weighted effective size of node 0 of the karate club is 13.775 (normalising by j's largest tie
 * as above). NetworkX 3.6's all-node sparse-matrix path for weighted effective size normalises by
 * q's largest tie instead and returns 13.954 there; it does not follow the formula and is not matched.
 *
 * <p><b>igraph and self-loops.</b> A {@link SocialGraph} never holds self-loops. NetworkX counts a
 * self-loop as a tie of the node to itself (it enters the proportions and the sums), while igraph's
 * {@code constraint} ignores self-loops: on a triangle 0-1-2 with a tail 2-3 and a loop at 0,
 * NetworkX 2.8.8 gives node 0 a constraint of 1.2037 and igraph 0.10.2 gives 1.0069, the value of the
 * loop-free graph, which is what this class computes. On loop-free simple graphs igraph and NetworkX
 * agree with each other and with this class (tested on the named networks).
 *
 * <p><b>Method and cost.</b> For each ego the contacts are marked with their proportions. Every tie
 * (q, j) between two contacts is found once, by scanning the ties of q that lead to higher-ranked
 * nodes (rank = degree, then id), and adds {@code p_iq p_qj} to j's and {@code p_ij p_jq} to q's
 * indirect constraint and {@code p_iq m_jq + p_ij m_qj} to the redundancy. Time
 * {@code O(sum over nodes q of deg(q) * up(q))}, where {@code up(q)} counts q's higher-ranked
 * neighbours (at most {@code sqrt(2m)}), so hubs cost little; at most the number of paths of length
 * 2. Memory: the oriented ties (one int per edge, and one double per edge when weighted), two doubles
 * per node, and per worker one int and two doubles per node.
 *
 * <p><b>Degenerate cases.</b> Isolated nodes: every measure is NaN (no contacts, proportions
 * undefined), degree 0. Degree 1: effective size 1, efficiency 1, constraint 1, hierarchy 1.
 *
 * <p><b>Threads and determinism.</b> Parallel over fixed blocks of nodes; each node's values are
 * computed by one thread in a fixed order, so the result has the same bits with 1 or N threads.
 */
public final class StructuralHoles {
  private StructuralHoles() {}

  /** All measures, weighted, with default parameters. */
  public static StructuralHolesResult compute(SocialGraph g) {
    return compute(g, StructuralHolesParams.defaults());
  }

  /**
   * Effective size, efficiency, constraint and hierarchy of every node of {@code g}.
   *
   * @throws IllegalArgumentException when an argument is null
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static StructuralHolesResult compute(SocialGraph g, StructuralHolesParams params) {
    if (g == null) {
      throw new IllegalArgumentException("graph must not be null");
    }
    if (params == null) {
      throw new IllegalArgumentException(
          "params must not be null (use StructuralHolesParams.defaults())");
    }
    int n = g.nodeCount();
    Ties ties = new Ties(g, params.weighted());
    int[] degree = new int[n];
    double[] es = new double[n];
    double[] constraint = new double[n];
    double[] hierarchy = new double[n];
    ProgressListener progress = params.progress();
    progress.start("structural holes", n);
    ScratchPool<Scratch> pool = new ScratchPool<>(() -> new Scratch(n));
    Parallelism.forEachBlock(n, params.threads(), params.token(), "structural holes",
        (block, from, to) -> {
          Scratch s = pool.take();
          try {
            for (int i = from; i < to; i++) {
              degree[i] = g.degree(i);
              ego(g, ties, i, s, es, constraint, hierarchy);
            }
          } finally {
            pool.give(s);
          }
          progress.advance(to - from);
        });
    progress.finish();
    return new StructuralHolesResult(params.weighted(), degree, es, constraint, hierarchy);
  }

  /**
   * The local constraint {@code l(u, v)} of u's investment in v (see the class comment). Any node
   * {@code v != u} is allowed: for a non-contact only the indirect term remains. O(sum of the degrees
   * of u's contacts).
   *
   * @return the local constraint, or NaN when u has no contacts
   * @throws IllegalArgumentException for an unknown node or {@code u == v}
   */
  public static double localConstraint(SocialGraph g, int u, int v, boolean weighted) {
    checkNode(g, u);
    checkNode(g, v);
    if (u == v) {
      throw new IllegalArgumentException("local constraint needs two different nodes, got " + u
          + " twice");
    }
    double su = strength(g, u, weighted);
    if (g.degree(u) == 0) {
      return Double.NaN;
    }
    double direct = 0;
    double indirect = 0;
    for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
      int q = g.arcTarget(a);
      double puq = w(g, a, weighted) / su;
      if (q == v) {
        direct = puq;
        continue;
      }
      int e = g.edgeId(q, v);
      if (e >= 0) {
        indirect += puq * (weighted ? g.weight(e) : 1.0) / strength(g, q, weighted);
      }
    }
    double x = direct + indirect;
    return x * x;
  }

  /**
   * The local constraints {@code l(u, v)} for every contact v of u, in the order of u's neighbours
   * (ascending node id); an empty array for an isolated node.
   *
   * @throws IllegalArgumentException for an unknown node
   */
  public static double[] localConstraints(SocialGraph g, int u, boolean weighted) {
    checkNode(g, u);
    double[] out = new double[g.degree(u)];
    int k = 0;
    for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
      out[k++] = localConstraint(g, u, g.arcTarget(a), weighted);
    }
    return out;
  }

  private static void checkNode(SocialGraph g, int u) {
    if (u < 0 || u >= g.nodeCount()) {
      throw new IllegalArgumentException("unknown node id " + u + "; ids are in [0, "
          + g.nodeCount() + ")");
    }
  }

  private static double w(SocialGraph g, int arc, boolean weighted) {
    return weighted ? g.weight(g.arcEdge(arc)) : 1.0;
  }

  private static double strength(SocialGraph g, int u, boolean weighted) {
    return weighted ? g.strength(u) : g.degree(u);
  }

  /**
   * Tie data shared by all workers: inverse strengths and largest ties per node, and the ties
   * oriented from lower to higher rank (rank = (degree, id)), each edge once, with its weight.
   */
  private static final class Ties {
    final boolean weighted;
    final double[] invStrength; // 1 / strength (1 / degree when unweighted); 0 for isolates
    final double[] invMax; // weighted only: 1 / largest incident weight
    final int[] upStart; // n + 1 offsets into upTarget
    final int[] upTarget; // higher-ranked neighbours, ascending id within each node
    final double[] upWeight; // weighted only: weight of each oriented tie

    Ties(SocialGraph g, boolean weighted) {
      int n = g.nodeCount();
      this.weighted = weighted;
      invStrength = new double[n];
      invMax = weighted ? new double[n] : null;
      upStart = new int[n + 1];
      upTarget = new int[g.edgeCount()];
      upWeight = weighted ? new double[g.edgeCount()] : null;
      int k = 0;
      for (int u = 0; u < n; u++) {
        upStart[u] = k;
        int du = g.degree(u);
        double s = 0;
        double max = 0;
        for (int a = g.arcStart(u), end = g.arcEnd(u); a < end; a++) {
          int v = g.arcTarget(a);
          double x = weighted ? g.weight(g.arcEdge(a)) : 1.0;
          s += x;
          max = Math.max(max, x);
          int dv = g.degree(v);
          if (dv > du || (dv == du && v > u)) {
            upTarget[k] = v;
            if (weighted) {
              upWeight[k] = x;
            }
            k++;
          }
        }
        invStrength[u] = s > 0 ? 1.0 / s : 0.0;
        if (weighted) {
          invMax[u] = max > 0 ? 1.0 / max : 0.0;
        }
      }
      upStart[n] = k;
    }
  }

  /** Per-worker scratch: contact marks, proportions and indirect constraint by node id. */
  private static final class Scratch {
    final int[] mark;
    final double[] p;
    final double[] indirect;

    Scratch(int n) {
      mark = new int[n];
      p = new double[n];
      indirect = new double[n];
    }
  }

  private static void ego(SocialGraph g, Ties ties, int i, Scratch s, double[] es,
      double[] constraint, double[] hierarchy) {
    int start = g.arcStart(i);
    int end = g.arcEnd(i);
    int k = end - start;
    if (k == 0) {
      es[i] = Double.NaN;
      constraint[i] = Double.NaN;
      hierarchy[i] = Double.NaN;
      return;
    }
    final int[] mark = s.mark;
    final double[] p = s.p;
    final double[] indirect = s.indirect;
    final int stamp = i + 1; // unique per ego: marks are never cleared
    final double invSi = ties.invStrength[i];
    final double[] invS = ties.invStrength;
    final int[] upStart = ties.upStart;
    final int[] upTarget = ties.upTarget;
    for (int a = start; a < end; a++) {
      int q = g.arcTarget(a);
      mark[q] = stamp;
      p[q] = ties.weighted ? g.weight(g.arcEdge(a)) * invSi : invSi;
      indirect[q] = 0.0;
    }
    // Every tie (q, j) between two contacts is found once, from its lower-ranked end q, and
    // contributes in both directions: q as the go-between for j and j as the go-between for q.
    double redundancy = 0.0;
    long pairs = 0; // ordered pairs of adjacent contacts (2 t_i)
    if (ties.weighted) {
      final double[] upWeight = ties.upWeight;
      final double[] invMax = ties.invMax;
      for (int a = start; a < end; a++) {
        int q = g.arcTarget(a);
        double pq = p[q];
        double fq = pq * invS[q];
        for (int b = upStart[q], be = upStart[q + 1]; b < be; b++) {
          int j = upTarget[b];
          if (mark[j] == stamp) {
            double w = upWeight[b];
            double pj = p[j];
            indirect[j] += fq * w;
            indirect[q] += pj * invS[j] * w;
            redundancy += pq * w * invMax[j] + pj * w * invMax[q];
          }
        }
      }
    } else {
      for (int a = start; a < end; a++) {
        int q = g.arcTarget(a);
        double fq = invSi * invS[q];
        for (int b = upStart[q], be = upStart[q + 1]; b < be; b++) {
          int j = upTarget[b];
          if (mark[j] == stamp) {
            indirect[j] += fq;
            indirect[q] += invSi * invS[j];
            pairs += 2;
          }
        }
      }
    }
    es[i] = ties.weighted ? k - redundancy : k - (double) pairs / k;
    double c = 0.0;
    for (int a = start; a < end; a++) {
      int j = g.arcTarget(a);
      double x = p[j] + indirect[j];
      double l = x * x;
      indirect[j] = l; // reuse the slot for the local constraint
      c += l;
    }
    constraint[i] = c;
    if (k == 1) {
      hierarchy[i] = 1.0;
      return;
    }
    double mean = c / k;
    double sum = 0.0;
    for (int a = start; a < end; a++) {
      double r = indirect[g.arcTarget(a)] / mean;
      sum += r * Math.log(r);
    }
    hierarchy[i] = sum / (k * Math.log(k));
  }
}
