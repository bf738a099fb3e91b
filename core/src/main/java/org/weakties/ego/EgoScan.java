package org.weakties.ego;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.weakties.bridge.SpanSearch;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;
import org.weakties.internal.IntArrays;

/**
 * The local work of a career report, directly on the graph: ego's contacts (alters, by position
 * {@code 0..k-1} in ego's arc order), one pass over their neighbour lists (mutual connections,
 * friends of friends with their common-contact counts, unique reach, circles, the sums of Burt's
 * measures, exactly in the order {@code org.weakties.holes.StructuralHoles} adds them), the span
 * searches, and one pass over the lists of the friends of friends (clusters, people opened,
 * introducers). Lives only during one report.
 */
final class EgoScan {
  static final int NONE = 0;
  static final int EGO = 1;
  static final int ALTER = 2;
  static final int FOF = 3;

  final SocialGraph g;
  final int ego;
  final int k;
  final int[] alter;
  final int[] altEdge;
  final String[] altLabel;
  /** Per node: NONE, EGO, ALTER or FOF. */
  final int[] role;
  /** Per node: position among the alters or among the friends of friends. */
  final int[] pos;
  final int[] mutual;
  final int[] unique;
  final CareerReport.UnionFind circleSets;
  int nf;
  int[] fofNode = new int[16];
  int[] fofCount = new int[16];
  private int[] fofVia = new int[16];
  double effectiveSize = Double.NaN;
  double constraint = Double.NaN;
  double hierarchy = Double.NaN;
  double clustering;

  private EgoScan(SocialGraph g, int ego) {
    this.g = g;
    this.ego = ego;
    int n = g.nodeCount();
    k = g.degree(ego);
    alter = new int[k];
    altEdge = new int[k];
    altLabel = new String[k];
    role = new int[n];
    pos = new int[n];
    mutual = new int[k];
    unique = new int[k];
    circleSets = new CareerReport.UnionFind(k);
    role[ego] = EGO;
    for (int i = 0, a = g.arcStart(ego); i < k; i++, a++) {
      alter[i] = g.arcTarget(a);
      altEdge[i] = g.arcEdge(a);
      altLabel[i] = CareerReport.text(g.label(alter[i]));
      role[alter[i]] = ALTER;
      pos[alter[i]] = i;
    }
  }

  /** Ego's contacts and the pass over their neighbour lists. */
  static EgoScan contacts(SocialGraph g, int ego, boolean weighted, CancellationToken token,
      ProgressListener progress) {
    EgoScan s = new EgoScan(g, ego);
    s.scanContacts(weighted, token, progress);
    return s;
  }

  private void scanContacts(boolean weighted, CancellationToken token, ProgressListener progress) {
    progress.start("career report: contacts", k);
    double[] invStrength = new double[k];
    double[] invMax = new double[k];
    for (int i = 0; i < k; i++) {
      int v = alter[i];
      if (weighted) {
        double s = 0;
        double max = 0;
        for (int a = g.arcStart(v), end = g.arcEnd(v); a < end; a++) {
          double x = g.weight(g.arcEdge(a));
          s += x;
          max = Math.max(max, x);
        }
        invStrength[i] = s > 0 ? 1.0 / s : 0.0;
        invMax[i] = max > 0 ? 1.0 / max : 0.0;
      } else {
        int d = g.degree(v);
        invStrength[i] = d > 0 ? 1.0 / d : 0.0;
      }
    }
    double invSi;
    if (weighted) {
      double s = 0;
      for (int a = g.arcStart(ego), end = g.arcEnd(ego); a < end; a++) {
        s += g.weight(g.arcEdge(a));
      }
      invSi = s > 0 ? 1.0 / s : 0.0;
    } else {
      invSi = k > 0 ? 1.0 / k : 0.0;
    }
    double[] p = new double[k];
    for (int i = 0; i < k; i++) {
      p[i] = weighted ? g.weight(altEdge[i]) * invSi : invSi;
    }
    double[] indirect = new double[k];
    double redundancy = 0;
    long pairs = 0;
    for (int i = 0; i < k; i++) {
      if ((i & 255) == 0) {
        token.throwIfCancelled("career report");
      }
      int v = alter[i];
      double piq = p[i];
      double f = piq * invStrength[i];
      for (int a = g.arcStart(v), end = g.arcEnd(v); a < end; a++) {
        int x = g.arcTarget(a);
        int r = role[x];
        if (r == ALTER) {
          int j = pos[x];
          mutual[i]++;
          if (weighted) {
            double wqj = g.weight(g.arcEdge(a));
            indirect[j] += f * wqj;
            redundancy += piq * wqj * invMax[j];
          } else {
            indirect[j] += f;
            pairs++;
          }
          if (j > i) {
            circleSets.union(i, j);
          }
        } else if (r == NONE) {
          addFriendOfFriend(x, i);
        } else if (r == FOF) {
          fofCount[pos[x]]++;
        }
      }
      progress.advance(1);
    }
    progress.finish();
    for (int c = 0; c < nf; c++) {
      if (fofCount[c] == 1) {
        unique[fofVia[c]]++;
      }
    }
    holes(weighted, p, indirect, redundancy, pairs);
    long t2 = 0;
    for (int i = 0; i < k; i++) {
      t2 += mutual[i];
    }
    long kk = k;
    clustering = kk < 2 ? 0.0 : (double) t2 / (kk * (kk - 1));
  }

  private void addFriendOfFriend(int x, int via) {
    if (nf == fofNode.length) {
      fofNode = IntArrays.grow(fofNode, nf + 1);
      fofCount = IntArrays.grow(fofCount, nf + 1);
      fofVia = IntArrays.grow(fofVia, nf + 1);
    }
    role[x] = FOF;
    pos[x] = nf;
    fofNode[nf] = x;
    fofCount[nf] = 1;
    fofVia[nf] = via;
    nf++;
  }

  /** Burt's measures from the sums of the contact pass, as StructuralHoles finishes them. */
  private void holes(boolean weighted, double[] p, double[] indirect, double redundancy,
      long pairs) {
    if (k == 0) {
      return;
    }
    effectiveSize = weighted ? k - redundancy : k - (double) pairs / k;
    double c = 0.0;
    double[] local = new double[k];
    for (int i = 0; i < k; i++) {
      double x = p[i] + indirect[i];
      double l = x * x;
      local[i] = l;
      c += l;
    }
    constraint = c;
    if (k == 1) {
      hierarchy = 1.0;
      return;
    }
    double mean = c / k;
    double sum = 0.0;
    for (int i = 0; i < k; i++) {
      double r = local[i] / mean;
      sum += r * Math.log(r);
    }
    hierarchy = sum / (k * Math.log(k));
  }

  /**
   * The span of every local bridge of ego (mutual = 0), {@link EgoTie#NO_SPAN} for the other ties,
   * searched in the whole graph up to {@code maxSpan} hops, in parallel over the local bridges.
   */
  int[] spans(int maxSpan, int threads, CancellationToken token, ProgressListener progress) {
    int[] span = new int[k];
    Arrays.fill(span, EgoTie.NO_SPAN);
    int candidates = 0;
    for (int i = 0; i < k; i++) {
      if (mutual[i] == 0) {
        candidates++;
      }
    }
    if (candidates == 0) {
      return span;
    }
    int[] cand = new int[candidates];
    for (int i = 0, c = 0; i < k; i++) {
      if (mutual[i] == 0) {
        cand[c++] = i;
      }
    }
    int n = g.nodeCount();
    progress.start("career report: spans", candidates);
    ConcurrentLinkedDeque<SpanSearch> pool = new ConcurrentLinkedDeque<>();
    Parallelism.forEachBlock(candidates, threads, token, "career report", (block, from, to) -> {
      SpanSearch s = maxSpan < 3 ? null : pool.pollFirst();
      if (s == null && maxSpan >= 3) {
        s = new SpanSearch(n);
      }
      try {
        for (int c = from; c < to; c++) {
          int i = cand[c];
          span[i] = s == null ? EgoTie.OVER_CAP : s.span(g, ego, alter[i], altEdge[i], maxSpan);
        }
      } finally {
        if (s != null) {
          pool.addFirst(s);
        }
      }
      progress.advance(to - from);
    });
    progress.finish();
    return span;
  }

  /** What the pass over the friends of friends finds, by friend-of-friend position. */
  static final class FriendsOfFriends {
    final int[] opens;
    final int[] introducer;
    final CareerReport.UnionFind clusterSets;

    FriendsOfFriends(int[] opens, int[] introducer, CareerReport.UnionFind clusterSets) {
      this.opens = opens;
      this.introducer = introducer;
      this.clusterSets = clusterSets;
    }
  }

  /**
   * One pass over the neighbour lists of the friends of friends: contacts at distance 3
   * ({@code opens}), the best-ranked common friend ({@code introducer}, by {@code rankOf}) and, when
   * {@code components}, the connected components among the friends of friends.
   */
  FriendsOfFriends scanFriendsOfFriends(int[] rankOf, boolean components, CancellationToken token,
      ProgressListener progress) {
    progress.start("career report: friends of friends", nf);
    int[] opens = new int[nf];
    int[] introducer = new int[nf];
    CareerReport.UnionFind sets = components ? new CareerReport.UnionFind(nf) : null;
    for (int c = 0; c < nf; c++) {
      if ((c & 1023) == 0) {
        token.throwIfCancelled("career report");
      }
      int w = fofNode[c];
      int best = -1;
      int o = 0;
      for (int a = g.arcStart(w), end = g.arcEnd(w); a < end; a++) {
        int x = g.arcTarget(a);
        int r = role[x];
        if (r == ALTER) {
          int i = pos[x];
          if (best < 0 || rankOf[i] < rankOf[best]) {
            best = i;
          }
        } else if (r == FOF) {
          if (sets != null && pos[x] > c) {
            sets.union(c, pos[x]);
          }
        } else if (r == NONE) {
          o++;
        }
      }
      opens[c] = o;
      introducer[c] = best;
      if ((c & 1023) == 1023) {
        progress.advance(1024);
      }
    }
    progress.finish();
    return new FriendsOfFriends(opens, introducer, sets);
  }
}
