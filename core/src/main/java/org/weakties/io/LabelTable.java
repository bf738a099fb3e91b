package org.weakties.io;

import java.util.Arrays;

/**
 * Maps node labels, given as ranges of a char array, to dense ids without creating a String for a
 * label already seen: an open-addressing hash table over a shared character pool. About 28 bytes per
 * label plus 2 bytes per character. Not thread-safe.
 */
final class LabelTable {
  private int[] slots = new int[1 << 10]; // id + 1; 0 = empty
  private int mask = slots.length - 1;
  private int[] hashes = new int[256];
  private int[] starts = new int[256];
  private int[] lengths = new int[256];
  private char[] pool = new char[4096];
  private int poolSize;
  private int size;
  private final String file;

  LabelTable(String file) {
    this.file = file;
  }

  /** Number of labels. */
  int size() {
    return size;
  }

  /** Hash of {@code a[from, to)}. */
  static int hash(char[] a, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + a[i];
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** The id of the label {@code a[from, to)} with hash {@code h}, or -1. */
  int find(char[] a, int from, int to, int h) {
    int n = to - from;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      int id = v - 1;
      if (hashes[id] == h && lengths[id] == n
          && Arrays.equals(pool, starts[id], starts[id] + n, a, from, to)) {
        return id;
      }
    }
  }

  /** Adds a label known to be absent; returns its id (the next dense id). */
  int add(char[] a, int from, int to, int h) {
    int n = to - from;
    if (size == hashes.length) {
      int cap = size * 2;
      hashes = Arrays.copyOf(hashes, cap);
      starts = Arrays.copyOf(starts, cap);
      lengths = Arrays.copyOf(lengths, cap);
    }
    if (poolSize + n > pool.length) {
      long need = (long) poolSize + n;
      if (need > Integer.MAX_VALUE - 16) {
        throw new GraphFormatException(file, 0, null, 0, null, null,
            "has more than 2^31 characters of node labels in total",
            "fewer or shorter node labels", null);
      }
      pool = Arrays.copyOf(pool, (int) Math.min(Integer.MAX_VALUE - 16,
          Math.max(need, 2L * pool.length)));
    }
    System.arraycopy(a, from, pool, poolSize, n);
    int id = size++;
    hashes[id] = h;
    starts[id] = poolSize;
    lengths[id] = n;
    poolSize += n;
    if (2 * size > slots.length) {
      rehash();
    } else {
      insert(id);
    }
    return id;
  }

  /** The label of {@code id} as a new String. */
  String label(int id) {
    return new String(pool, starts[id], lengths[id]);
  }

  private void insert(int id) {
    int s = hashes[id] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = id + 1;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      insert(id);
    }
  }
}
