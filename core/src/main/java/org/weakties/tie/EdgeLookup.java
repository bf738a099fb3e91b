package org.weakties.tie;

import org.weakties.graph.SocialGraph;

/**
 * Finds the edge id of a tie given by node labels, for looking up per-edge results (which hold no
 * graph) by label: {@code result.overlap(EdgeLookup.edge(g, "Alice", "Bob"))}.
 */
public final class EdgeLookup {
  private EdgeLookup() {}

  /**
   * The id of the edge between the nodes labelled {@code a} and {@code b}.
   *
   * @throws IllegalArgumentException when a label is unknown or the two nodes are not adjacent
   */
  public static int edge(SocialGraph g, Object a, Object b) {
    int u = g.id(a);
    int v = g.id(b);
    int e = u == v ? -1 : g.edgeId(u, v);
    if (e < 0) {
      throw new IllegalArgumentException("no tie between '" + a + "' and '" + b
          + "': per-edge results exist only for adjacent pairs");
    }
    return e;
  }
}
