package org.weakties.internal;

/** Primitive int-array helpers used by kernels. Not part of the public API. */
public final class IntArrays {
  private IntArrays() {}

  /**
   * Binary search for {@code key} in the sorted range {@code a[from, to)}; returns its index or
   * {@code -(insertion point) - 1}.
   */
  public static int binarySearch(int[] a, int from, int to, int key) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = a[mid];
      if (v < key) {
        lo = mid + 1;
      } else if (v > key) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /** Grows {@code a} to at least {@code min} elements (doubling), keeping its contents. */
  public static int[] grow(int[] a, int min) {
    if (a.length >= min) {
      return a;
    }
    long len = Math.max((long) min, Math.min((long) a.length * 2 + 16, Integer.MAX_VALUE - 8));
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("array would exceed the 2^31 element limit: " + min);
    }
    return java.util.Arrays.copyOf(a, (int) len);
  }
}
