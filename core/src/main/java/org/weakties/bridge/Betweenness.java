package org.weakties.bridge;

import org.weakties.exec.ScratchPool;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.weakties.bridge.BetweennessParams.Method;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * Edge and node betweenness (Brandes), exact or estimated from sampled pivot sources.
 *
 * <p><b>Definition.</b> The betweenness of edge e is {@code B(e) = sum over unordered node pairs
 * {s, t} of sigma_st(e) / sigma_st}, where {@code sigma_st} counts the shortest s-t paths and
 * {@code sigma_st(e)} those through e; node betweenness sums over pairs with {@code s != v != t}
 * the share of shortest paths through v. These are raw sums over unordered pairs, the values of
 * igraph's {@code edge_betweenness()} / {@code betweenness()} and of NetworkX's
 * {@code edge_betweenness_centrality} / {@code betweenness_centrality} with {@code normalized=False}.
 * Edges of high betweenness are the ties that hold groups together (Girvan and Newman).
 *
 * <p><b>Method.</b> U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163-177, 2001, and U. Brandes, "On variants of shortest-path
 * betweenness centrality and their generic computation", Social Networks 30(2):136-145, 2008 (edge
 * betweenness). From each source s one search counts shortest paths, then the dependencies
 * {@code delta_s(v) = sum over successors w of sigma_sv / sigma_sw (1 + delta_s(w))} are accumulated
 * in reverse order of distance; each DAG arc (v, w) adds {@code sigma_sv / sigma_sw (1 + delta_s(w))}
 * to its edge. Summing over all sources counts every pair twice, so the sums are halved.
 * With {@link EdgeLength#HOPS} the search is a breadth-first search; with any other length it is
 * Dijkstra's algorithm on a primitive indexed 4-ary heap.
 *
 * <p><b>Equal path lengths.</b> With lengths, two paths are equally short when their summed lengths
 * are exactly equal as doubles, as in NetworkX. igraph compares with a relative epsilon instead, so it
 * may merge lengths that differ by rounding: on the karate club with length 1/weight the node
 * betweenness of the two libraries differs by up to 1.0 (NetworkX 2.8.8 vs igraph 0.10.2). With
 * integer-valued lengths sums are exact and both agree with this class.
 *
 * <p><b>Sampling.</b> With {@link Method#SAMPLED}, k pivot sources are drawn uniformly without
 * replacement from a {@link SplittableRandom} seeded with {@link BetweennessParams#seed()}. Writing
 * {@code y_s = delta_s / 2} for the per-pivot contribution, the estimate is
 * {@code (n / k) * sum over pivots of y_s} (unbiased: the exact value is {@code n} times the mean of
 * {@code y_s} over all n sources). Its standard error is
 * {@code n * sd(y) / sqrt(k) * sqrt((n - k) / n)}, with {@code sd(y)} the sample standard deviation
 * (denominator k - 1) of the k per-pivot contributions and the finite-population correction
 * {@code 1 - k/n} for drawing without replacement. Under simple random sampling without replacement
 * {@code sd(y)^2} is unbiased for the population variance with denominator n - 1, so the squared
 * standard error is an unbiased estimate of the variance of the estimate (W. G. Cochran,
 * <i>Sampling Techniques</i>, 3rd ed., Wiley, 1977, theorems 2.2 and 2.4). It is 0 when {@code k = n}
 * (the result is then the exact one, bit for bit) and NaN when {@code k = 1 < n}. Per-pivot
 * contributions are heavy-tailed (few sources route most paths through an edge), so with small k the
 * standard error of a single run is itself noisy and tends to be low. D. A. Bader, S. Kintali, K. Madduri and M. Mihail, "Approximating betweenness
 * centrality", WAW 2007, LNCS 4863:124-137; U. Brandes and C. Pich, "Centrality estimation in large
 * networks", International Journal of Bifurcation and Chaos 17(7):2303-2318, 2007.
 * {@link Method#AUTO} (the default) computes exactly when {@code n m <= 5e9} and samples otherwise:
 * exact betweenness costs O(n m) and must not start silently on a large graph.
 *
 * <p><b>Cost.</b> Per source O(m) with hops, O(m log n) with lengths; k sources when sampled. With
 * hops, graphs of up to {@value #BATCH_MAX_NODES} nodes and {@value #BATCH_MAX_EDGES} edges run
 * sixteen sources per search ({@link HopBatch}): one level-synchronous breadth-first search marks,
 * with bit masks, for which of the sixteen sources each node lies on each level, and the path
 * counts and dependencies of eight sources sit side by side per node. Sources are taken in an order
 * that keeps a batch close together (hubs, each followed by its neighbours), so a batch scans each
 * node's arcs fewer than twice instead of sixteen times (1.74 times there). On the 10k-node /
 * 50k-edge benchmark network this takes 2.1 s on one thread for all 10,000 sources, against 4.4 s
 * one source at a time. Larger graphs (and all runs with lengths) use one source at a time: the
 * breadth-first search decides whether a seen neighbour lies on the next level without a branch and
 * records each DAG arc with its tail, and the backward pass is one flat loop over the DAG arcs in
 * reverse. With lengths, candidate DAG arcs are recorded as their tail settles and re-checked by
 * exact equality in the backward pass. The kernels run on a copy of the graph renumbered in
 * breadth-first order (neighbours get nearby ids, so a search reads the per-node arrays close
 * together; about 18% faster one source at a time), built in O(m log d) before the first source.
 * Memory: the CSR arrays are copied once (two ints per arc and two per node), plus with lengths one
 * double per arc (shared); per worker, batched 48 doubles and about 14 ints per node plus two longs
 * per edge (grown when a batch needs more), one source at a time with hops two doubles and two ints
 * per node and two ints per edge, with lengths four doubles and four ints per node and one int per
 * edge.
 *
 * <p><b>Degenerate cases.</b> The empty graph gives empty results; isolated nodes and edges between
 * two degree-1 nodes are fine (betweenness of such an edge is 1, of an isolated node 0). Disconnected
 * graphs sum over connected pairs only.
 *
 * <p><b>Threads and determinism.</b> Sources (or pivots, in the same fixed order) are cut into
 * {@code min(64, ceil(k / 16))} chunks at multiples of 16 sources, so the bounds depend only on the
 * number k of sources. Each chunk sums its sources' dependencies in source order into its own
 * partial arrays, and the partials are added into the totals strictly in chunk
 * order as they become available, so the result has the same bits with 1 or N threads. Memory for
 * partials: {@code m + n} doubles per live partial ({@code 2(m + n)} when sampled); a partial is freed as
 * soon as it is merged, so typically about threads + 1 partials are alive, never more than 64.
 */
public final class Betweenness {
  /** Maximum number of source chunks (fixed, independent of the thread count). */
  static final int MAX_CHUNKS = 64;
  /**
   * Chunk bounds are multiples of this many sources (one batch of the hop-count kernel), so merging
   * stays cheap and batches are full.
   */
  static final int CHUNK_UNIT = HopBatch.LANES;
  /**
   * Largest node count for which hop-count betweenness runs sixteen sources at a time (384 bytes
   * per node and worker); larger graphs use one source at a time.
   */
  static final int BATCH_MAX_NODES = 1 << 17;
  /**
   * Largest edge count for the sixteen-source kernel (its DAG records start at 16 bytes per edge
   * and worker, against 8 one source at a time).
   */
  static final int BATCH_MAX_EDGES = 1 << 22;

  private Betweenness() {}

  /** Betweenness with default parameters (automatic method, hop counts). */
  public static BetweennessResult compute(SocialGraph g) {
    return compute(g, BetweennessParams.defaults());
  }

  /**
   * The method {@link #compute} will use for {@code g}: {@link Method#EXACT} or {@link
   * Method#SAMPLED} (AUTO resolved by {@code n * m <= autoWorkLimit}).
   */
  public static Method chooseMethod(SocialGraph g, BetweennessParams params) {
    if (params.method() != Method.AUTO) {
      return params.method();
    }
    double work = (double) g.nodeCount() * g.edgeCount();
    return work <= params.autoWorkLimit() ? Method.EXACT : Method.SAMPLED;
  }

  /**
   * Edge and node betweenness of {@code g}.
   *
   * @throws IllegalArgumentException when an argument is null or an edge length is not positive and
   *     finite
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static BetweennessResult compute(SocialGraph g, BetweennessParams params) {
    return compute(g, params, g != null && g.nodeCount() <= BATCH_MAX_NODES
        && g.edgeCount() <= BATCH_MAX_EDGES);
  }

  /**
   * {@link #compute(SocialGraph, BetweennessParams)} with the hop-count kernel chosen by the caller:
   * {@link HopBatch} when {@code batch} is true, else one source at a time (tests compare the two).
   */
  static BetweennessResult compute(SocialGraph g, BetweennessParams params, boolean batch) {
    if (g == null) {
      throw new IllegalArgumentException("graph must not be null");
    }
    if (params == null) {
      throw new IllegalArgumentException("params must not be null (use BetweennessParams.defaults())");
    }
    final int n = g.nodeCount();
    final int m = g.edgeCount();
    Method method = chooseMethod(g, params);
    boolean sampled = method == Method.SAMPLED;
    final Csr csr = new Csr(g);
    final boolean batched = batch && params.length() == EdgeLength.HOPS;
    final int[] sources = sources(csr, sampled ? pivots(n, Math.min(params.samples(), n),
        params.seed()) : null);
    final int k = sources.length;
    final double[] len = params.length() == EdgeLength.HOPS ? null : arcLengths(g, csr,
        params.length());
    final int width = sampled ? 2 * (m + n) : m + n;
    final double[] total = new double[width];
    final int units = (k + CHUNK_UNIT - 1) / CHUNK_UNIT;
    final int chunks = Math.min(MAX_CHUNKS, units);
    final ProgressListener progress = params.progress();
    progress.start("betweenness", k);
    if (chunks > 0) {
      Merger merger = new Merger(total, chunks, width);
      ScratchPool<SourceKernel> pool = new ScratchPool<>(
          () -> batched ? new HopBatch(csr) : new Brandes(csr, len));
      Parallelism.forEachBlock(chunks, params.threads(), params.token(), "betweenness",
          (block, fromChunk, toChunk) -> {
            for (int c = fromChunk; c < toChunk; c++) {
              int from = Math.min(k, CHUNK_UNIT * Parallelism.blockStart(units, chunks, c));
              int to = Math.min(k, CHUNK_UNIT * Parallelism.blockStart(units, chunks, c + 1));
              double[] part = merger.partial();
              SourceKernel kernel = pool.take();
              try {
                kernel.sources(sources, from, to, part, sampled);
              } finally {
                pool.give(kernel);
              }
              merger.done(c, part);
              progress.advance(to - from);
            }
          });
    }
    progress.finish();
    double[] edge = new double[m];
    double[] node = new double[n];
    if (!sampled) {
      for (int e = 0; e < m; e++) {
        edge[e] = 0.5 * total[e];
      }
      for (int i = 0; i < n; i++) {
        node[csr.original[i]] = 0.5 * total[m + i];
      }
      return new BetweennessResult(Method.EXACT, n, len != null, edge, node, null, null);
    }
    double scale = 0.5 * ((double) n / k);
    double[] edgeSe = new double[m];
    double[] nodeSe = new double[n];
    for (int e = 0; e < m; e++) {
      edge[e] = scale * total[e];
      edgeSe[e] = standardError(0.5 * total[e], 0.25 * total[m + n + e], n, k);
    }
    for (int i = 0; i < n; i++) {
      int v = csr.original[i];
      node[v] = scale * total[m + i];
      nodeSe[v] = standardError(0.5 * total[m + i], 0.25 * total[2 * m + n + i], n, k);
    }
    return new BetweennessResult(Method.SAMPLED, k, len != null, edge, node, edgeSe, nodeSe);
  }

  /**
   * Standard error of {@code n * mean(y)} from k draws without replacement out of n, given the sum
   * and the sum of squares of the draws.
   */
  static double standardError(double sum, double sumSq, int n, int k) {
    if (k >= n) {
      return 0.0;
    }
    if (k < 2) {
      return Double.NaN;
    }
    double mean = sum / k;
    double var = Math.max(0.0, (sumSq - sum * mean) / (k - 1));
    double fpc = (double) (n - k) / n;
    return n * Math.sqrt(var / k * fpc);
  }

  /** k distinct nodes drawn uniformly (partial Fisher-Yates), sorted ascending. */
  static int[] pivots(int n, int k, long seed) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + rnd.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] p = Arrays.copyOf(perm, k);
    Arrays.sort(p);
    return p;
  }

  /**
   * The kernel sources in processing order: all nodes (exact) or the pivots (graph ids), ordered by
   * {@link #sourceOrder}. With all n nodes as pivots the order is the exact one, so the sums match
   * bit for bit.
   */
  static int[] sources(Csr csr, int[] pivots) {
    int[] order = sourceOrder(csr);
    if (pivots == null) {
      return order;
    }
    int[] rank = new int[csr.n];
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
    }
    long[] keyed = new long[pivots.length];
    for (int i = 0; i < pivots.length; i++) {
      int v = csr.renumbered[pivots[i]];
      keyed[i] = ((long) rank[v] << 32) | v;
    }
    Arrays.sort(keyed);
    int[] out = new int[pivots.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

  /**
   * Kernel nodes grouped around hubs: nodes by decreasing degree (ties by kernel id), each followed
   * by its neighbours not yet placed. Consecutive sources are then mostly one or two hops apart, so
   * a batch of the hop-count kernel reaches most nodes on one or two levels (13% fewer DAG records
   * than breadth-first order on the 10k-node benchmark network). O(n + m).
   */
  static int[] sourceOrder(Csr csr) {
    int n = csr.n;
    int maxDeg = 0;
    for (int v = 0; v < n; v++) {
      maxDeg = Math.max(maxDeg, csr.start[v + 1] - csr.start[v]);
    }
    int[] bucket = new int[maxDeg + 2];
    for (int v = 0; v < n; v++) {
      bucket[maxDeg - (csr.start[v + 1] - csr.start[v]) + 1]++;
    }
    for (int d = 1; d < bucket.length; d++) {
      bucket[d] += bucket[d - 1];
    }
    int[] byDegree = new int[n];
    for (int v = 0; v < n; v++) {
      byDegree[bucket[maxDeg - (csr.start[v + 1] - csr.start[v])]++] = v;
    }
    boolean[] placed = new boolean[n];
    int[] order = new int[n];
    int k = 0;
    for (int c : byDegree) {
      if (!placed[c]) {
        placed[c] = true;
        order[k++] = c;
      }
      for (int p = csr.start[c], end = csr.start[c + 1]; p < end; p++) {
        int w = csr.target[p];
        if (!placed[w]) {
          placed[w] = true;
          order[k++] = w;
        }
      }
    }
    return order;
  }

  /** The length of every arc (both directions of each edge), validated once per edge. */
  private static double[] arcLengths(SocialGraph g, Csr csr, EdgeLength f) {
    int m = g.edgeCount();
    double[] len = new double[m];
    for (int e = 0; e < m; e++) {
      double l = f.length(e, g.weight(e));
      if (!(l > 0) || Double.isInfinite(l)) {
        throw new IllegalArgumentException("edge length must be positive and finite, got " + l
            + " for edge " + e + " (weight " + g.weight(e) + ")");
      }
      len[e] = l;
    }
    double[] arcLen = new double[2 * m];
    for (int p = 0; p < arcLen.length; p++) {
      arcLen[p] = len[csr.edge[p]];
    }
    return arcLen;
  }

  /**
   * Per-worker scratch that adds the dependencies of a run of sources to a partial. Partial layout:
   * edge sums {@code [0, m)}, node sums {@code [m, m + n)}, then (with {@code squares}, when
   * sampling) the sums of squared per-source contributions, edges then nodes.
   */
  interface SourceKernel {
    /** Adds the dependencies of kernel sources {@code src[from, to)}, in this order, to part. */
    void sources(int[] src, int from, int to, double[] part, boolean squares);
  }

  /** Adds chunk partials into the totals strictly in chunk order, recycling merged partials. */
  private static final class Merger {
    private final double[] total;
    private final double[][] pending;
    private final ArrayDeque<double[]> free = new ArrayDeque<>();
    private final int width;
    private int next;

    Merger(double[] total, int chunks, int width) {
      this.total = total;
      this.pending = new double[chunks][];
      this.width = width;
    }

    synchronized double[] partial() {
      double[] p = free.poll();
      return p != null ? p : new double[width];
    }

    synchronized void done(int chunk, double[] part) {
      pending[chunk] = part;
      while (next < pending.length && pending[next] != null) {
        double[] p = pending[next];
        pending[next] = null;
        for (int i = 0; i < width; i++) {
          total[i] += p[i];
        }
        Arrays.fill(p, 0.0);
        free.push(p);
        next++;
      }
    }
  }

  /**
   * The CSR arrays in breadth-first order: node i of the kernels is node {@code original[i]} of the
   * graph, numbered in the order of a breadth-first search from node 0 (then from the lowest
   * unnumbered node of each further component), with each neighbour list sorted by the new ids.
   * Neighbours then have nearby ids, so the per-node arrays of a search are read close together:
   * about 18% less time for exact betweenness on the 10k-node benchmark network. {@code edge} keeps
   * the graph's edge ids.
   */
  static final class Csr {
    final int n;
    final int m;
    final int[] start;
    final int[] target;
    final int[] edge;
    /** Graph node of each kernel node. */
    final int[] original;
    /** Kernel node of each graph node. */
    final int[] renumbered;

    Csr(SocialGraph g) {
      n = g.nodeCount();
      m = g.edgeCount();
      original = new int[n];
      renumbered = new int[n];
      Arrays.fill(renumbered, -1);
      int head = 0;
      int tail = 0;
      for (int root = 0; root < n; root++) {
        if (renumbered[root] >= 0) {
          continue;
        }
        renumbered[root] = tail;
        original[tail++] = root;
        while (head < tail) {
          int v = original[head++];
          for (int p = g.arcStart(v), end = g.arcEnd(v); p < end; p++) {
            int t = g.arcTarget(p);
            if (renumbered[t] < 0) {
              renumbered[t] = tail;
              original[tail++] = t;
            }
          }
        }
      }
      start = new int[n + 1];
      target = new int[2 * m];
      edge = new int[2 * m];
      long[] arcs = new long[g.maxDegree()];
      int q = 0;
      for (int i = 0; i < n; i++) {
        int v = original[i];
        start[i] = q;
        int d = 0;
        for (int p = g.arcStart(v), end = g.arcEnd(v); p < end; p++) {
          arcs[d++] = ((long) renumbered[g.arcTarget(p)] << 32) | g.arcEdge(p);
        }
        Arrays.sort(arcs, 0, d);
        for (int j = 0; j < d; j++) {
          target[q] = (int) (arcs[j] >>> 32);
          edge[q] = (int) arcs[j];
          q++;
        }
      }
      start[n] = q;
    }
  }

  /**
   * The single-source kernels: breadth-first search (hop counts on graphs too large for {@link
   * HopBatch}) and Dijkstra's algorithm (lengths).
   */
  static final class Brandes implements SourceKernel {
    private static final int SETTLED = -2;
    private final Csr g;
    private final double[] sigma;
    private final double[] coef; // lengths: (1 + delta) / sigma; hops: delta, 0 between sources
    private final int[] order;
    private final int[] idist; // hops: distance, -1 = unseen (sigma is 0 for unseen nodes)
    private final int[] dag; // arc positions of the shortest-path DAG (candidates), grouped by tail
    private final int[] dagEnd; // lengths: end of each search-order node's arcs in dag
    private final int[] dagTail; // hops: tail node of each arc in dag
    private final double[] dist; // lengths: distance, +inf = unseen
    private final double[] arcLen; // lengths: length of each arc (shared)
    private final int[] heap; // lengths: 4-ary heap of nodes
    private final double[] hkey; // lengths: the key of each heap slot
    private final int[] pos; // lengths: heap position, -1 = not in heap, SETTLED once popped

    Brandes(Csr g, double[] arcLen) {
      this.g = g;
      this.arcLen = arcLen;
      int n = g.n;
      sigma = new double[n];
      coef = new double[n];
      dag = new int[g.m + 1]; // one spare slot: the BFS writes before it decides to keep
      order = new int[n];
      if (arcLen == null) {
        dagTail = new int[g.m + 1];
        dagEnd = null;
        idist = new int[n];
        Arrays.fill(idist, -1);
        dist = null;
        heap = null;
        hkey = null;
        pos = null;
      } else {
        dagTail = null;
        dagEnd = new int[n];
        idist = null;
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        heap = new int[n];
        hkey = new double[n];
        pos = new int[n];
        Arrays.fill(pos, -1);
      }
    }

    @Override
    public void sources(int[] src, int from, int to, double[] part, boolean squares) {
      for (int i = from; i < to; i++) {
        source(src[i], part, squares);
      }
    }

    void source(int s, double[] part, boolean squares) {
      if (arcLen == null) {
        hops(s, part, squares);
      } else {
        lengths(s, part, squares);
      }
    }

    private void hops(int s, double[] part, boolean squares) {
      final int[] start = g.start;
      final int[] target = g.target;
      final int[] edge = g.edge;
      final int[] idist = this.idist;
      final double[] sigma = this.sigma;
      final int[] order = this.order;
      final int[] dag = this.dag;
      final int[] dagTail = this.dagTail;
      final int m = g.m;
      final int mn = m + g.n;
      idist[s] = 0;
      sigma[s] = 1.0;
      order[0] = s;
      int head = 0;
      int tail = 1;
      int nd = 0;
      // A new neighbour is rare on most arcs, so it is a branch; whether a seen neighbour lies on the
      // next level is unpredictable, so it is computed as 0/1 and every arc writes unconditionally.
      while (head < tail) {
        int v = order[head++];
        int dv1 = idist[v] + 1;
        double sv = sigma[v];
        for (int p = start[v], end = start[v + 1]; p < end; p++) {
          int t = target[p];
          int dt = idist[t];
          if (dt < 0) {
            idist[t] = dv1;
            order[tail++] = t;
            dt = dv1;
          }
          int next = ((dt ^ dv1) - 1) >>> 31; // 1 iff dt == dv1 (both are >= 0)
          sigma[t] += sv * next;
          dag[nd] = p;
          dagTail[nd] = v;
          nd += next;
        }
      }
      // DAG arcs are grouped by tail in search order, so walking them backwards meets every arc
      // (v, t) after all arcs leaving t: delta[t] is final. One flat loop, no per-node inner loop
      // whose varying trip count the branch predictor keeps missing.
      final double[] delta = this.coef;
      for (int j = nd - 1; j >= 0; j--) {
        int p = dag[j];
        int v = dagTail[j];
        int t = target[p];
        double c = sigma[v] * (1.0 + delta[t]) / sigma[t];
        delta[v] += c;
        int e = edge[p];
        part[e] += c;
        if (squares) {
          part[mn + e] += c * c;
        }
      }
      for (int i = tail - 1; i >= 0; i--) {
        int v = order[i];
        if (i > 0) {
          double d = delta[v];
          part[m + v] += d;
          if (squares) {
            part[mn + m + v] += d * d;
          }
        }
        idist[v] = -1;
        sigma[v] = 0.0;
        delta[v] = 0.0;
      }
    }

    private void lengths(int s, double[] part, boolean squares) {
      final int[] start = g.start;
      final int[] target = g.target;
      final int[] edge = g.edge;
      final double[] arcLen = this.arcLen;
      final double[] dist = this.dist;
      final double[] sigma = this.sigma;
      final int[] pos = this.pos;
      final int[] order = this.order;
      final int[] dag = this.dag;
      final int[] dagEnd = this.dagEnd;
      final int m = g.m;
      final int mn = m + g.n;
      dist[s] = 0.0;
      sigma[s] = 1.0;
      heap[0] = s;
      hkey[0] = 0.0;
      pos[s] = 0;
      int size = 1;
      int count = 0;
      int nd = 0;
      while (size > 0) {
        int v = heap[0];
        pos[v] = SETTLED;
        size--;
        if (size > 0) {
          siftDown(heap[size], hkey[size], 0, size);
        }
        double dv = dist[v];
        double sv = sigma[v];
        for (int p = start[v], end = start[v + 1]; p < end; p++) {
          int t = target[p];
          int pt = pos[t];
          if (pt == SETTLED) {
            continue;
          }
          double x = dv + arcLen[p];
          double dt = dist[t];
          if (x < dt) {
            dist[t] = x;
            sigma[t] = sv;
            siftUp(t, x, pt < 0 ? size++ : pt);
            dag[nd++] = p;
          } else if (x == dt) {
            sigma[t] += sv;
            dag[nd++] = p;
          }
        }
        order[count] = v;
        dagEnd[count++] = nd;
      }
      // Candidate arcs were recorded when their tail settled; those whose head's distance later
      // dropped are stale and fail the equality test, exactly as their sigma share was dropped.
      final double[] coef = this.coef;
      for (int i = count - 1; i >= 0; i--) {
        int v = order[i];
        double sv = sigma[v];
        double dv = dist[v];
        double d = 0.0;
        for (int j = i == 0 ? 0 : dagEnd[i - 1], hi = dagEnd[i]; j < hi; j++) {
          int p = dag[j];
          int t = target[p];
          if (dv + arcLen[p] == dist[t]) {
            double c = sv * coef[t];
            d += c;
            int e = edge[p];
            part[e] += c;
            if (squares) {
              part[mn + e] += c * c;
            }
          }
        }
        coef[v] = (1.0 + d) / sv;
        if (i > 0) {
          part[m + v] += d;
          if (squares) {
            part[mn + m + v] += d * d;
          }
        }
      }
      for (int i = 0; i < count; i++) {
        int v = order[i];
        dist[v] = Double.POSITIVE_INFINITY;
        pos[v] = -1;
      }
    }

    /**
     * Moves node x, whose key is {@code key}, up from heap position i. The heap is 4-ary and keeps
     * each key beside its node, so comparisons read one contiguous array.
     */
    private void siftUp(int x, double key, int i) {
      final int[] heap = this.heap;
      final double[] hkey = this.hkey;
      while (i > 0) {
        int parent = (i - 1) >>> 2;
        double kp = hkey[parent];
        if (kp <= key) {
          break;
        }
        int y = heap[parent];
        heap[i] = y;
        hkey[i] = kp;
        pos[y] = i;
        i = parent;
      }
      heap[i] = x;
      hkey[i] = key;
      pos[x] = i;
    }

    /** Places node x with key {@code key}, starting at heap position i, in a heap of {@code size}. */
    private void siftDown(int x, double key, int i, int size) {
      final int[] heap = this.heap;
      final double[] hkey = this.hkey;
      while (true) {
        int c = 4 * i + 1;
        if (c >= size) {
          break;
        }
        int best = c;
        double kb = hkey[c];
        int last = Math.min(c + 4, size);
        for (int j = c + 1; j < last; j++) {
          double kj = hkey[j];
          if (kj < kb) {
            kb = kj;
            best = j;
          }
        }
        if (key <= kb) {
          break;
        }
        int y = heap[best];
        heap[i] = y;
        hkey[i] = kb;
        pos[y] = i;
        i = best;
      }
      heap[i] = x;
      hkey[i] = key;
      pos[x] = i;
    }
  }
}
