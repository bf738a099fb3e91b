package org.weakties.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.weakties.graph.SocialGraph;
import org.weakties.graph.SocialGraphBuilder;

/**
 * The named reference networks used by tests, loaded from {@code /graphs/*.csv} (written by
 * {@code make_named_graphs.py} beside them from Debian's NetworkX 2.8.8). Node labels are the
 * NetworkX node names as Strings ("0".."33" for karate; names for the others). Nodes are numbered in
 * order of first appearance in the file, which is NetworkX's edge order.
 *
 * <p>This loader is deliberately independent of {@code org.weakties.io}.
 */
public final class NamedGraphs {
  private NamedGraphs() {}

  /** Zachary's karate club, 34 nodes, 78 edges, with NetworkX's interaction weights. */
  public static SocialGraph karate() {
    return load("karate", true);
  }

  /** Karate club with every weight 1. */
  public static SocialGraph karateUnweighted() {
    return load("karate", false);
  }

  /** Les Miserables co-appearance network, 77 nodes, 254 edges, weighted. */
  public static SocialGraph lesMiserables() {
    return load("lesmis", true);
  }

  /** Florentine families marriage network, 15 nodes, 20 edges, unweighted. */
  public static SocialGraph florentine() {
    return load("florentine", false);
  }

  /** Davis southern women, weighted projection onto the 18 women. */
  public static SocialGraph davisWomen() {
    return load("davis_women", true);
  }

  /** Loads {@code /graphs/NAME.csv}; with {@code weighted=false} every weight is 1. */
  public static SocialGraph load(String name, boolean weighted) {
    try (InputStream in = NamedGraphs.class.getResourceAsStream("/graphs/" + name + ".csv")) {
      if (in == null) {
        throw new IllegalArgumentException("no such test graph: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      SocialGraphBuilder b = SocialGraph.builder();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",");
        b.addEdge(f[0], f[1], weighted ? Double.parseDouble(f[2]) : 1.0);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A seeded G(n, p) random graph with integer labels 0..n-1 and random integer weights in
   * [1, maxWeight] (all 1 when maxWeight is 1), for property tests.
   */
  public static SocialGraph random(int n, double p, int maxWeight, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, (long) (p * n * (n - 1) / 2 * 1.2) + 16);
    int[] s = new int[cap];
    int[] t = new int[cap];
    double[] w = new double[cap];
    int k = 0;
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (rnd.nextDouble() < p) {
          if (k == s.length) {
            s = java.util.Arrays.copyOf(s, k * 2);
            t = java.util.Arrays.copyOf(t, k * 2);
            w = java.util.Arrays.copyOf(w, k * 2);
          }
          s[k] = u;
          t[k] = v;
          w[k++] = 1 + rnd.nextInt(maxWeight);
        }
      }
    }
    return SocialGraph.fromEdgeArrays(n, java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(t, k),
        java.util.Arrays.copyOf(w, k));
  }
}
