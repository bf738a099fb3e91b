package org.weakties.curve;

import org.weakties.internal.IndexSort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A binned scatter plot: the mean outcome within bins of x, with a confidence interval per bin, the
 * usual first look at a usefulness curve (the binscatters of Rajkumar et al. 2022 span 0 to 35 mutual
 * connections).
 *
 * <p><b>Definition.</b> Equal-count bins: observations sorted by x, the observation of rank r
 * (0-based) falls in bin {@code floor(r B / n)}, and every observation with the same x goes to the bin
 * of the first of them (so ties are never split and a bin can swallow its neighbours). Equal-width
 * bins: {@code [min, max]} cut into B intervals of equal width, the last one closed. Empty bins are
 * dropped. Per bin: means of x and y and the t interval of the mean of y,
 * {@code ybar -/+ t_{(1+level)/2, c-1} s / sqrt(c)} with the sample standard deviation s; for binary y
 * this is the Wald interval of a proportion. Raw means: controls are not partialled out.
 *
 * <p><b>Cost.</b> O(n log n) time (sort), O(n) space. Deterministic; single-threaded.
 */
public final class Binscatter {
  private Binscatter() {}

  /** Binscatter with {@link BinscatterParams#defaults()}. */
  public static BinscatterResult compute(Observations o) {
    return compute(o, BinscatterParams.defaults());
  }

  /**
   * The binscatter of {@code o}.
   *
   * @throws DegenerateDataException when there are no observations
   */
  public static BinscatterResult compute(Observations o, BinscatterParams params) {
    Objects.requireNonNull(o, "observations");
    Objects.requireNonNull(params, "params");
    int n = o.size();
    if (n == 0) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
          "a binscatter needs at least one observation");
    }
    double[] x = o.rawX();
    double[] y = o.rawY();
    int[] order = IndexSort.order(x);
    int bins = params.bins();
    int[] bin = new int[n]; // by rank
    if (params.binning() == Binning.EQUAL_COUNT) {
      int current = 0;
      for (int r = 0; r < n; r++) {
        if (r == 0 || x[order[r]] != x[order[r - 1]]) {
          current = (int) ((long) r * bins / n);
        }
        bin[r] = current;
      }
    } else {
      double lo = x[order[0]];
      double hi = x[order[n - 1]];
      double w = (hi - lo) / bins;
      for (int r = 0; r < n; r++) {
        int b = w > 0 ? (int) Math.floor((x[order[r]] - lo) / w) : 0;
        bin[r] = Math.min(Math.max(b, 0), bins - 1);
      }
    }
    List<BinscatterResult.Bin> out = new ArrayList<>();
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && bin[end] == bin[start]) {
        end++;
      }
      out.add(bin(x, y, order, start, end, params.level()));
      start = end;
    }
    return new BinscatterResult(params.binning(), bins, params.level(), out);
  }

  private static BinscatterResult.Bin bin(double[] x, double[] y, int[] order, int from, int to,
      double level) {
    int c = to - from;
    double sx = 0;
    double sy = 0;
    for (int r = from; r < to; r++) {
      sx += x[order[r]];
      sy += y[order[r]];
    }
    double mx = sx / c;
    double my = sy / c;
    double lower = Double.NaN;
    double upper = Double.NaN;
    if (c > 1) {
      double ss = 0;
      for (int r = from; r < to; r++) {
        double d = y[order[r]] - my;
        ss += d * d;
      }
      double se = Math.sqrt(ss / (c - 1) / c);
      double t = Estimate.criticalValue(level, c - 1);
      lower = my - t * se;
      upper = my + t * se;
    }
    return new BinscatterResult.Bin(x[order[from]], x[order[to - 1]], mx, my, lower, upper, c);
  }
}
