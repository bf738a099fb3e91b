package org.weakties.tie;

import java.util.Objects;

/**
 * Mid-rank percentiles: each value mapped to {@code (r - 1) / (M - 1)} in [0, 1], where {@code r} is
 * its 1-based rank among the {@code M} non-NaN values and tied values share their average rank. The
 * smallest value gets 0 and the largest 1; when all values tie (or {@code M = 1}) every value gets 0.5.
 * NaN stays NaN; -0.0 and 0.0 tie. The map is invariant under any increasing transformation of the
 * values, and {@code p(-x) = 1 - p(x)}.
 *
 * <p>Cost: the non-NaN values are ordered by a least-significant-digit radix sort of their indices on
 * order-preserving 64-bit keys (eight byte passes, skipping passes in which all keys share the byte),
 * then tie groups are scanned once: {@code O(M)} time and {@code 24 M} bytes of scratch. Exact and
 * deterministic.
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
    long[] key = new long[k];
    int[] idx = new int[k];
    double[] out = new double[values.length];
    k = 0;
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        out[i] = Double.NaN;
      } else {
        key[k] = sortable(x);
        idx[k++] = i;
      }
    }
    radixSort(key, idx);
    if (k == 1) {
      out[idx[0]] = 0.5;
      return out;
    }
    double scale = 2.0 * (k - 1);
    int lo = 0;
    while (lo < k) {
      int hi = lo + 1;
      while (hi < k && key[hi] == key[lo]) {
        hi++;
      }
      // average 1-based rank of the tie group [lo, hi) is (lo + 1 + hi) / 2
      double p = (lo + (long) hi - 1) / scale;
      for (int t = lo; t < hi; t++) {
        out[idx[t]] = p;
      }
      lo = hi;
    }
    return out;
  }

  /** A long whose unsigned order is the numeric order of the (non-NaN) double; -0.0 maps as 0.0. */
  private static long sortable(double x) {
    long b = Double.doubleToRawLongBits(x == 0.0 ? 0.0 : x);
    return b < 0 ? ~b : b ^ Long.MIN_VALUE;
  }

  /** Sorts {@code key} as unsigned longs, carrying {@code idx} along; stable. */
  private static void radixSort(long[] key, int[] idx) {
    int k = key.length;
    long[] k2 = new long[k];
    int[] i2 = new int[k];
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (long x : key) {
        count[(int) ((x >>> shift) & 0xFF) + 1]++;
      }
      boolean trivial = false;
      for (int b = 1; b <= 256; b++) {
        if (count[b] == k) {
          trivial = true;
          break;
        }
      }
      if (trivial) {
        continue;
      }
      for (int b = 1; b <= 256; b++) {
        count[b] += count[b - 1];
      }
      for (int i = 0; i < k; i++) {
        int d = (int) ((key[i] >>> shift) & 0xFF);
        int pos = count[d]++;
        k2[pos] = key[i];
        i2[pos] = idx[i];
      }
      System.arraycopy(k2, 0, key, 0, k);
      System.arraycopy(i2, 0, idx, 0, k);
    }
  }
}
