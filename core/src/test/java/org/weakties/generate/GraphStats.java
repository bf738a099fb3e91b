package org.weakties.generate;

import java.util.Arrays;
import org.weakties.graph.SocialGraph;

/**
 * Naive shape statistics for testing generators, written for clarity rather than speed and kept out
 * of the library (the measures proper live in their own packages): mean degree, average local
 * clustering, Onnela overlap per edge, Spearman rank correlation and a discrete power-law tail fit.
 */
final class GraphStats {
  private GraphStats() {}

  /** Mean degree 2m/n (0 for n = 0). */
  static double meanDegree(SocialGraph g) {
    return g.nodeCount() == 0 ? 0 : 2.0 * g.edgeCount() / g.nodeCount();
  }

  /** Degrees by node id. */
  static int[] degrees(SocialGraph g) {
    int[] d = new int[g.nodeCount()];
    for (int u = 0; u < d.length; u++) {
      d[u] = g.degree(u);
    }
    return d;
  }

  /**
   * Local clustering {@code C_u = 2 T(u) / (k_u (k_u - 1))}, 0 for degree below 2 (the NetworkX
   * convention), by marking the neighbours of u and counting marked neighbours of each neighbour.
   */
  static double[] localClustering(SocialGraph g) {
    int n = g.nodeCount();
    double[] c = new double[n];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    for (int u = 0; u < n; u++) {
      int k = g.degree(u);
      if (k < 2) {
        continue;
      }
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        mark[g.arcTarget(a)] = u;
      }
      long twice = 0; // each triangle through u is seen from both of its other corners
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        int v = g.arcTarget(a);
        for (int b = g.arcStart(v); b < g.arcEnd(v); b++) {
          if (mark[g.arcTarget(b)] == u) {
            twice++;
          }
        }
      }
      c[u] = (double) twice / ((long) k * (k - 1));
    }
    return c;
  }

  /** Average of the local clustering over all nodes (NetworkX {@code average_clustering}). */
  static double averageClustering(SocialGraph g) {
    double[] c = localClustering(g);
    double s = 0;
    for (double x : c) {
      s += x;
    }
    return c.length == 0 ? 0 : s / c.length;
  }

  /** Common neighbours n_ij of every edge, by edge id. */
  static int[] commonNeighbors(SocialGraph g) {
    int n = g.nodeCount();
    int[] cn = new int[g.edgeCount()];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    for (int u = 0; u < n; u++) {
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        mark[g.arcTarget(a)] = u;
      }
      for (int a = g.arcStart(u); a < g.arcEnd(u); a++) {
        int v = g.arcTarget(a);
        if (v < u) {
          continue;
        }
        int c = 0;
        for (int b = g.arcStart(v); b < g.arcEnd(v); b++) {
          if (mark[g.arcTarget(b)] == u) {
            c++;
          }
        }
        cn[g.arcEdge(a)] = c;
      }
    }
    return cn;
  }

  /** Onnela overlap {@code O_ij = n_ij / ((k_i - 1) + (k_j - 1) - n_ij)}, 0/0 = 0, by edge id. */
  static double[] overlap(SocialGraph g) {
    int[] cn = commonNeighbors(g);
    double[] o = new double[g.edgeCount()];
    g.forEachEdge((e, u, v) -> {
      int den = (g.degree(u) - 1) + (g.degree(v) - 1) - cn[e];
      o[e] = den == 0 ? 0 : (double) cn[e] / den;
    });
    return o;
  }

  /** Weights by edge id. */
  static double[] weights(SocialGraph g) {
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    return w;
  }

  /** Ranks 1..n with ties given their average rank. */
  static double[] ranks(double[] x) {
    int n = x.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
    double[] r = new double[n];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && x[idx[j + 1]] == x[idx[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }

  /** Pearson correlation. */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman rank correlation: Pearson correlation of the average ranks (as SciPy's spearmanr). */
  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  /** A fitted power-law tail: exponent, lower cut-off, tail size and Kolmogorov-Smirnov distance. */
  record PowerLawFit(double alpha, int kmin, int tail, double ks) {}

  /**
   * Fits {@code P(k) ~ k^-alpha} for {@code k >= kmin} to integer data by the method of Clauset,
   * Shalizi and Newman ("Power-law distributions in empirical data", SIAM Review 51:661-703, 2009).
   * For a given kmin the exponent is their approximate discrete maximum-likelihood estimator (eq. 3.7),
   * {@code alpha = 1 + t / sum_i ln(k_i / (kmin - 1/2))} over the t values at or above kmin, which is
   * the continuous MLE with a half-unit continuity correction and is accurate for kmin of about 6 or
   * more. kmin is the candidate (every distinct value with at least {@code minTail} values at or above
   * it) that minimises the Kolmogorov-Smirnov distance between the empirical tail distribution and the
   * fitted one, {@code P(K >= k) = ((k - 1/2) / (kmin - 1/2))^(1 - alpha)}.
   */
  static PowerLawFit powerLawTail(int[] data, int minTail) {
    int[] k = data.clone();
    Arrays.sort(k);
    int n = k.length;
    PowerLawFit best = null;
    for (int i = 0; i < n; i++) {
      if (i > 0 && k[i] == k[i - 1]) {
        continue;
      }
      int kmin = k[i];
      int t = n - i;
      if (kmin < 1 || t < minTail) {
        continue;
      }
      double sum = 0;
      for (int j = i; j < n; j++) {
        sum += Math.log(k[j] / (kmin - 0.5));
      }
      if (sum <= 0) {
        continue;
      }
      double alpha = 1 + t / sum;
      // KS over the distinct tail values: empirical P(K >= x) against the fitted one
      double ks = 0;
      for (int j = i; j < n; ) {
        int x = k[j];
        double emp = (double) (n - j) / t;
        double fit = Math.pow((x - 0.5) / (kmin - 0.5), 1 - alpha);
        ks = Math.max(ks, Math.abs(emp - fit));
        int jj = j;
        while (jj < n && k[jj] == x) {
          jj++;
        }
        j = jj;
      }
      if (best == null || ks < best.ks()) {
        best = new PowerLawFit(alpha, kmin, t, ks);
      }
    }
    return best;
  }

  /** Sizes of the groups named by a node attribute (for example {@code community}), by name. */
  static java.util.Map<String, Integer> groupSizes(SocialGraph g, String key) {
    java.util.Map<String, Integer> m = new java.util.TreeMap<>();
    for (int u = 0; u < g.nodeCount(); u++) {
      m.merge(g.nodeAttributes().get(u, key), 1, Integer::sum);
    }
    return m;
  }
}
