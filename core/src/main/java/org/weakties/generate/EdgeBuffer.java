package org.weakties.generate;

import java.util.Arrays;
import org.weakties.internal.IntArrays;

/** A growable list of (source, target) int pairs, concatenated in a fixed order by its users. */
final class EdgeBuffer {
  int[] src;
  int[] dst;
  int size;

  EdgeBuffer(int capacity) {
    src = new int[Math.max(16, capacity)];
    dst = new int[src.length];
  }

  void add(int u, int v) {
    if (size == src.length) {
      src = IntArrays.grow(src, size + 1);
      dst = Arrays.copyOf(dst, src.length);
    }
    src[size] = u;
    dst[size++] = v;
  }
}
