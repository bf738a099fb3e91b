package org.weakties.generate;

import org.weakties.graph.BuildOptions;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;

/** Shared limits and the final build step of the simple generators. */
final class Generators {

  /** Largest number of undirected edges of a graph: 2m arcs must fit a Java array. */
  static final int MAX_EDGES = (Integer.MAX_VALUE - 8) / 2;

  private Generators() {}

  /**
   * Builds an unweighted graph (weight 1.0 everywhere) from edges the generator guarantees to be
   * simple; a duplicate or self-loop would be a bug, so both are rejected.
   */
  static SocialGraph build(int n, int[] src, int[] dst) {
    return SocialGraph.fromEdgeArrays(n, src, dst, null,
        BuildOptions.defaults().withDuplicates(DuplicatePolicy.REJECT));
  }

  /** Throws when {@code m} edges would not fit a graph. */
  static int checkEdgeCount(long m, String what) {
    if (m > MAX_EDGES) {
      throw new IllegalArgumentException(what + " would have " + m + " edges; at most " + MAX_EDGES
          + " are supported (2m arcs must fit a Java array)");
    }
    return (int) m;
  }

  /** Validates the node count, edges per node and initial clique of a growth model. */
  static void checkGrowth(int nodes, int m, int m0) {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes must be >= 0, got " + nodes);
    }
    if (m < 1) {
      throw new IllegalArgumentException("edges per new node must be >= 1, got " + m);
    }
    if (m0 < 0) {
      throw new IllegalArgumentException("initial nodes must be >= 0, got " + m0);
    }
    if (m0 != 0 && m0 < Math.max(m, 2)) {
      throw new IllegalArgumentException("initial nodes must be 0 (= m + 1) or at least max(m, 2) "
          + "= " + Math.max(m, 2) + " so that a new node finds m distinct targets, got " + m0);
    }
    int init = Math.min(m0 == 0 ? m + 1 : m0, nodes);
    long total = (long) init * (init - 1) / 2 + (long) (nodes - init) * m;
    if (total > MAX_EDGES) {
      throw new IllegalArgumentException("the graph would have " + total + " edges; at most "
          + MAX_EDGES + " are supported (2m arcs must fit a Java array)");
    }
  }

  /** Attributes with one column, for example the block of each node. */
  static NodeAttributes oneColumn(int n, String key, String[] values) {
    java.util.Map<String, String[]> m = new java.util.LinkedHashMap<>();
    m.put(key, values);
    return NodeAttributes.of(n, m);
  }
}
