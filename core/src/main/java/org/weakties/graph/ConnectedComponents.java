package org.weakties.graph;

import java.util.Arrays;

/**
 * Connected components of a {@link SocialGraph} by iterative breadth-first search (no recursion).
 *
 * <p>Components are numbered 0, 1, ... in order of their smallest node id. Time O(n + m); memory one
 * int per node for the labels plus one int per node for the queue. Isolated nodes are components of
 * size 1; the empty graph has no component.
 */
public final class ConnectedComponents {
  private final int[] component;
  private final int[] sizes;

  private ConnectedComponents(int[] component, int[] sizes) {
    this.component = component;
    this.sizes = sizes;
  }

  /** Computes the components. */
  public static ConnectedComponents compute(SocialGraph g) {
    int n = g.nodeCount();
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int[] queue = new int[n];
    int[] sizes = new int[Math.max(1, n)];
    int c = 0;
    for (int s = 0; s < n; s++) {
      if (comp[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      comp[s] = c;
      while (head < tail) {
        int u = queue[head++];
        for (int p = g.arcStart(u), end = g.arcEnd(u); p < end; p++) {
          int v = g.arcTarget(p);
          if (comp[v] < 0) {
            comp[v] = c;
            queue[tail++] = v;
          }
        }
      }
      sizes[c++] = tail;
    }
    return new ConnectedComponents(comp, Arrays.copyOf(sizes, c));
  }

  /** Number of components. */
  public int count() {
    return sizes.length;
  }

  /** The component of node {@code u}. */
  public int component(int u) {
    return component[u];
  }

  /** Size of component {@code c}. */
  public int size(int c) {
    return sizes[c];
  }

  /** Size of the largest component, 0 for the empty graph. */
  public int largestSize() {
    int b = 0;
    for (int s : sizes) {
      b = Math.max(b, s);
    }
    return b;
  }

  /** Number of nodes without any edge. */
  public int isolatedCount() {
    int k = 0;
    for (int s : sizes) {
      if (s == 1) {
        k++;
      }
    }
    return k;
  }
}
