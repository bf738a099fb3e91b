package org.weakties.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link SocialGraph} from edges between user labels.
 *
 * <p>Labels may be any objects with proper {@code equals}/{@code hashCode}; ids are given in order of
 * first appearance. Edges are kept in growable primitive arrays (about 32 bytes per edge while
 * building; nothing is boxed per edge), so streaming readers can use this builder for large files.
 * The graph remembers the order of first appearance of its edges, so results can be written in the
 * input's row order.
 *
 * <pre>{@code
 * SocialGraph g = SocialGraph.builder()
 *     .addEdge("ann", "bob", 3.0)
 *     .addEdge("bob", "cid", 1.0, 12, 1_700_000_000L)
 *     .build();
 * }</pre>
 *
 * A builder is not thread-safe and may be used for one {@link #build()} only.
 */
public final class SocialGraphBuilder {
  private final Map<Object, Integer> ids = new HashMap<>();
  private final List<Object> labels = new ArrayList<>();
  private int[] src = new int[16];
  private int[] dst = new int[16];
  private double[] w = new double[16];
  private double[] inter;
  private long[] last;
  private int size;
  private DuplicatePolicy duplicates = BuildOptions.DEFAULT_DUPLICATES;
  private SelfLoopPolicy selfLoops = BuildOptions.DEFAULT_SELF_LOOPS;
  private final Map<String, Map<Integer, String>> nodeAttrs = new LinkedHashMap<>();
  private boolean built;

  SocialGraphBuilder() {}

  /** Sets the duplicate-edge policy (default SUM). */
  public SocialGraphBuilder duplicates(DuplicatePolicy policy) {
    this.duplicates = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Sets the self-loop policy (default REJECT). */
  public SocialGraphBuilder selfLoops(SelfLoopPolicy policy) {
    this.selfLoops = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Adds a node (no-op when present) and returns its id. */
  public int addNode(Object label) {
    Objects.requireNonNull(label, "node label must not be null");
    Integer id = ids.get(label);
    if (id == null) {
      id = labels.size();
      ids.put(label, id);
      labels.add(label);
    }
    return id;
  }

  /** Adds an edge with weight 1. */
  public SocialGraphBuilder addEdge(Object u, Object v) {
    return addEdge(u, v, 1.0);
  }

  /** Adds an edge with a weight (must be finite and > 0; checked at {@link #build()}). */
  public SocialGraphBuilder addEdge(Object u, Object v, double weight) {
    return addEdge(u, v, weight, Double.NaN, SocialGraph.NO_TIME);
  }

  /**
   * Adds an edge with a weight, an interaction count (NaN = unknown) and a last-contact time in epoch
   * seconds ({@link SocialGraph#NO_TIME} = unknown).
   */
  public SocialGraphBuilder addEdge(Object u, Object v, double weight, double interactions,
      long lastContact) {
    return addEdgeIds(addNode(u), addNode(v), weight, interactions, lastContact);
  }

  /** Adds an edge between two ids returned by {@link #addNode(Object)}. */
  public SocialGraphBuilder addEdgeIds(int u, int v, double weight, double interactions,
      long lastContact) {
    if (built) {
      throw new IllegalStateException("build() was already called on this builder");
    }
    if (u < 0 || u >= labels.size() || v < 0 || v >= labels.size()) {
      throw new IllegalArgumentException("node id out of range: " + u + ", " + v);
    }
    if (size == src.length) {
      int cap = size + (size >> 1) + 16;
      src = Arrays.copyOf(src, cap);
      dst = Arrays.copyOf(dst, cap);
      w = Arrays.copyOf(w, cap);
      if (inter != null) {
        inter = Arrays.copyOf(inter, cap);
      }
      if (last != null) {
        last = Arrays.copyOf(last, cap);
      }
    }
    if (!Double.isNaN(interactions) && inter == null) {
      inter = new double[src.length];
      Arrays.fill(inter, 0, size, Double.NaN);
    }
    if (lastContact != SocialGraph.NO_TIME && last == null) {
      last = new long[src.length];
      Arrays.fill(last, 0, size, SocialGraph.NO_TIME);
    }
    src[size] = u;
    dst[size] = v;
    w[size] = weight;
    if (inter != null) {
      inter[size] = interactions;
    }
    if (last != null) {
      last[size] = lastContact;
    }
    size++;
    return this;
  }

  /** Sets a string attribute of a node (adding the node when absent). */
  public SocialGraphBuilder nodeAttribute(Object node, String key, String value) {
    int id = addNode(node);
    nodeAttrs.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new HashMap<>()).put(id, value);
    return this;
  }

  /** Number of edges added so far (before merging duplicates). */
  public int edgesAdded() {
    return size;
  }

  /** Number of distinct nodes so far. */
  public int nodeCount() {
    return labels.size();
  }

  /**
   * Builds the graph.
   *
   * @throws EdgeRejectedException naming the first offending edge (bad weight, self-loop under
   *     REJECT, repeated edge under REJECT); no graph is returned
   */
  public SocialGraph build() {
    built = true;
    int n = labels.size();
    Object[] lab = labels.toArray();
    NodeIndex index = NodeIndex.ofTrusted(lab, ids);
    NodeAttributes attrs = null;
    if (!nodeAttrs.isEmpty()) {
      Map<String, String[]> cols = new LinkedHashMap<>();
      for (Map.Entry<String, Map<Integer, String>> en : nodeAttrs.entrySet()) {
        String[] col = new String[n];
        en.getValue().forEach((id, val) -> col[id] = val);
        cols.put(en.getKey(), col);
      }
      attrs = NodeAttributes.of(n, cols);
    }
    int[] s = Arrays.copyOf(src, size);
    int[] d = Arrays.copyOf(dst, size);
    double[] ww = Arrays.copyOf(w, size);
    BuildOptions opt = new BuildOptions(duplicates, selfLoops,
        inter == null ? null : Arrays.copyOf(inter, size),
        last == null ? null : Arrays.copyOf(last, size), true);
    src = null;
    dst = null;
    w = null;
    return CsrBuilder.build(n, s, d, ww, opt, index, attrs);
  }
}
