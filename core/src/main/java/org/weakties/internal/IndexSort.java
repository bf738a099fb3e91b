package org.weakties.internal;

/** Stable primitive index sorting (a bottom-up merge sort; no boxing). Not part of the public API. */
public final class IndexSort {
  private IndexSort() {}

  /** Indices {@code 0..n-1} ordered by ascending key; stable (ties keep index order). O(n log n). */
  public static int[] order(double[] keys) {
    int n = keys.length;
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return orderBy(a, keys);
  }

  /**
   * The permutation {@code perm} re-ordered by ascending {@code keys[perm[i]]}; stable, so sorting by
   * the last key first and the first key last orders lexicographically. O(n log n).
   */
  public static int[] orderBy(int[] perm, double[] keys) {
    int n = perm.length;
    int[] a = perm.clone();
    int[] b = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          b[k++] = keys[a[j]] < keys[a[i]] ? a[j++] : a[i++];
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < hi) {
          b[k++] = a[j++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
