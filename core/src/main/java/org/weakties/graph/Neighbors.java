package org.weakties.graph;

import java.util.Arrays;
import java.util.Objects;

/** A read-only view of one node's neighbours (sorted ascending) and the ids of the edges to them. */
public final class Neighbors {
  private final int[] adj;
  private final int[] arcEdge;
  private final int from;
  private final int to;

  Neighbors(int[] adj, int[] arcEdge, int from, int to) {
    this.adj = adj;
    this.arcEdge = arcEdge;
    this.from = from;
    this.to = to;
  }

  /** Number of neighbours. */
  public int size() {
    return to - from;
  }

  /** The {@code i}-th smallest neighbour id. */
  public int get(int i) {
    Objects.checkIndex(i, to - from);
    return adj[from + i];
  }

  /** The id of the edge to the {@code i}-th neighbour. */
  public int edge(int i) {
    Objects.checkIndex(i, to - from);
    return arcEdge[from + i];
  }

  /** The neighbour ids as a new array. */
  public int[] toArray() {
    return Arrays.copyOfRange(adj, from, to);
  }

  /** The edge ids as a new array, aligned with {@link #toArray()}. */
  public int[] edgesToArray() {
    return Arrays.copyOfRange(arcEdge, from, to);
  }

  @Override
  public String toString() {
    return Arrays.toString(toArray());
  }
}
