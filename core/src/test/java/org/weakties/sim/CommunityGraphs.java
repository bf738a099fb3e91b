package org.weakties.sim;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.weakties.graph.BuildOptions;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.SocialGraph;

/**
 * Test graphs with community structure: nodes are cut into communities of 10 to 70 members, each
 * community an Erdos-Renyi graph with its own density in [0.2, 0.6], plus a few random ties per node
 * across communities. Mutual-connection counts of ties inside communities then reach about 30, as
 * in the binscatters of Rajkumar et al. (2022).
 */
final class CommunityGraphs {
  private CommunityGraphs() {}

  /**
   * The graph.
   *
   * @param n nodes
   * @param crossPerNode random ties each node adds outside its community
   * @param maxWeight weights drawn uniformly from 1..maxWeight (1: unweighted)
   * @param seed seed
   */
  static SocialGraph clustered(int n, int crossPerNode, int maxWeight, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int cap = 16;
    int[] s = new int[cap];
    int[] t = new int[cap];
    double[] w = new double[cap];
    int k = 0;
    int start = 0;
    while (start < n) {
      int size = Math.min(n - start, 10 + r.nextInt(61));
      double p = 0.2 + 0.4 * r.nextDouble();
      for (int a = 0; a < size; a++) {
        for (int b = a + 1; b < size; b++) {
          if (r.nextDouble() < p) {
            if (k == s.length) {
              s = Arrays.copyOf(s, 2 * k);
              t = Arrays.copyOf(t, 2 * k);
              w = Arrays.copyOf(w, 2 * k);
            }
            s[k] = perm[start + a];
            t[k] = perm[start + b];
            w[k++] = 1 + r.nextInt(maxWeight);
          }
        }
      }
      start += size;
    }
    for (int u = 0; u < n; u++) {
      for (int c = 0; c < crossPerNode; c++) {
        int v = r.nextInt(n);
        if (v == u) {
          continue;
        }
        if (k == s.length) {
          s = Arrays.copyOf(s, 2 * k);
          t = Arrays.copyOf(t, 2 * k);
          w = Arrays.copyOf(w, 2 * k);
        }
        s[k] = u;
        t[k] = v;
        w[k++] = 1 + r.nextInt(maxWeight);
      }
    }
    return SocialGraph.fromEdgeArrays(n, Arrays.copyOf(s, k), Arrays.copyOf(t, k),
        Arrays.copyOf(w, k), BuildOptions.defaults().withDuplicates(DuplicatePolicy.MAX));
  }
}
