package org.weakties.io;

import java.util.Arrays;

/**
 * Maps node labels, given as ranges of a char array, to dense ids without creating a String for a
 * label already seen. Labels stay text: {@code "007"} and {@code "7"} are different labels.
 *
 * <p>Two structures, chosen by a fixed rule so a label always lands in the same one: a label in
 * canonical decimal form below {@link #NUMERIC_LIMIT} ({@code "0"}, {@code "42"}, not {@code "042"}
 * or {@code "+4"}) is looked up directly by its value in a paged int array (one memory access; pages
 * of 16 KB are allocated when first touched); every other label goes to an open-addressing hash table
 * whose slots hold hash and id together, over a shared character pool (about 24 bytes per label plus
 * 2 bytes per character). Not thread-safe.
 */
final class LabelTable {

  /** Canonical decimal labels below this value use the direct paged array. */
  static final int NUMERIC_LIMIT = 1 << 24;
  private static final int PAGE_BITS = 12;
  private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

  private final String file;
  private final int[][] pages = new int[NUMERIC_LIMIT >>> PAGE_BITS][];
  private long[] slots = new long[1 << 10]; // (hash << 32) | (id + 1); 0 = empty
  private int mask = slots.length - 1;
  private int hashed; // labels in the hash table
  private long[] where = new long[256]; // (pool start << 24) | length, by id; -1 for numeric labels
  private char[] pool = new char[4096];
  private int poolSize;
  private int size;

  LabelTable(String file) {
    this.file = file;
  }

  /** Number of labels. */
  int size() {
    return size;
  }

  /** The value of a canonical decimal label below {@link #NUMERIC_LIMIT}, or -1. */
  static int numeric(char[] a, int from, int to) {
    int n = to - from;
    if (n == 0 || n > 8 || (a[from] == '0' && n > 1)) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = a[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v < NUMERIC_LIMIT ? v : -1;
  }

  /** Hash of {@code a[from, to)}, never 0. */
  static int hash(char[] a, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + a[i];
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  /**
   * The id of the label {@code a[from, to)}, adding it when new; {@code added[0]} tells whether it
   * was added.
   */
  int intern(char[] a, int from, int to, boolean[] added) {
    int v = numeric(a, from, to);
    if (v >= 0) {
      int[] page = pages[v >>> PAGE_BITS];
      if (page == null) {
        page = pages[v >>> PAGE_BITS] = new int[1 << PAGE_BITS];
      }
      int x = page[v & PAGE_MASK];
      if (x != 0) {
        added[0] = false;
        return x - 1;
      }
      int id = newId(a, from, to, true);
      page[v & PAGE_MASK] = id + 1;
      added[0] = true;
      return id;
    }
    int h = hash(a, from, to);
    int n = to - from;
    int s = h & mask;
    for (long e = slots[s]; e != 0; s = (s + 1) & mask, e = slots[s]) {
      if ((int) (e >>> 32) == h) {
        int id = (int) e - 1;
        long w = where[id];
        int start = (int) (w >>> 24);
        if ((int) (w & 0xFFFFFF) == n && Arrays.equals(pool, start, start + n, a, from, to)) {
          added[0] = false;
          return id;
        }
      }
    }
    int id = newId(a, from, to, false);
    slots[s] = ((long) h << 32) | (id + 1L);
    if (2 * ++hashed > slots.length) {
      rehash();
    }
    added[0] = true;
    return id;
  }

  private int newId(char[] a, int from, int to, boolean numeric) {
    if (size == where.length) {
      where = Arrays.copyOf(where, size * 2);
    }
    int id = size++;
    if (numeric) {
      where[id] = -1;
      return id;
    }
    int n = to - from;
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
    where[id] = ((long) poolSize << 24) | n;
    poolSize += n;
    return id;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length - 1;
    for (long e : old) {
      if (e != 0) {
        int s = (int) (e >>> 32) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = e;
      }
    }
  }
}
