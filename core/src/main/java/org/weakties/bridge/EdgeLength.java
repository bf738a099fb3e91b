package org.weakties.bridge;

/**
 * The length of an edge for shortest paths, as a function of its id and weight. Lengths must be
 * positive and finite; {@link Betweenness} checks every edge once and rejects others with a message
 * naming the edge.
 *
 * <p>{@link #HOPS} is recognised by identity and selects breadth-first search (every edge has length 1);
 * any other function, even a constant one, selects Dijkstra's algorithm.
 */
@FunctionalInterface
public interface EdgeLength {

  /** Hop count: every edge has length 1 (breadth-first search). The default. */
  EdgeLength HOPS = (edge, weight) -> 1.0;

  /** Length 1/weight: strong ties are short (the usual choice when weights measure closeness). */
  EdgeLength INVERSE_WEIGHT = (edge, weight) -> 1.0 / weight;

  /** Length = weight (for weights that measure cost or distance). */
  EdgeLength WEIGHT = (edge, weight) -> weight;

  /**
   * The length of edge {@code edge}, whose weight is {@code weight}.
   *
   * @return a positive, finite length
   */
  double length(int edge, double weight);
}
