package org.weakties.reach;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weakties.graph.SocialGraph;

/** Obviously correct reach computations (plain BFS, maps of paths), for property tests. */
final class NaiveReach {
  private NaiveReach() {}

  /** Distances from u (-1 = unreachable). */
  static int[] distances(SocialGraph g, int u) {
    int[] d = new int[g.nodeCount()];
    Arrays.fill(d, -1);
    ArrayDeque<Integer> q = new ArrayDeque<>();
    d[u] = 0;
    q.add(u);
    while (!q.isEmpty()) {
      int x = q.poll();
      for (int y : g.neighbors(x).toArray()) {
        if (d[y] < 0) {
          d[y] = d[x] + 1;
          q.add(y);
        }
      }
    }
    return d;
  }

  /** Number of nodes at distance 1..k from u. */
  static int reach(int[] dist, int k) {
    int c = 0;
    for (int x : dist) {
      if (x >= 1 && x <= k) {
        c++;
      }
    }
    return c;
  }

  /** Friends of friends of u mapped to the common neighbours leading to them. */
  static Map<Integer, List<Integer>> fofPaths(SocialGraph g, int u) {
    Map<Integer, List<Integer>> via = new HashMap<>();
    int[] nu = g.neighbors(u).toArray();
    for (int v : nu) {
      for (int w : g.neighbors(v).toArray()) {
        if (w != u && !g.hasEdge(u, w)) {
          via.computeIfAbsent(w, k -> new ArrayList<>()).add(v);
        }
      }
    }
    return via;
  }
}
