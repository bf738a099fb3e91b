package org.weakties.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two-way mapping between user node labels and dense int ids {@code 0..n-1}.
 *
 * <p>Labels may be of any type with proper {@code equals}/{@code hashCode}; String and Long are the
 * common cases. Labels read from files are Strings and are never re-parsed ("007" stays "007"). A graph
 * built from int ids has the {@linkplain #identity(int) identity index}, whose labels are the Integers
 * {@code 0..n-1} and which costs no memory per node.
 */
public abstract class NodeIndex {

  NodeIndex() {}

  /** Number of nodes. */
  public abstract int size();

  /** The label of node {@code id}. */
  public abstract Object label(int id);

  /** The id of {@code label}, or -1 when the graph has no such node. */
  public abstract int find(Object label);

  /**
   * The id of {@code label}.
   *
   * @throws IllegalArgumentException when the graph has no such node
   */
  public final int id(Object label) {
    int id = find(label);
    if (id < 0) {
      throw new IllegalArgumentException("unknown node: '" + label + "' (the graph has " + size()
          + " nodes; labels are matched exactly, with their type)");
    }
    return id;
  }

  /** Whether this is the identity index (labels are the Integers 0..n-1). */
  public boolean isIdentity() {
    return false;
  }

  /** The identity index over {@code n} nodes. */
  public static NodeIndex identity(int n) {
    return new Identity(n);
  }

  /** An index over the given labels, in id order; labels must be distinct and non-null. */
  public static NodeIndex of(List<?> labels) {
    Object[] a = labels.toArray();
    Map<Object, Integer> map = new HashMap<>(Math.max(16, (int) (a.length / 0.7f) + 1));
    for (int i = 0; i < a.length; i++) {
      Objects.requireNonNull(a[i], "node label must not be null");
      Integer prev = map.putIfAbsent(a[i], i);
      if (prev != null) {
        throw new IllegalArgumentException("duplicate node label: '" + a[i] + "'");
      }
    }
    return new Mapped(a, map);
  }

  static NodeIndex ofTrusted(Object[] labels, Map<Object, Integer> map) {
    return new Mapped(labels, map);
  }

  /** Labels of the given ids, as a new index (used by sub-graphs). */
  NodeIndex select(int[] ids) {
    Object[] a = new Object[ids.length];
    for (int i = 0; i < ids.length; i++) {
      a[i] = label(ids[i]);
    }
    return of(Arrays.asList(a));
  }

  private static final class Identity extends NodeIndex {
    private final int n;

    Identity(int n) {
      this.n = n;
    }

    @Override
    public int size() {
      return n;
    }

    @Override
    public Object label(int id) {
      Objects.checkIndex(id, n);
      return id;
    }

    @Override
    public int find(Object label) {
      if (label instanceof Integer i && i >= 0 && i < n) {
        return i;
      }
      return -1;
    }

    @Override
    public boolean isIdentity() {
      return true;
    }
  }

  private static final class Mapped extends NodeIndex {
    private final Object[] labels;
    private final Map<Object, Integer> ids;

    Mapped(Object[] labels, Map<Object, Integer> ids) {
      this.labels = labels;
      this.ids = ids;
    }

    @Override
    public int size() {
      return labels.length;
    }

    @Override
    public Object label(int id) {
      return labels[id];
    }

    @Override
    public int find(Object label) {
      Integer i = ids.get(label);
      return i == null ? -1 : i;
    }
  }
}
