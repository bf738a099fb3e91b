package org.weakties.bridge;

import org.weakties.graph.ScoreTable;

/**
 * Bridges and articulation points of one graph, by edge id and node id. Immutable; holds no graph.
 * Produced by {@link Bridges#compute}.
 */
public final class BridgesResult {
  private final boolean[] bridge;
  private final boolean[] articulation;
  private final int components;
  private final int bridgeCount;
  private final int articulationCount;

  BridgesResult(boolean[] bridge, boolean[] articulation, int components) {
    this.bridge = bridge;
    this.articulation = articulation;
    this.components = components;
    this.bridgeCount = count(bridge);
    this.articulationCount = count(articulation);
  }

  private static int count(boolean[] a) {
    int c = 0;
    for (boolean b : a) {
      if (b) {
        c++;
      }
    }
    return c;
  }

  private static int[] ids(boolean[] a, int count) {
    int[] r = new int[count];
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i]) {
        r[k++] = i;
      }
    }
    return r;
  }

  /** Number of edges of the graph the result was computed on. */
  public int edgeCount() {
    return bridge.length;
  }

  /** Number of nodes of the graph the result was computed on. */
  public int nodeCount() {
    return articulation.length;
  }

  /** Whether edge {@code e} is a bridge. */
  public boolean isBridge(int e) {
    return bridge[e];
  }

  /** Number of bridges. */
  public int bridgeCount() {
    return bridgeCount;
  }

  /** The edge ids of all bridges, ascending (a new array). */
  public int[] bridges() {
    return ids(bridge, bridgeCount);
  }

  /** Whether node {@code u} is an articulation point. */
  public boolean isArticulationPoint(int u) {
    return articulation[u];
  }

  /** Number of articulation points. */
  public int articulationPointCount() {
    return articulationCount;
  }

  /** The node ids of all articulation points, ascending (a new array). */
  public int[] articulationPoints() {
    return ids(articulation, articulationCount);
  }

  /** Number of connected components (isolated nodes count as components). */
  public int componentCount() {
    return components;
  }

  /** Edge table with the column {@code is_bridge}. */
  public ScoreTable toTable() {
    return ScoreTable.forEdges(bridge.length).addBoolean("is_bridge", bridge).build();
  }

  /** Node table with the column {@code is_articulation_point}. */
  public ScoreTable nodeTable() {
    return ScoreTable.forNodes(articulation.length)
        .addBoolean("is_articulation_point", articulation).build();
  }

  @Override
  public String toString() {
    return "BridgesResult[bridges=" + bridgeCount + ", articulationPoints=" + articulationCount
        + ", components=" + components + "]";
  }
}
