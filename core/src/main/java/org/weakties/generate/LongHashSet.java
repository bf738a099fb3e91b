package org.weakties.generate;

/**
 * A set of non-negative longs (edge keys {@code u * n + v}) with open addressing, linear probing
 * and backward-shift deletion; no boxing. The capacity is fixed at construction (a power of two at
 * least twice the expected size), so the load factor stays at or below one half.
 */
final class LongHashSet {
  private static final long EMPTY = -1L;
  private final long[] keys;
  private final int mask;
  private int size;

  /** A set that can hold up to {@code maxSize} keys. */
  LongHashSet(long maxSize) {
    long cap = Long.highestOneBit(Math.max(4L, maxSize * 2 - 1)) << 1;
    if (cap > (1L << 30)) {
      throw new IllegalArgumentException("too many edges for the edge set: " + maxSize
          + "; at most " + (1L << 29) + " are supported");
    }
    keys = new long[(int) cap];
    java.util.Arrays.fill(keys, EMPTY);
    mask = (int) cap - 1;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    return (int) RandomStreams.mix64(key) & mask;
  }

  boolean contains(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return true;
      }
      if (k == EMPTY) {
        return false;
      }
    }
  }

  /** Adds {@code key}; returns false when it was already present. */
  boolean add(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return false;
      }
      if (k == EMPTY) {
        keys[i] = key;
        size++;
        assert size <= keys.length / 2 + 1 : "edge set over capacity";
        return true;
      }
    }
  }

  /** Removes {@code key}; returns false when it was absent. */
  boolean remove(long key) {
    int i = slot(key);
    while (keys[i] != key) {
      if (keys[i] == EMPTY) {
        return false;
      }
      i = (i + 1) & mask;
    }
    // backward-shift deletion keeps every probe chain unbroken without tombstones
    int hole = i;
    for (int j = (hole + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
      int home = slot(keys[j]);
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        keys[hole] = keys[j];
        hole = j;
      }
    }
    keys[hole] = EMPTY;
    size--;
    return true;
  }
}
