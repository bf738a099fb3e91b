package org.weakties.examples;

import org.weakties.graph.SocialGraph;

/** The smallest embedding: build a graph from labelled edges and query it. */
public final class EmbedExample {
  private EmbedExample() {}

  /** Prints the degree of every node of a four-person network. */
  public static void main(String[] args) {
    SocialGraph g = SocialGraph.builder()
        .addEdge("ann", "bob", 3.0)
        .addEdge("bob", "cid", 1.0)
        .addEdge("cid", "ann", 2.0)
        .addEdge("cid", "dee", 0.5)
        .build();
    for (int u = 0; u < g.nodeCount(); u++) {
      System.out.println(g.label(u) + " degree=" + g.degree(u) + " strength=" + g.strength(u));
    }
  }
}
