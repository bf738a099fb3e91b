package org.weakties.bench;

import java.util.Locale;

/**
 * The implementations a benchmark compares, as written in its {@code impl} JMH parameter, and the
 * size limit for JGraphT.
 */
public final class Impl {
  /** This library. */
  public static final String WEAKTIES = "weakties";
  /** JGraphT 1.5.3 on a {@code SimpleWeightedGraph}. */
  public static final String JGRAPHT = "jgrapht";
  /**
   * Largest graph (in nodes) JGraphT runs on in the suite: its object graph needs about ten times the
   * memory of a CSR graph and its algorithms are benchmarked up to 100,000 nodes only.
   */
  public static final int JGRAPHT_MAX_NODES = 100_000;

  private Impl() {}

  /**
   * Checks an {@code impl} parameter against the graph size and returns whether it is JGraphT.
   *
   * @throws IllegalArgumentException for an unknown name, or JGraphT on more than {@link
   *     #JGRAPHT_MAX_NODES} nodes (JMH then reports that parameter combination as failed; the run
   *     script never selects it)
   */
  public static boolean isJGraphT(String impl, int n) {
    String s = impl == null ? "" : impl.toLowerCase(Locale.ROOT);
    switch (s) {
      case WEAKTIES:
        return false;
      case JGRAPHT:
        if (n > JGRAPHT_MAX_NODES) {
          throw new IllegalArgumentException("JGraphT runs on at most " + JGRAPHT_MAX_NODES
              + " nodes in this suite, not " + n + "; select -p impl=weakties for this size");
        }
        return true;
      default:
        throw new IllegalArgumentException("unknown implementation '" + impl + "'; use "
            + WEAKTIES + " or " + JGRAPHT);
    }
  }
}
