package org.weakties.graph;

/** What the builder does with an edge from a node to itself (social graphs here are simple). */
public enum SelfLoopPolicy {
  /** A self-loop is an error (the default). */
  REJECT,
  /** Self-loops are dropped silently; their endpoint still becomes a node. */
  IGNORE
}
