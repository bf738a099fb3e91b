package org.weakties.ego;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.weakties.graph.SocialGraph;

/**
 * Straightforward reference computations for one ego, written independently of the report: sets,
 * plain breadth-first searches and whole-graph distance arrays.
 */
final class NaiveEgo {
  private NaiveEgo() {}

  static Set<Integer> neighbors(SocialGraph g, int u) {
    Set<Integer> s = new HashSet<>();
    for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
      s.add(g.arcTarget(p));
    }
    return s;
  }

  /** Hop distances from {@code src}, -1 when unreachable; edge {@code skip} is not used (-1: none). */
  static int[] distances(SocialGraph g, int src, int skip) {
    int[] d = new int[g.nodeCount()];
    Arrays.fill(d, -1);
    ArrayDeque<Integer> q = new ArrayDeque<>();
    d[src] = 0;
    q.add(src);
    while (!q.isEmpty()) {
      int u = q.poll();
      for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
        if (g.arcEdge(p) == skip) {
          continue;
        }
        int v = g.arcTarget(p);
        if (d[v] < 0) {
          d[v] = d[u] + 1;
          q.add(v);
        }
      }
    }
    return d;
  }

  static int mutual(SocialGraph g, int a, int b) {
    Set<Integer> s = neighbors(g, a);
    s.retainAll(neighbors(g, b));
    return s.size();
  }

  /** Friends of friends: distance exactly 2. */
  static List<Integer> friendsOfFriends(SocialGraph g, int ego) {
    int[] d = distances(g, ego, -1);
    List<Integer> out = new ArrayList<>();
    for (int w = 0; w < d.length; w++) {
      if (d[w] == 2) {
        out.add(w);
      }
    }
    return out;
  }

  /** Friends of friends whose only common neighbour with ego is {@code v}. */
  static int uniqueReach(SocialGraph g, int ego, int v) {
    Set<Integer> mine = neighbors(g, ego);
    int c = 0;
    for (int w : friendsOfFriends(g, ego)) {
      Set<Integer> common = neighbors(g, w);
      common.retainAll(mine);
      if (common.size() == 1 && common.contains(v)) {
        c++;
      }
    }
    return c;
  }

  /** Contacts of w at distance 3 from ego. */
  static int opens(SocialGraph g, int ego, int w) {
    int[] d = distances(g, ego, -1);
    int c = 0;
    for (int x : neighbors(g, w)) {
      if (d[x] == 3) {
        c++;
      }
    }
    return c;
  }

  /** Span of edge ego-v without the edge: -1 when disconnected. */
  static int span(SocialGraph g, int ego, int v) {
    return distances(g, ego, g.edgeId(ego, v))[v];
  }

  /** Sizes of the connected components of the sub-graph induced by {@code members}, descending. */
  static int[] componentSizes(SocialGraph g, List<Integer> members) {
    Set<Integer> in = new HashSet<>(members);
    Set<Integer> seen = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    for (int s : members) {
      if (!seen.add(s)) {
        continue;
      }
      int size = 0;
      ArrayDeque<Integer> q = new ArrayDeque<>(List.of(s));
      while (!q.isEmpty()) {
        int u = q.poll();
        size++;
        for (int x : neighbors(g, u)) {
          if (in.contains(x) && seen.add(x)) {
            q.add(x);
          }
        }
      }
      sizes.add(size);
    }
    return sizes.stream().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
  }

  /** Local clustering: ties among the neighbours over k(k-1)/2; 0 below degree 2. */
  static double clustering(SocialGraph g, int u) {
    List<Integer> n = new ArrayList<>(neighbors(g, u));
    int k = n.size();
    if (k < 2) {
      return 0;
    }
    int t = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (g.hasEdge(n.get(i), n.get(j))) {
          t++;
        }
      }
    }
    return 2.0 * t / (k * (k - 1.0));
  }
}
