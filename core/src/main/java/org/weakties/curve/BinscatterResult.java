package org.weakties.curve;

import java.util.List;

/**
 * Binned means of y against x, in increasing x.
 *
 * @param binning how the bins were cut
 * @param requestedBins bins asked for
 * @param level confidence level of the intervals
 * @param bins the non-empty bins
 */
public record BinscatterResult(Binning binning, int requestedBins, double level, List<Bin> bins) {
  /** Copies the list. */
  public BinscatterResult {
    bins = List.copyOf(bins);
  }

  /**
   * One bin.
   *
   * @param xLow smallest x in the bin
   * @param xHigh largest x in the bin
   * @param xMean mean x of the bin
   * @param yMean mean y of the bin
   * @param lower lower end of the t interval {@code yMean -/+ t_{count-1} s / sqrt(count)}; NaN for a
   *     bin of one observation (no spread can be estimated)
   * @param upper upper end of that interval; NaN for a bin of one observation
   * @param count observations in the bin
   */
  public record Bin(double xLow, double xHigh, double xMean, double yMean, double lower,
      double upper, int count) {}
}
