package org.weakties.testing;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.weakties.graph.SocialGraph;

/**
 * Seeded clustered graphs with community structure for tests and hand-run timings: a planted
 * partition in which ties inside a community are strong and ties between communities are weak, so
 * that weight follows neighbourhood overlap (Granovetter's and Onnela's picture).
 *
 * <p>Nodes {@code 0..n-1} fall into consecutive communities of {@code communitySize} nodes. Each
 * node draws {@code inside / 2} partners uniformly in its own community and each draws
 * {@code outside / 2} partners uniformly among all nodes of other communities, so the expected
 * degrees are about {@code inside} and {@code outside}. Repeated pairs are merged (the builder's
 * default sums weights). Inside ties get weight {@code 5 + U[0, 5)} and outside ties {@code U(0, 1]},
 * rounded to multiples of 1/8 so that sums are exact.
 */
public final class CommunityGraphs {
  private CommunityGraphs() {}

  /** The planted-partition graph described in the class comment. */
  public static SocialGraph plantedPartition(int n, int communitySize, int inside, int outside,
      long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int perNode = inside / 2 + outside / 2;
    long cap = (long) n * perNode;
    int[] s = new int[(int) cap];
    int[] t = new int[(int) cap];
    double[] w = new double[(int) cap];
    int k = 0;
    for (int u = 0; u < n; u++) {
      int c0 = u / communitySize * communitySize;
      int c1 = Math.min(n, c0 + communitySize);
      int size = c1 - c0;
      for (int i = 0; i < inside / 2 && size > 1; i++) {
        int v = c0 + rnd.nextInt(size - 1);
        if (v >= u) {
          v++;
        }
        s[k] = u;
        t[k] = v;
        w[k++] = 5 + Math.floor(rnd.nextDouble() * 40) / 8;
      }
      int others = n - size;
      for (int i = 0; i < outside / 2 && others > 0; i++) {
        int v = rnd.nextInt(others);
        if (v >= c0) {
          v += size;
        }
        s[k] = u;
        t[k] = v;
        w[k++] = (1 + Math.floor(rnd.nextDouble() * 8)) / 8;
      }
    }
    return SocialGraph.fromEdgeArrays(n, Arrays.copyOf(s, k), Arrays.copyOf(t, k),
        Arrays.copyOf(w, k));
  }
}
