package org.weakties.percolation;

/** How edges with equal scores are ordered among themselves. */
public enum TieBreak {
  /**
   * In the order the edges first appeared in the input ({@link
   * org.weakties.graph.SocialGraph#inputOrder()}), in both directions: a stable sort. The default.
   */
  INPUT_ORDER,
  /** In a seeded random order (the same for both directions). */
  RANDOM
}
