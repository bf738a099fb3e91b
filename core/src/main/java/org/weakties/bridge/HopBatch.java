package org.weakties.bridge;

import java.util.Arrays;

/**
 * Brandes on hop counts for {@value #LANES} sources at once: one level-synchronous breadth-first
 * search shared by all of them, with per-source path counts and dependencies side by side.
 *
 * <p><b>Idea.</b> Each node carries a bit mask of the sources that have reached it ({@code seen})
 * and of those for which it lies on the current level ({@code front}). Scanning the arcs of every
 * node that lies on the current level for at least one source finds, with two bit operations per
 * arc, the sources for which the arc's head lies on the next level: {@code front[v] & ~seen[w]}
 * (the multi-source breadth-first search of M. Then et al., "The more the merrier: efficient
 * multi-source graph traversal", PVLDB 8(4):449-460, 2014). Sources that lie close together reach
 * most nodes on the same level or on neighbouring levels, so a node's arcs are scanned fewer than
 * twice per batch instead of once per source (1.74 times per batch of 16 on the 10k-node benchmark
 * network with sources in the order of {@link Betweenness#sourceOrder}). Each arc with a non-empty
 * mask is kept as a record of the shortest-path DAGs that contain it; path counts ({@code sigma})
 * and dependencies ({@code delta}) are then computed per record for eight sources in straight-line
 * code, with no branch on which of the eight the record serves (a record serves 4 of its 8 lanes on
 * average there, yet skipping the idle lanes by branches or bit loops measured slower).
 *
 * <p><b>Lanes.</b> Source {@code l} of a batch is lane {@code l}: group {@code l / 8}, slot
 * {@code l % 8}. Per group, the values of node v are at {@code [8 v, 8 v + 8)} of the group's
 * arrays, so one record reads and writes two runs of eight adjacent doubles. The records of a group
 * are kept per activation (a node on one level, with the lanes for which it lies there), in level
 * order.
 *
 * <p><b>Backward pass.</b> Levels are processed deepest first. After the records leaving the nodes
 * of level l are done, every such node gets {@code coef[v, lane] = (1 + delta) / sigma} for the
 * lanes in which it lies on level l; lanes not yet finished hold 0. A record (v, w) then adds
 * {@code c = sigma'[v, lane] * coef[w, lane]} for all eight lanes, with {@code sigma'} the path
 * counts of v masked to the lanes in which v lies on the record's level: in any other lane either
 * {@code sigma'} is 0 or w lies on v's level or above it, whose {@code coef} is still 0, so the
 * product is 0 without a test.
 *
 * <p><b>Cost.</b> Per batch O(a + 8 r) with a the arc scans (each node's degree times the number
 * of distinct levels it takes across the batch) and r the records. Memory per worker: per node
 * three doubles per lane (48 doubles, 384 bytes) plus six ints; records one long per edge and
 * group, and activations 2n + 16 ints per array, to start with (both grown on demand). Results are
 * sums in a fixed order (records in reverse, lanes as a balanced tree), so they depend only on the
 * batch, never on the thread.
 */
final class HopBatch implements Betweenness.SourceKernel {
  /** Sources per batch: two groups of eight lanes. */
  static final int LANES = 16;
  private static final int GROUPS = 2;

  private final Betweenness.Csr g;
  private final int[] seen;
  private final int[] front;
  private final int[] next;
  private final int[] found; // nodes first put on the next level during a scan
  private final int[] reached; // nodes reached by any source, in first-reached order
  private final int[] levelStart;
  private final double[][] sigma = new double[GROUPS][];
  private final double[][] delta = new double[GROUPS][];
  private final double[][] coef = new double[GROUPS][];
  private final long[][] rec = new long[GROUPS][]; // arc position << 8 | lanes of the group
  private final int[][] actEnd = new int[GROUPS][]; // end of each activation's records
  private final int[] nr = new int[GROUPS];
  private int[] actNode; // activations in level order: the node
  private int[] actMask; // and the lanes in which it lies on that level
  private int activations;
  private int reachedCount;
  private int levels;

  HopBatch(Betweenness.Csr g) {
    this.g = g;
    int n = g.n;
    seen = new int[n];
    front = new int[n];
    next = new int[n];
    found = new int[n + 1]; // one spare slot: the scan writes before it decides to keep
    reached = new int[n];
    levelStart = new int[n + 2];
    int cap = 2 * n + 16;
    actNode = new int[cap];
    actMask = new int[cap];
    for (int k = 0; k < GROUPS; k++) {
      sigma[k] = new double[8 * n];
      delta[k] = new double[8 * n];
      coef[k] = new double[8 * n];
      rec[k] = new long[g.m + 16];
      actEnd[k] = new int[cap];
    }
  }

  /** Runs the sources (distinct kernel nodes) in batches of {@value #LANES}, in order. */
  @Override
  public void sources(int[] src, int from, int to, double[] part, boolean squares) {
    for (int i = from; i < to; i += LANES) {
      batch(src, i, Math.min(LANES, to - i), part, squares);
    }
  }

  private void batch(int[] src, int from, int count, double[] part, boolean squares) {
    forward(src, from, count);
    for (int k = 0; k < GROUPS; k++) {
      backward(k, part, squares);
    }
    finish(src, from, count, part, squares);
  }

  private void forward(int[] src, int from, int count) {
    final int[] start = g.start;
    final int[] seen = this.seen;
    final int[] front = this.front;
    final int[] next = this.next;
    final int[] found = this.found;
    activations = 0;
    reachedCount = 0;
    levels = 0;
    Arrays.fill(nr, 0);
    for (int l = 0; l < count; l++) {
      int s = src[from + l];
      actNode[activations++] = s;
      reached[reachedCount++] = s;
      seen[s] = 1 << l;
      front[s] = 1 << l;
      sigma[l >>> 3][8 * s + (l & 7)] = 1.0;
    }
    int lvStart = 0;
    levelStart[0] = 0;
    while (activations > lvStart) {
      int lvEnd = activations;
      levelStart[++levels] = lvEnd;
      long need = 0;
      for (int i = lvStart; i < lvEnd; i++) {
        int v = actNode[i];
        need += start[v + 1] - start[v];
      }
      for (int k = 0; k < GROUPS; k++) {
        if (nr[k] + need + 1 > rec[k].length) {
          rec[k] = Arrays.copyOf(rec[k], (int) Math.min(Integer.MAX_VALUE - 8,
              2 * (nr[k] + need + 1)));
        }
      }
      int nn = scan(lvStart, lvEnd);
      for (int k = 0; k < GROUPS; k++) {
        countPaths(k, lvStart, lvEnd);
      }
      for (int i = lvStart; i < lvEnd; i++) {
        front[actNode[i]] = 0;
      }
      if (activations + nn > actNode.length) {
        int cap = 2 * (activations + nn);
        actNode = Arrays.copyOf(actNode, cap);
        actMask = Arrays.copyOf(actMask, cap);
        for (int k = 0; k < GROUPS; k++) {
          actEnd[k] = Arrays.copyOf(actEnd[k], cap);
        }
      }
      final int[] actNode = this.actNode;
      for (int i = 0; i < nn; i++) {
        int w = found[i];
        int x = next[w];
        if (seen[w] == 0) {
          reached[reachedCount++] = w;
        }
        seen[w] |= x;
        front[w] = x;
        next[w] = 0;
        actNode[activations++] = w;
      }
      lvStart = lvEnd;
    }
  }

  /**
   * Scans the arcs of the level's activations: marks the lanes for which each head lies on the next
   * level, lists the heads new to the next level, and records the arcs with lanes, per group.
   * Branch-free: every arc writes, and the counters advance by 0 or 1.
   */
  private int scan(int lvStart, int lvEnd) {
    final int[] start = g.start;
    final int[] target = g.target;
    final int[] seen = this.seen;
    final int[] front = this.front;
    final int[] next = this.next;
    final int[] found = this.found;
    final int[] actNode = this.actNode;
    final int[] actMask = this.actMask;
    final long[] rec0 = rec[0];
    final long[] rec1 = rec[1];
    final int[] end0 = actEnd[0];
    final int[] end1 = actEnd[1];
    int n0 = nr[0];
    int n1 = nr[1];
    int nn = 0;
    for (int i = lvStart; i < lvEnd; i++) {
      int v = actNode[i];
      int f = front[v];
      actMask[i] = f;
      for (int p = start[v], end = start[v + 1]; p < end; p++) {
        int w = target[p];
        int mk = f & ~seen[w];
        int old = next[w];
        next[w] = old | mk;
        found[nn] = w;
        nn += ((old - 1) & -mk) >>> 31; // old == 0 and mk != 0 (both below 2^16)
        long arc = (long) p << 8;
        int m0 = mk & 0xff;
        int m1 = mk >>> 8;
        rec0[n0] = arc | m0;
        n0 += -m0 >>> 31;
        rec1[n1] = arc | m1;
        n1 += -m1 >>> 31;
      }
      end0[i] = n0;
      end1[i] = n1;
    }
    nr[0] = n0;
    nr[1] = n1;
    return nn;
  }

  /** Pushes the path counts of the level's nodes along the level's records of group k. */
  private void countPaths(int k, int lvStart, int lvEnd) {
    final int[] target = g.target;
    final int[] actNode = this.actNode;
    final int[] actEnd = this.actEnd[k];
    final long[] rec = this.rec[k];
    final double[] sigma = this.sigma[k];
    int r = lvStart == 0 ? 0 : actEnd[lvStart - 1];
    for (int i = lvStart; i < lvEnd; i++) {
      int e = actEnd[i];
      if (r == e) {
        continue;
      }
      int vb = 8 * actNode[i];
      double s0 = sigma[vb], s1 = sigma[vb + 1], s2 = sigma[vb + 2], s3 = sigma[vb + 3];
      double s4 = sigma[vb + 4], s5 = sigma[vb + 5], s6 = sigma[vb + 6], s7 = sigma[vb + 7];
      for (; r < e; r++) {
        long x = rec[r];
        int mk = (int) x & 0xff;
        int wb = 8 * target[(int) (x >>> 8)];
        sigma[wb] += s0 * (mk & 1);
        sigma[wb + 1] += s1 * ((mk >>> 1) & 1);
        sigma[wb + 2] += s2 * ((mk >>> 2) & 1);
        sigma[wb + 3] += s3 * ((mk >>> 3) & 1);
        sigma[wb + 4] += s4 * ((mk >>> 4) & 1);
        sigma[wb + 5] += s5 * ((mk >>> 5) & 1);
        sigma[wb + 6] += s6 * ((mk >>> 6) & 1);
        sigma[wb + 7] += s7 * (mk >>> 7);
      }
    }
  }

  /** Accumulates the dependencies of group k, deepest level first (see the class comment). */
  private void backward(int k, double[] part, boolean squares) {
    final int[] target = g.target;
    final int[] edge = g.edge;
    final int mn = g.m + g.n;
    final int[] actNode = this.actNode;
    final int[] actMask = this.actMask;
    final int[] actEnd = this.actEnd[k];
    final long[] rec = this.rec[k];
    final double[] sigma = this.sigma[k];
    final double[] delta = this.delta[k];
    final double[] coef = this.coef[k];
    final int shift = 8 * k;
    int r = nr[k] - 1;
    for (int lv = levels; lv >= 1; lv--) {
      int lo = levelStart[lv - 1];
      int hi = levelStart[lv];
      for (int i = hi - 1; i >= lo; i--) {
        int first = i == 0 ? 0 : actEnd[i - 1];
        if (r < first) {
          continue;
        }
        int vb = 8 * actNode[i];
        int f = actMask[i] >>> shift;
        double s0 = sigma[vb] * (f & 1), s1 = sigma[vb + 1] * ((f >>> 1) & 1);
        double s2 = sigma[vb + 2] * ((f >>> 2) & 1), s3 = sigma[vb + 3] * ((f >>> 3) & 1);
        double s4 = sigma[vb + 4] * ((f >>> 4) & 1), s5 = sigma[vb + 5] * ((f >>> 5) & 1);
        double s6 = sigma[vb + 6] * ((f >>> 6) & 1), s7 = sigma[vb + 7] * ((f >>> 7) & 1);
        double d0 = delta[vb], d1 = delta[vb + 1], d2 = delta[vb + 2], d3 = delta[vb + 3];
        double d4 = delta[vb + 4], d5 = delta[vb + 5], d6 = delta[vb + 6], d7 = delta[vb + 7];
        for (; r >= first; r--) {
          int p = (int) (rec[r] >>> 8);
          int wb = 8 * target[p];
          double c0 = s0 * coef[wb], c1 = s1 * coef[wb + 1], c2 = s2 * coef[wb + 2];
          double c3 = s3 * coef[wb + 3], c4 = s4 * coef[wb + 4], c5 = s5 * coef[wb + 5];
          double c6 = s6 * coef[wb + 6], c7 = s7 * coef[wb + 7];
          d0 += c0;
          d1 += c1;
          d2 += c2;
          d3 += c3;
          d4 += c4;
          d5 += c5;
          d6 += c6;
          d7 += c7;
          int e = edge[p];
          part[e] += ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7));
          if (squares) {
            part[mn + e] += ((c0 * c0 + c1 * c1) + (c2 * c2 + c3 * c3))
                + ((c4 * c4 + c5 * c5) + (c6 * c6 + c7 * c7));
          }
        }
        delta[vb] = d0;
        delta[vb + 1] = d1;
        delta[vb + 2] = d2;
        delta[vb + 3] = d3;
        delta[vb + 4] = d4;
        delta[vb + 5] = d5;
        delta[vb + 6] = d6;
        delta[vb + 7] = d7;
      }
      if (lv > 1) {
        for (int i = lo; i < hi; i++) {
          int vb = 8 * actNode[i];
          int f = actMask[i] >>> shift;
          for (int l = 0; l < 8; l++) {
            int on = (f >>> l) & 1; // adds 0 to lanes of other levels, with no division by 0
            coef[vb + l] += on * (1.0 + delta[vb + l]) / (sigma[vb + l] + (1 - on));
          }
        }
      }
    }
  }

  /** Adds the node dependencies (the sources' own excluded) and clears the scratch. */
  private void finish(int[] src, int from, int count, double[] part, boolean squares) {
    final int m = g.m;
    final int mnm = 2 * m + g.n;
    for (int l = 0; l < count; l++) {
      delta[l >>> 3][8 * src[from + l] + (l & 7)] = 0.0;
    }
    for (int i = 0; i < reachedCount; i++) {
      int v = reached[i];
      int vb = 8 * v;
      double sum = 0.0;
      double sumSq = 0.0;
      for (int k = 0; k < GROUPS; k++) {
        final double[] delta = this.delta[k];
        for (int l = 0; l < 8; l++) {
          double d = delta[vb + l];
          sum += d;
          sumSq += d * d;
        }
        final double[] sigma = this.sigma[k];
        final double[] coef = this.coef[k];
        for (int l = 0; l < 8; l++) {
          delta[vb + l] = 0.0;
          sigma[vb + l] = 0.0;
          coef[vb + l] = 0.0;
        }
      }
      part[m + v] += sum;
      if (squares) {
        part[mnm + v] += sumSq;
      }
      seen[v] = 0;
      front[v] = 0;
    }
  }
}
