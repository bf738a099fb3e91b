package org.weakties.tie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.weakties.graph.SocialGraph;

/** Set-based, obviously correct versions of the tie measures, for property tests. */
final class NaiveTies {
  private NaiveTies() {}

  static List<Set<Integer>> neighbors(SocialGraph g) {
    List<Set<Integer>> nb = new ArrayList<>();
    for (int u = 0; u < g.nodeCount(); u++) {
      Set<Integer> s = new HashSet<>();
      for (int i = 0; i < g.neighbors(u).size(); i++) {
        s.add(g.neighbors(u).get(i));
      }
      nb.add(s);
    }
    return nb;
  }

  static Set<Integer> common(List<Set<Integer>> nb, int u, int v) {
    Set<Integer> c = new HashSet<>(nb.get(u));
    c.retainAll(nb.get(v));
    return c;
  }

  static double overlap(List<Set<Integer>> nb, int u, int v) {
    Set<Integer> union = new HashSet<>(nb.get(u));
    union.addAll(nb.get(v));
    union.remove(u);
    union.remove(v);
    return union.isEmpty() ? 0.0 : (double) common(nb, u, v).size() / union.size();
  }

  static double jaccard(List<Set<Integer>> nb, int u, int v) {
    Set<Integer> union = new HashSet<>(nb.get(u));
    union.addAll(nb.get(v));
    return union.isEmpty() ? 0.0 : (double) common(nb, u, v).size() / union.size();
  }

  static double adamicAdar(List<Set<Integer>> nb, int u, int v) {
    double s = 0;
    for (int w : common(nb, u, v)) {
      s += 1 / Math.log(nb.get(w).size());
    }
    return s;
  }

  static double resourceAllocation(List<Set<Integer>> nb, int u, int v) {
    double s = 0;
    for (int w : common(nb, u, v)) {
      s += 1.0 / nb.get(w).size();
    }
    return s;
  }

  static double weightedOverlap(SocialGraph g, List<Set<Integer>> nb, int u, int v) {
    Set<Integer> union = new HashSet<>(nb.get(u));
    union.addAll(nb.get(v));
    union.remove(u);
    union.remove(v);
    double num = 0;
    double den = 0;
    for (int x : union) {
      double a = nb.get(u).contains(x) ? g.weight(g.edgeId(u, x)) : 0;
      double b = nb.get(v).contains(x) ? g.weight(g.edgeId(v, x)) : 0;
      num += Math.min(a, b);
      den += Math.max(a, b);
    }
    return den > 0 ? num / den : 0.0;
  }

  /** NetworkX's raw dispersion, literally: pairs of S not adjacent and without common neighbour in N(u) - {u, v}. */
  static long dispersion(List<Set<Integer>> nb, int u, int v) {
    List<Integer> s = new ArrayList<>(common(nb, u, v));
    long total = 0;
    for (int i = 0; i < s.size(); i++) {
      for (int j = i + 1; j < s.size(); j++) {
        int a = s.get(i);
        int b = s.get(j);
        Set<Integer> nbrsA = new HashSet<>(nb.get(u));
        nbrsA.retainAll(nb.get(a));
        nbrsA.remove(u);
        nbrsA.remove(v);
        if (!nbrsA.contains(b)) {
          Set<Integer> x = new HashSet<>(nbrsA);
          x.retainAll(nb.get(b));
          if (x.isEmpty()) {
            total++;
          }
        }
      }
    }
    return total;
  }

  static long stcViolations(SocialGraph g, List<Set<Integer>> nb, boolean[] strong, int a) {
    List<Integer> s = new ArrayList<>();
    for (int x : nb.get(a)) {
      if (strong[g.edgeId(a, x)]) {
        s.add(x);
      }
    }
    long c = 0;
    for (int i = 0; i < s.size(); i++) {
      for (int j = i + 1; j < s.size(); j++) {
        if (!nb.get(s.get(i)).contains(s.get(j))) {
          c++;
        }
      }
    }
    return c;
  }
}
