package org.weakties.bridge;

import org.weakties.graph.ScoreTable;

/**
 * Local bridges, global bridges and spans of one graph, by edge id, plus per-node counts and the span
 * distribution. Immutable; holds no graph. Produced by {@link LocalBridges#compute}.
 *
 * <p>Span encoding of {@link #span(int)}: a finite span {@code >= 3}; {@link #INFINITE_SPAN} for a
 * global bridge; {@link #NO_SPAN} when the edge is not a local bridge or its span is over the cap
 * ({@link #isOverCap(int)} tells which).
 */
public final class LocalBridgesResult {
  /** {@link #span(int)} of a global bridge: {@link Integer#MAX_VALUE}, meaning infinite. */
  public static final int INFINITE_SPAN = Integer.MAX_VALUE;
  /** {@link #span(int)} of an edge that is not a local bridge or whose span is over the cap. */
  public static final int NO_SPAN = -1;

  private final boolean[] bridge;
  private final int[] span; // LocalBridges codes: NOT_LOCAL, OVER_CAP, INFINITE, or the span
  private final int maxSpan;
  private final int[] perNode;
  private final long[] histogram; // count by finite span
  private final int localCount;
  private final int bridgeCount;
  private final int overCapCount;

  LocalBridgesResult(int n, boolean[] bridge, int[] span, int maxSpan, int[] perNode) {
    assert perNode.length == n;
    this.bridge = bridge;
    this.span = span;
    this.maxSpan = maxSpan;
    this.perNode = perNode;
    int maxFinite = 0;
    int local = 0;
    int bridges = 0;
    int over = 0;
    for (int s : span) {
      if (s == LocalBridges.NOT_LOCAL) {
        continue;
      }
      local++;
      if (s == LocalBridges.INFINITE) {
        bridges++;
      } else if (s == LocalBridges.OVER_CAP) {
        over++;
      } else {
        maxFinite = Math.max(maxFinite, s);
      }
    }
    long[] h = new long[local - bridges - over > 0 ? maxFinite + 1 : 0];
    for (int s : span) {
      if (s >= 0 && s != LocalBridges.INFINITE) {
        h[s]++;
      }
    }
    this.histogram = h;
    this.localCount = local;
    this.bridgeCount = bridges;
    this.overCapCount = over;
  }

  /** Number of edges of the graph. */
  public int edgeCount() {
    return span.length;
  }

  /** Number of nodes of the graph. */
  public int nodeCount() {
    return perNode.length;
  }

  /** The span cap the result was computed with ({@link LocalBridgesParams#UNLIMITED} = none). */
  public int maxSpan() {
    return maxSpan;
  }

  /** Whether edge {@code e} is a global bridge (its removal disconnects its endpoints). */
  public boolean isBridge(int e) {
    return bridge[e];
  }

  /** Whether edge {@code e} is a local bridge (in no triangle; global bridges included). */
  public boolean isLocalBridge(int e) {
    return span[e] != LocalBridges.NOT_LOCAL;
  }

  /** Whether edge {@code e} is a local bridge whose span exceeds the cap (span unknown). */
  public boolean isOverCap(int e) {
    return span[e] == LocalBridges.OVER_CAP;
  }

  /**
   * The span of edge {@code e}: the hop distance between its endpoints without the edge;
   * {@link #INFINITE_SPAN} for a global bridge; {@link #NO_SPAN} when {@code e} is not a local bridge
   * or its span is over the cap.
   */
  public int span(int e) {
    int s = span[e];
    return s < 0 ? NO_SPAN : s;
  }

  /** The span as a double: {@code +Infinity} for a global bridge, NaN when there is no known span. */
  public double spanAsDouble(int e) {
    int s = span[e];
    if (s == LocalBridges.INFINITE) {
      return Double.POSITIVE_INFINITY;
    }
    return s < 0 ? Double.NaN : s;
  }

  /** Number of local bridges (global bridges included). */
  public int localBridgeCount() {
    return localCount;
  }

  /** Number of global bridges (local bridges of infinite span). */
  public int bridgeCount() {
    return bridgeCount;
  }

  /** Number of local bridges whose span is over the cap. */
  public int overCapCount() {
    return overCapCount;
  }

  /** The edge ids of all local bridges, ascending (a new array). */
  public int[] localBridges() {
    int[] r = new int[localCount];
    int k = 0;
    for (int e = 0; e < span.length; e++) {
      if (span[e] != LocalBridges.NOT_LOCAL) {
        r[k++] = e;
      }
    }
    return r;
  }

  /** Number of local bridges incident to node {@code u} (global bridges included). */
  public int localBridgesAt(int u) {
    return perNode[u];
  }

  /** Per node, the number of incident local bridges (a new array by node id). */
  public int[] localBridgesPerNode() {
    return perNode.clone();
  }

  /**
   * The distribution of finite spans: element s is the number of local bridges of span s (a new
   * array of length largest finite span + 1, empty when there is none). Infinite spans are counted by
   * {@link #bridgeCount()}, unknown ones by {@link #overCapCount()}.
   */
  public long[] spanDistribution() {
    return histogram.clone();
  }

  /** Number of local bridges with finite span {@code s}. */
  public long spanCount(int s) {
    return s >= 0 && s < histogram.length ? histogram[s] : 0;
  }

  /**
   * Edge table with the columns {@code is_bridge}, {@code is_local_bridge}, {@code span} (text: the
   * span, {@code inf} for a global bridge, empty when not a local bridge or over the cap) and
   * {@code span_over_cap}.
   */
  public ScoreTable toTable() {
    int m = span.length;
    boolean[] local = new boolean[m];
    boolean[] over = new boolean[m];
    String[] text = new String[m];
    String[] small = new String[64];
    for (int e = 0; e < m; e++) {
      int s = span[e];
      local[e] = s != LocalBridges.NOT_LOCAL;
      over[e] = s == LocalBridges.OVER_CAP;
      if (s == LocalBridges.INFINITE) {
        text[e] = "inf";
      } else if (s >= 0) {
        if (s < small.length) {
          if (small[s] == null) {
            small[s] = Integer.toString(s);
          }
          text[e] = small[s];
        } else {
          text[e] = Integer.toString(s);
        }
      }
    }
    return ScoreTable.forEdges(m).addBoolean("is_bridge", bridge)
        .addBoolean("is_local_bridge", local).addText("span", text)
        .addBoolean("span_over_cap", over).build();
  }

  /** Node table with the column {@code local_bridges} (incident local bridges per node). */
  public ScoreTable nodeTable() {
    return ScoreTable.forNodes(perNode.length).addInt("local_bridges", perNode).build();
  }

  @Override
  public String toString() {
    return "LocalBridgesResult[localBridges=" + localCount + ", bridges=" + bridgeCount
        + ", overCap=" + overCapCount + "]";
  }
}
