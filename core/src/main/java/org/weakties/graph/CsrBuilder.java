package org.weakties.graph;

/**
 * Builds the CSR arrays of a {@link SocialGraph} from primitive edge arrays in O(n + M) time, where M
 * is the number of input edges: two stable counting sorts (by larger then smaller endpoint) put the
 * edges in lexicographic order, repeated edges are merged by the duplicate policy, then the
 * neighbour lists are filled already sorted. Transient memory: about 12 bytes per input edge plus
 * 8 bytes per node. Nothing is boxed.
 */
final class CsrBuilder {

  /** Largest number of undirected edges: 2m arcs must fit a Java array. */
  static final int MAX_EDGES = (Integer.MAX_VALUE - 8) / 2;

  private CsrBuilder() {}

  static SocialGraph build(int n, int[] src, int[] dst, double[] w, BuildOptions opt,
      NodeIndex index, NodeAttributes attrs) {
    if (n < 0) {
      throw new IllegalArgumentException("node count must be >= 0, got " + n);
    }
    int total = src.length;
    if (dst.length != total || (w != null && w.length != total)
        || (opt.interactions() != null && opt.interactions().length != total)
        || (opt.lastContact() != null && opt.lastContact().length != total)) {
      throw new IllegalArgumentException("edge arrays differ in length: source " + total + ", target "
          + dst.length + (w == null ? "" : ", weight " + w.length)
          + (opt.interactions() == null ? "" : ", interactions " + opt.interactions().length)
          + (opt.lastContact() == null ? "" : ", lastContact " + opt.lastContact().length));
    }
    double[] inter = opt.interactions();
    long[] last = opt.lastContact();

    // pass 1: validate in input order, count self-loops
    int loops = 0;
    for (int i = 0; i < total; i++) {
      int u = src[i];
      int v = dst[i];
      if (u < 0 || u >= n || v < 0 || v >= n) {
        throw new EdgeRejectedException(i, "edge #" + i + " (" + u + ", " + v
            + "): node id out of range; ids must be in [0, " + n + ")");
      }
      if (w != null) {
        double x = w[i];
        if (!(x > 0) || Double.isInfinite(x)) {
          throw new EdgeRejectedException(i, "edge #" + i + " (" + name(index, u) + ", "
              + name(index, v) + "): weight " + Double.toString(x)
              + " is not allowed; weights must be finite and > 0");
        }
      }
      if (inter != null) {
        double c = inter[i];
        if (c < 0 || Double.isInfinite(c)) {
          throw new EdgeRejectedException(i, "edge #" + i + " (" + name(index, u) + ", "
              + name(index, v) + "): interaction count " + Double.toString(c)
              + " is not allowed; counts must be finite and >= 0 (NaN = unknown)");
        }
      }
      if (u == v) {
        if (opt.selfLoops() == SelfLoopPolicy.REJECT) {
          throw new EdgeRejectedException(i, "edge #" + i + " (" + name(index, u) + ", "
              + name(index, v) + "): self-loops are rejected; use the IGNORE self-loop policy to"
              + " drop them");
        }
        loops++;
      }
    }
    int rows = total - loops;
    int[] row = null; // row -> input index, only when self-loops were dropped
    if (loops > 0) {
      row = new int[rows];
      int k = 0;
      for (int i = 0; i < total; i++) {
        if (src[i] != dst[i]) {
          row[k++] = i;
        }
      }
    }

    // two stable counting sorts: by larger endpoint, then by smaller endpoint
    int[] cnt = new int[n + 1];
    int[] tmp = new int[rows];
    for (int r = 0; r < rows; r++) {
      int i = row == null ? r : row[r];
      cnt[Math.max(src[i], dst[i]) + 1]++;
    }
    prefix(cnt);
    for (int r = 0; r < rows; r++) {
      int i = row == null ? r : row[r];
      tmp[cnt[Math.max(src[i], dst[i])]++] = r;
    }
    java.util.Arrays.fill(cnt, 0);
    for (int r = 0; r < rows; r++) {
      int i = row == null ? r : row[r];
      cnt[Math.min(src[i], dst[i]) + 1]++;
    }
    prefix(cnt);
    int[] perm = new int[rows];
    for (int k = 0; k < rows; k++) {
      int r = tmp[k];
      int i = row == null ? r : row[r];
      perm[cnt[Math.min(src[i], dst[i])]++] = r;
    }
    tmp = null;

    // pass 2: count distinct edges and degrees; find the first duplicate for REJECT
    int[] deg = cnt; // reuse
    java.util.Arrays.fill(deg, 0);
    int m = 0;
    int firstDup = -1;
    int firstDupOf = -1;
    for (int k = 0; k < rows; ) {
      int r0 = perm[k];
      int i0 = row == null ? r0 : row[r0];
      int a = Math.min(src[i0], dst[i0]);
      int b = Math.max(src[i0], dst[i0]);
      int k2 = k + 1;
      while (k2 < rows) {
        int i2 = row == null ? perm[k2] : row[perm[k2]];
        if (Math.min(src[i2], dst[i2]) != a || Math.max(src[i2], dst[i2]) != b) {
          break;
        }
        if (firstDup < 0 || i2 < firstDup) {
          firstDup = i2;
          firstDupOf = i0;
        }
        k2++;
      }
      deg[a]++;
      deg[b]++;
      m++;
      k = k2;
    }
    if (firstDup >= 0 && opt.duplicates() == DuplicatePolicy.REJECT) {
      throw new EdgeRejectedException(firstDup, "edge #" + firstDup + " ("
          + name(index, src[firstDup]) + ", " + name(index, dst[firstDup]) + ") repeats edge #"
          + firstDupOf + "; duplicate edges are rejected (other policies: SUM, MAX, FIRST)");
    }
    if (m > MAX_EDGES) {
      throw new IllegalArgumentException("too many edges: " + m + "; the limit is " + MAX_EDGES
          + " undirected edges (2m arcs must fit a Java array)");
    }

    int[] offsets = new int[n + 1];
    for (int u = 0; u < n; u++) {
      offsets[u + 1] = offsets[u] + deg[u];
    }
    int[] pos = deg; // reuse as fill positions
    System.arraycopy(offsets, 0, pos, 0, n);
    int[] adj = new int[2 * m];
    int[] arcEdge = new int[2 * m];
    double[] weight = new double[m];
    double[] einter = inter == null ? null : new double[m];
    long[] elast = last == null ? null : new long[m];
    int[] firstRow = opt.keepInputOrder() ? new int[m] : null;

    int e = 0;
    DuplicatePolicy policy = opt.duplicates();
    for (int k = 0; k < rows; ) {
      int i0 = row == null ? perm[k] : row[perm[k]];
      int a = Math.min(src[i0], dst[i0]);
      int b = Math.max(src[i0], dst[i0]);
      double wsum = w == null ? 1.0 : w[i0];
      double csum = inter == null ? Double.NaN : inter[i0];
      long t = last == null ? SocialGraph.NO_TIME : last[i0];
      int k2 = k + 1;
      while (k2 < rows) {
        int i2 = row == null ? perm[k2] : row[perm[k2]];
        if (Math.min(src[i2], dst[i2]) != a || Math.max(src[i2], dst[i2]) != b) {
          break;
        }
        double w2 = w == null ? 1.0 : w[i2];
        double c2 = inter == null ? Double.NaN : inter[i2];
        switch (policy) {
          case SUM -> {
            wsum += w2;
            csum = Double.isNaN(csum) ? c2 : (Double.isNaN(c2) ? csum : csum + c2);
          }
          case MAX -> {
            wsum = Math.max(wsum, w2);
            csum = Double.isNaN(csum) ? c2 : (Double.isNaN(c2) ? csum : Math.max(csum, c2));
          }
          default -> { }
        }
        if (last != null) {
          t = Math.max(t, last[i2]);
        }
        k2++;
      }
      weight[e] = wsum;
      if (einter != null) {
        einter[e] = csum;
      }
      if (elast != null) {
        elast[e] = t;
      }
      if (firstRow != null) {
        firstRow[e] = i0; // stable sort: the group's first element is its first appearance
      }
      adj[pos[a]] = b;
      arcEdge[pos[a]++] = e;
      adj[pos[b]] = a;
      arcEdge[pos[b]++] = e;
      e++;
      k = k2;
    }
    perm = null;

    int[] order = null;
    if (firstRow != null) {
      int[] byRow = new int[total];
      for (int x = 0; x < m; x++) {
        byRow[firstRow[x]] = x + 1;
      }
      order = new int[m];
      int j = 0;
      for (int i = 0; i < total; i++) {
        int x = byRow[i];
        if (x != 0) {
          order[j++] = src[i] > dst[i] ? ~(x - 1) : x - 1;
        }
      }
    }
    return new SocialGraph(n, m, offsets, adj, arcEdge, weight, einter, elast, index, attrs, order);
  }

  private static void prefix(int[] cnt) {
    for (int i = 1; i < cnt.length; i++) {
      cnt[i] += cnt[i - 1];
    }
  }

  private static String name(NodeIndex index, int id) {
    if (index.isIdentity()) {
      return Integer.toString(id);
    }
    return "'" + index.label(id) + "'";
  }
}
