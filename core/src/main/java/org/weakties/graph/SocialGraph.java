package org.weakties.graph;

import java.util.Arrays;
import java.util.Objects;
import org.weakties.internal.IntArrays;

/**
 * An immutable, undirected, weighted, simple graph of people and their ties, stored in compressed
 * sparse row (CSR) form. Every algorithm of the library runs on this one snapshot and never modifies
 * it.
 *
 * <h2>Ids</h2>
 * Nodes are dense ints {@code 0..n-1}; users address them by their own labels through
 * {@link #index()}. Every undirected edge has an id {@code 0..m-1}; its endpoints are {@code u < v}, and
 * ids follow the lexicographic order of {@code (u, v)}. Results of edge measures are arrays indexed by
 * edge id; results of node measures are arrays indexed by node id.
 *
 * <h2>Storage</h2>
 * Four primitive arrays: {@code offsets} ({@code n+1} ints), the neighbour ids of each node sorted
 * ascending ({@code 2m} ints), the edge id of each arc ({@code 2m} ints) and the weight of each edge
 * ({@code m} doubles, once per edge). That is exactly 24 bytes per undirected edge plus 4 bytes per node
 * ({@link #coreMemoryBytes()}). Optional per-edge attributes (interaction count, last-contact time), the
 * node labels, node attributes and the input order of edges are held beside these and reported by
 * {@link #memoryBytes()}. Limits: at most 2^31-1 nodes and 2^30-1 edges (2m arcs must fit an int
 * array); the builder checks both with a clear message.
 *
 * <h2>Access for kernels</h2>
 * The arcs of node {@code u} are the positions {@code arcStart(u) .. arcEnd(u)-1}; {@link
 * #arcTarget(int)} and {@link #arcEdge(int)} read them. These small accessors are inlined by the JIT and
 * hand out no live array.
 *
 * <p>Instances are created by {@link SocialGraphBuilder}, {@link #fromEdgeArrays}, the readers of
 * {@code org.weakties.io}, the generators and {@link JGraphTAdapter}.
 */
public final class SocialGraph {

  /** Value of {@link #lastContact(int)} for an edge without a last-contact time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  private final int n;
  private final int m;
  private final int[] offsets;
  private final int[] adj;
  private final int[] arcEdge;
  private final double[] weight;
  private final double[] interactions; // null when absent; NaN for an edge without a count
  private final long[] lastContact; // null when absent; NO_TIME for an edge without a time
  private final NodeIndex index;
  private final NodeAttributes nodeAttributes;
  private final int[] inputOrder; // null: edge-id order; else edge ids (~e when reversed) by first appearance

  SocialGraph(int n, int m, int[] offsets, int[] adj, int[] arcEdge, double[] weight,
      double[] interactions, long[] lastContact, NodeIndex index, NodeAttributes nodeAttributes,
      int[] inputOrder) {
    this.n = n;
    this.m = m;
    this.offsets = offsets;
    this.adj = adj;
    this.arcEdge = arcEdge;
    this.weight = weight;
    this.interactions = interactions;
    this.lastContact = lastContact;
    this.index = index;
    this.nodeAttributes = nodeAttributes == null ? NodeAttributes.empty(n) : nodeAttributes;
    this.inputOrder = inputOrder;
    if (index.size() != n) {
      throw new IllegalArgumentException("index has " + index.size() + " labels for " + n + " nodes");
    }
  }

  /** A new label-based builder with default policies. */
  public static SocialGraphBuilder builder() {
    return new SocialGraphBuilder();
  }

  /**
   * Builds a graph from primitive edge arrays without boxing: the fast path for large graphs. Node
   * labels are the Integers {@code 0..n-1}. Duplicate edges and self-loops follow {@code options}.
   *
   * @param n number of nodes; every id must be in {@code [0, n)}
   * @param source source id of each input edge
   * @param target target id of each input edge
   * @param weight weight of each input edge, or {@code null} for weight 1.0 everywhere
   * @param options policies and optional attributes
   * @throws EdgeRejectedException for a bad weight, a rejected self-loop or duplicate
   * @throws IllegalArgumentException for an id outside {@code [0, n)} or arrays of unequal length
   */
  public static SocialGraph fromEdgeArrays(int n, int[] source, int[] target, double[] weight,
      BuildOptions options) {
    return CsrBuilder.build(n, source, target, weight, options, NodeIndex.identity(n), null);
  }

  /** As {@link #fromEdgeArrays(int, int[], int[], double[], BuildOptions)} with default options. */
  public static SocialGraph fromEdgeArrays(int n, int[] source, int[] target, double[] weight) {
    return fromEdgeArrays(n, source, target, weight, BuildOptions.defaults());
  }

  // ---------------------------------------------------------------- sizes

  /** Number of nodes n. */
  public int nodeCount() {
    return n;
  }

  /** Number of undirected edges m. */
  public int edgeCount() {
    return m;
  }

  // ---------------------------------------------------------------- nodes

  /** Number of neighbours of {@code u}. */
  public int degree(int u) {
    return offsets[u + 1] - offsets[u];
  }

  /** Weighted degree of {@code u}: the sum of the weights of its edges. O(degree). */
  public double strength(int u) {
    double s = 0;
    for (int p = offsets[u], end = offsets[u + 1]; p < end; p++) {
      s += weight[arcEdge[p]];
    }
    return s;
  }

  /**
   * The strength of every node, from one sequential pass over the edges in id order. Each node adds
   * the weights of its lower neighbours, then of its upper neighbours, in ascending order, which is
   * its arc order: every value equals {@link #strength(int)} bit for bit. O(n + m); a new array.
   */
  public double[] strengths() {
    double[] s = new double[n];
    forEachEdge((e, u, v) -> {
      double w = weight[e];
      s[u] += w;
      s[v] += w;
    });
    return s;
  }

  /** The largest degree, 0 for a graph without edges. O(n). */
  public int maxDegree() {
    int d = 0;
    for (int u = 0; u < n; u++) {
      d = Math.max(d, offsets[u + 1] - offsets[u]);
    }
    return d;
  }

  /** First arc position of {@code u}. */
  public int arcStart(int u) {
    return offsets[u];
  }

  /** One past the last arc position of {@code u}. */
  public int arcEnd(int u) {
    return offsets[u + 1];
  }

  /** The neighbour an arc leads to. */
  public int arcTarget(int arc) {
    return adj[arc];
  }

  /** The edge id of an arc. */
  public int arcEdge(int arc) {
    return arcEdge[arc];
  }

  /** The neighbours of {@code u}, sorted ascending, as a read-only primitive view. */
  public Neighbors neighbors(int u) {
    Objects.checkIndex(u, n);
    return new Neighbors(adj, arcEdge, offsets[u], offsets[u + 1]);
  }

  /** Whether {@code u} and {@code v} are adjacent. O(log min(deg u, deg v)). */
  public boolean hasEdge(int u, int v) {
    return edgeId(u, v) >= 0;
  }

  /**
   * The id of the edge between {@code u} and {@code v}, or -1 when there is none. Binary search in the
   * shorter of the two neighbour lists: O(log min(deg u, deg v)).
   */
  public int edgeId(int u, int v) {
    Objects.checkIndex(u, n);
    Objects.checkIndex(v, n);
    if (degree(u) > degree(v)) {
      int t = u;
      u = v;
      v = t;
    }
    int p = IntArrays.binarySearch(adj, offsets[u], offsets[u + 1], v);
    return p < 0 ? -1 : arcEdge[p];
  }

  // ---------------------------------------------------------------- edges

  /** Weight of edge {@code e} (positive and finite). */
  public double weight(int e) {
    return weight[e];
  }

  /** Whether the graph carries interaction counts (or intensities) per edge. */
  public boolean hasInteractions() {
    return interactions != null;
  }

  /** Interaction count of edge {@code e}; NaN when absent for this edge or the graph. */
  public double interactions(int e) {
    Objects.checkIndex(e, m);
    return interactions == null ? Double.NaN : interactions[e];
  }

  /** Whether the graph carries last-contact times per edge. */
  public boolean hasLastContact() {
    return lastContact != null;
  }

  /** Last-contact time of edge {@code e} in epoch seconds, or {@link #NO_TIME}. */
  public long lastContact(int e) {
    Objects.checkIndex(e, m);
    return lastContact == null ? NO_TIME : lastContact[e];
  }

  /** Calls {@code visitor} for every edge in id order with its endpoints {@code u < v}. O(n + m). */
  public void forEachEdge(EdgeVisitor visitor) {
    for (int u = 0; u < n; u++) {
      for (int p = offsets[u], end = offsets[u + 1]; p < end; p++) {
        int v = adj[p];
        if (v > u) {
          visitor.visit(arcEdge[p], u, v);
        }
      }
    }
  }

  /** Receives edges from {@link #forEachEdge(EdgeVisitor)}. */
  @FunctionalInterface
  public interface EdgeVisitor {
    /** Edge {@code e} joins {@code u < v}. */
    void visit(int e, int u, int v);
  }

  /**
   * The endpoints of every edge, as two new arrays indexed by edge id (8 bytes per edge, allocated per
   * call; the graph itself does not store them). O(n + m).
   */
  public EdgeEndpoints endpoints() {
    int[] s = new int[m];
    int[] t = new int[m];
    forEachEdge((e, u, v) -> {
      s[e] = u;
      t[e] = v;
    });
    return new EdgeEndpoints(s, t);
  }

  /** Endpoints by edge id; {@code source[e] < target[e]}. The arrays belong to the caller. */
  public record EdgeEndpoints(int[] source, int[] target) {}

  /**
   * Edge ids in the order of their first appearance in the input, each written as {@code ~e}
   * (negative) when that first row gave the endpoints as {@code (v, u)}, i.e. larger id first. For
   * graphs built without a recorded order this is {@code 0..m-1}. Returns a new array.
   */
  public int[] inputOrder() {
    if (inputOrder == null) {
      int[] a = new int[m];
      for (int i = 0; i < m; i++) {
        a[i] = i;
      }
      return a;
    }
    return inputOrder.clone();
  }

  // ---------------------------------------------------------------- labels and attributes

  /** The label index of this graph. */
  public NodeIndex index() {
    return index;
  }

  /** The label of node {@code id}. */
  public Object label(int id) {
    return index.label(id);
  }

  /**
   * The id of node {@code label}.
   *
   * @throws IllegalArgumentException when there is no such node
   */
  public int id(Object label) {
    return index.id(label);
  }

  /** Node attributes (string key/values); empty when none were given. */
  public NodeAttributes nodeAttributes() {
    return nodeAttributes;
  }

  // ---------------------------------------------------------------- derived graphs

  /** A copy with the given node attributes (same arrays otherwise, shared: they are immutable). */
  public SocialGraph withNodeAttributes(NodeAttributes attributes) {
    if (attributes.nodeCount() != n) {
      throw new IllegalArgumentException("attributes are for " + attributes.nodeCount()
          + " nodes, the graph has " + n);
    }
    return new SocialGraph(n, m, offsets, adj, arcEdge, weight, interactions, lastContact, index,
        attributes, inputOrder);
  }

  // ---------------------------------------------------------------- memory

  /** Bytes of the four CSR arrays: {@code 4(n+1) + 24m} (array headers excluded). */
  public long coreMemoryBytes() {
    return 4L * offsets.length + 4L * adj.length + 4L * arcEdge.length + 8L * weight.length;
  }

  /** Bytes of all primitive arrays, including optional attributes and input order. */
  public long memoryBytes() {
    long b = coreMemoryBytes();
    if (interactions != null) {
      b += 8L * interactions.length;
    }
    if (lastContact != null) {
      b += 8L * lastContact.length;
    }
    if (inputOrder != null) {
      b += 4L * inputOrder.length;
    }
    return b;
  }

  @Override
  public String toString() {
    return "SocialGraph[n=" + n + ", m=" + m + "]";
  }

  /** Structural equality: same ids, same edges, same weights (labels compared too). */
  public boolean sameStructure(SocialGraph o) {
    if (n != o.n || m != o.m || !Arrays.equals(offsets, o.offsets) || !Arrays.equals(adj, o.adj)
        || !Arrays.equals(weight, o.weight)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!index.label(i).equals(o.index.label(i))) {
        return false;
      }
    }
    return true;
  }

  // package-private raw access for builders and views in this package
  int[] rawOffsets() {
    return offsets;
  }

  int[] rawAdj() {
    return adj;
  }

  int[] rawArcEdge() {
    return arcEdge;
  }

  double[] rawWeight() {
    return weight;
  }

  double[] rawInteractions() {
    return interactions;
  }

  long[] rawLastContact() {
    return lastContact;
  }
}
