package org.weakties.tie;

/**
 * Orientation of direction-dependent edge columns (a value from the source's side and one from the
 * target's side) relative to the rows of the input rather than to the edge's id order.
 */
public final class EdgeOrientation {
  private EdgeOrientation() {}

  /**
   * Which edges were first given with the larger node id first, from
   * {@link org.weakties.graph.SocialGraph#inputOrder()} (an entry {@code ~e} marks edge e reversed).
   *
   * @throws IllegalArgumentException when the order does not list each of the m edges once
   */
  public static boolean[] reversed(int[] inputOrder, int m) {
    if (inputOrder.length != m) {
      throw new IllegalArgumentException("input order lists " + inputOrder.length
          + " edges, the result has " + m);
    }
    boolean[] rev = new boolean[m];
    boolean[] seen = new boolean[m];
    for (int x : inputOrder) {
      int e = x < 0 ? ~x : x;
      if (e >= m || seen[e]) {
        throw new IllegalArgumentException("input order is not a permutation of the " + m
            + " edge ids (entry " + x + ")");
      }
      seen[e] = true;
      rev[e] = x < 0;
    }
    return rev;
  }

  /** Per edge, the source-side value (or with {@code other}, the target-side one) of the row. */
  static double[] pick(double[] fromSource, double[] fromTarget, boolean[] rev, boolean other) {
    double[] out = new double[fromSource.length];
    for (int e = 0; e < out.length; e++) {
      out[e] = rev[e] != other ? fromTarget[e] : fromSource[e];
    }
    return out;
  }

  /** Per edge, the source-side value (or with {@code other}, the target-side one) of the row. */
  public static int[] pick(int[] fromSource, int[] fromTarget, boolean[] rev, boolean other) {
    int[] out = new int[fromSource.length];
    for (int e = 0; e < out.length; e++) {
      out[e] = rev[e] != other ? fromTarget[e] : fromSource[e];
    }
    return out;
  }
}
