package org.weakties.cli;

import org.weakties.graph.SocialGraph;

/**
 * Picks the demo's person for the career report: among people whose degree is between 15 and 60,
 * the one with the most ties not contacted for over a year (a job seeker with dormant ties to revive),
 * ties broken by the smallest node id. Falls back to the person of median degree.
 */
final class EgoChoice {
  private EgoChoice() {}

  static String pick(SocialGraph g) {
    long latest = Long.MIN_VALUE;
    for (int e = 0; e < g.edgeCount(); e++) {
      latest = Math.max(latest, g.lastContact(e));
    }
    long year = 365L * 86400;
    int best = -1;
    int bestDormant = -1;
    for (int u = 0; u < g.nodeCount(); u++) {
      int d = g.degree(u);
      if (d < 15 || d > 60) {
        continue;
      }
      int dormant = 0;
      for (int p = g.arcStart(u); p < g.arcEnd(u); p++) {
        long t = g.lastContact(g.arcEdge(p));
        if (t != SocialGraph.NO_TIME && latest - t > year) {
          dormant++;
        }
      }
      if (dormant > bestDormant) {
        bestDormant = dormant;
        best = u;
      }
    }
    if (best < 0) {
      int[] order = new int[g.nodeCount()];
      Integer[] ids = new Integer[g.nodeCount()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i;
      }
      java.util.Arrays.sort(ids, (a, b) -> Integer.compare(g.degree(a), g.degree(b)));
      best = ids.length == 0 ? 0 : ids[ids.length / 2];
      order[0] = best;
    }
    return g.label(best).toString();
  }
}
