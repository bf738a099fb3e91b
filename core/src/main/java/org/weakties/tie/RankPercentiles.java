package org.weakties.tie;

import java.util.Arrays;
import java.util.Objects;

/**
 * Mid-rank percentiles: each value mapped to {@code (r - 1) / (M - 1)} in [0, 1], where {@code r} is
 * its 1-based rank among the {@code M} non-NaN values and tied values share their average rank. The
 * smallest value gets 0 and the largest 1; when all values tie (or {@code M = 1}) every value gets 0.5.
 * NaN stays NaN. The map is invariant under any increasing transformation of the values, and
 * {@code p(-x) = 1 - p(x)}. Cost {@code O(M log M)} time, {@code 8 M} bytes of scratch.
 */
public final class RankPercentiles {
  private RankPercentiles() {}

  /** The mid-rank percentile of every value, as a new array; NaN values stay NaN. */
  public static double[] of(double[] values) {
    Objects.requireNonNull(values, "values");
    int k = 0;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        k++;
      }
    }
    double[] sorted = new double[k];
    k = 0;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        sorted[k++] = x;
      }
    }
    Arrays.sort(sorted);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        out[i] = Double.NaN;
      } else if (k == 1) {
        out[i] = 0.5;
      } else {
        int lo = lowerBound(sorted, x);
        int hi = upperBound(sorted, x);
        // average 1-based rank of the tie group [lo, hi) is (lo + 1 + hi) / 2
        out[i] = (lo + (long) hi - 1) / (2.0 * (k - 1));
      }
    }
    return out;
  }

  /** First index with {@code a[i] >= x} (primitive comparison, so -0.0 equals 0.0). */
  private static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index with {@code a[i] > x}. */
  private static int upperBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
