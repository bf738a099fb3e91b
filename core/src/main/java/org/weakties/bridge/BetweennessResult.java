package org.weakties.bridge;

import org.weakties.bridge.BetweennessParams.Method;
import org.weakties.graph.ScoreTable;

/**
 * Edge and node betweenness of one graph, by edge id and node id, with standard errors when sampled.
 * Immutable; holds no graph. Produced by {@link Betweenness#compute}.
 */
public final class BetweennessResult {
  private final Method method;
  private final int sources;
  private final boolean weighted;
  private final double[] edge;
  private final double[] node;
  private final double[] edgeSe; // null when exact
  private final double[] nodeSe; // null when exact

  BetweennessResult(Method method, int sources, boolean weighted, double[] edge, double[] node,
      double[] edgeSe, double[] nodeSe) {
    this.method = method;
    this.sources = sources;
    this.weighted = weighted;
    this.edge = edge;
    this.node = node;
    this.edgeSe = edgeSe;
    this.nodeSe = nodeSe;
  }

  /** The method actually used: {@link Method#EXACT} or {@link Method#SAMPLED} (never AUTO). */
  public Method method() {
    return method;
  }

  /** Whether the values are estimates from sampled pivots (then standard errors exist). */
  public boolean isSampled() {
    return method == Method.SAMPLED;
  }

  /** Number of sources searched: n when exact, the number of pivots k when sampled. */
  public int sources() {
    return sources;
  }

  /** Whether shortest paths used edge lengths (Dijkstra) rather than hop counts. */
  public boolean usedLengths() {
    return weighted;
  }

  /** Number of edges. */
  public int edgeCount() {
    return edge.length;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return node.length;
  }

  /** Betweenness of edge {@code e} (raw sum over unordered pairs, or its estimate). */
  public double edge(int e) {
    return edge[e];
  }

  /** Betweenness of node {@code v} (raw sum over unordered pairs, or its estimate). */
  public double node(int v) {
    return node[v];
  }

  /** Standard error of {@link #edge(int)}; NaN for an exact result. */
  public double edgeStandardError(int e) {
    return edgeSe == null ? Double.NaN : edgeSe[e];
  }

  /** Standard error of {@link #node(int)}; NaN for an exact result. */
  public double nodeStandardError(int v) {
    return nodeSe == null ? Double.NaN : nodeSe[v];
  }

  /** Edge betweenness by edge id (a new array). */
  public double[] edgeValues() {
    return edge.clone();
  }

  /** Node betweenness by node id (a new array). */
  public double[] nodeValues() {
    return node.clone();
  }

  /** Standard errors by edge id (a new array; all NaN for an exact result). */
  public double[] edgeStandardErrors() {
    return edgeSe == null ? nan(edge.length) : edgeSe.clone();
  }

  /** Standard errors by node id (a new array; all NaN for an exact result). */
  public double[] nodeStandardErrors() {
    return nodeSe == null ? nan(node.length) : nodeSe.clone();
  }

  private static double[] nan(int len) {
    double[] a = new double[len];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  /**
   * Edge table with the columns {@code edge_betweenness} and {@code edge_betweenness_se} (NaN for an
   * exact result).
   */
  public ScoreTable toTable() {
    return ScoreTable.forEdges(edge.length).addDouble("edge_betweenness", edge)
        .addDouble("edge_betweenness_se", edgeStandardErrors()).build();
  }

  /**
   * Node table with the columns {@code betweenness} and {@code betweenness_se} (NaN for an exact
   * result).
   */
  public ScoreTable nodeTable() {
    return ScoreTable.forNodes(node.length).addDouble("betweenness", node)
        .addDouble("betweenness_se", nodeStandardErrors()).build();
  }

  @Override
  public String toString() {
    return "BetweennessResult[" + method + ", sources=" + sources + ", lengths=" + weighted + "]";
  }
}
