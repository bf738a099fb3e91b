package org.weakties.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Optional string attributes of nodes, such as {@code industry=software} or {@code digital=true}.
 * One column of values per key, indexed by node id; a node without a value has {@code null}.
 * Immutable.
 */
public final class NodeAttributes {
  private final int n;
  private final Map<String, String[]> columns;

  private NodeAttributes(int n, Map<String, String[]> columns) {
    this.n = n;
    this.columns = columns;
  }

  /** No attributes for {@code n} nodes. */
  public static NodeAttributes empty(int n) {
    return new NodeAttributes(n, Collections.emptyMap());
  }

  /**
   * Attributes from columns of values by node id. Each array must have length {@code n}; it is
   * copied.
   */
  public static NodeAttributes of(int n, Map<String, String[]> columns) {
    Map<String, String[]> c = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> en : columns.entrySet()) {
      Objects.requireNonNull(en.getKey(), "attribute key");
      if (en.getValue().length != n) {
        throw new IllegalArgumentException("attribute '" + en.getKey() + "' has "
            + en.getValue().length + " values for " + n + " nodes");
      }
      c.put(en.getKey(), en.getValue().clone());
    }
    return new NodeAttributes(n, Collections.unmodifiableMap(c));
  }

  /** Number of nodes these attributes describe. */
  public int nodeCount() {
    return n;
  }

  /** Attribute keys in their original order. */
  public List<String> keys() {
    return List.copyOf(columns.keySet());
  }

  /** Whether the key exists. */
  public boolean has(String key) {
    return columns.containsKey(key);
  }

  /** The value of {@code key} for node {@code id}, or null when the node has none or the key is unknown. */
  public String get(int id, String key) {
    Objects.checkIndex(id, n);
    String[] col = columns.get(key);
    return col == null ? null : col[id];
  }

  /** A copy of the column of {@code key}, or null when the key is unknown. */
  public String[] column(String key) {
    String[] col = columns.get(key);
    return col == null ? null : col.clone();
  }

  /** Attributes of the selected nodes, in the order given (for sub-graphs). */
  NodeAttributes select(int[] ids) {
    Map<String, String[]> c = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> en : columns.entrySet()) {
      String[] src = en.getValue();
      String[] dst = new String[ids.length];
      for (int i = 0; i < ids.length; i++) {
        dst[i] = src[ids[i]];
      }
      c.put(en.getKey(), dst);
    }
    return new NodeAttributes(ids.length, Collections.unmodifiableMap(c));
  }

  @Override
  public String toString() {
    return "NodeAttributes" + columns.keySet() + " for " + n + " nodes";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NodeAttributes a) || a.n != n || !a.columns.keySet().equals(columns.keySet())) {
      return false;
    }
    for (String k : columns.keySet()) {
      if (!Arrays.equals(columns.get(k), a.columns.get(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, columns.keySet());
  }
}
