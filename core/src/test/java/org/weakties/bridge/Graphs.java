package org.weakties.bridge;

import org.weakties.graph.SocialGraph;

/** Closed-form graph families for tests: nodes 0..n-1, weight 1 unless stated. */
final class Graphs {
  private Graphs() {}

  static SocialGraph path(int n) {
    int[] s = new int[Math.max(0, n - 1)];
    int[] t = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = i;
      t[i] = i + 1;
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  static SocialGraph cycle(int n) {
    int[] s = new int[n];
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
      t[i] = (i + 1) % n;
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  /** Centre 0, leaves 1..n-1. */
  static SocialGraph star(int n) {
    int[] s = new int[n - 1];
    int[] t = new int[n - 1];
    for (int i = 1; i < n; i++) {
      s[i - 1] = 0;
      t[i - 1] = i;
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  static SocialGraph complete(int n) {
    int m = n * (n - 1) / 2;
    int[] s = new int[m];
    int[] t = new int[m];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s[k] = i;
        t[k++] = j;
      }
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }

  /** A graph from an edge list {u0, v0, u1, v1, ...} on n nodes. */
  static SocialGraph of(int n, int... uv) {
    int[] s = new int[uv.length / 2];
    int[] t = new int[uv.length / 2];
    for (int i = 0; i < s.length; i++) {
      s[i] = uv[2 * i];
      t[i] = uv[2 * i + 1];
    }
    return SocialGraph.fromEdgeArrays(n, s, t, null);
  }
}
