package org.weakties.ego;

/** Primitive sorting and top-k selection of int ids under a comparator, without boxing. */
final class Ranking {
  private Ranking() {}

  /** Compares two int ids; negative when {@code a} ranks before {@code b}. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  /** Sorts {@code a} in place (stable bottom-up merge sort). */
  static void sort(int[] a, IntComparator c) {
    int n = a.length;
    if (n < 2) {
      return;
    }
    int[] src = a;
    int[] dst = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          dst[k++] = c.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        }
        while (i < mid) {
          dst[k++] = src[i++];
        }
        while (j < hi) {
          dst[k++] = src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  /**
   * The best {@code top} of the ids {@code 0..count-1} accepted by {@code keep}, best first. Each id is
   * compared with the current worst kept one first, so most ids cost one comparison.
   */
  static int[] top(int count, int top, java.util.function.IntPredicate keep, IntComparator c) {
    int[] best = new int[Math.min(top, Math.max(count, 0))];
    int size = 0;
    for (int id = 0; id < count; id++) {
      if (!keep.test(id)) {
        continue;
      }
      if (size == best.length) {
        if (size == 0 || c.compare(id, best[size - 1]) >= 0) {
          continue;
        }
        size--;
      }
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (c.compare(best[mid], id) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      System.arraycopy(best, lo, best, lo + 1, size - lo);
      best[lo] = id;
      size++;
    }
    return java.util.Arrays.copyOf(best, size);
  }
}
