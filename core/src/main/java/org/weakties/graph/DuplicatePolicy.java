package org.weakties.graph;

/**
 * What the builder does when the same undirected edge is added more than once. In every case the
 * last-contact time of the merged edge is the latest one, and the edge keeps the position and
 * orientation of its first appearance.
 */
public enum DuplicatePolicy {
  /** Weights and interaction counts are added (the default: repeated interactions accumulate). */
  SUM,
  /** The largest weight and interaction count are kept. */
  MAX,
  /** The first occurrence's weight and interaction count are kept. */
  FIRST,
  /** A repeated edge is an error. */
  REJECT
}
