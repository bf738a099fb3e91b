package org.weakties.curve;

import java.util.Objects;

/**
 * Parameters of {@link Binscatter}.
 *
 * @param bins number of bins asked for; at least 1
 * @param binning equal-count (default) or equal-width bins
 * @param level confidence level of the per-bin intervals
 */
public record BinscatterParams(int bins, Binning binning, double level) {
  /** Default number of bins. */
  public static final int DEFAULT_BINS = 20;
  /** Default binning. */
  public static final Binning DEFAULT_BINNING = Binning.EQUAL_COUNT;
  /** Default confidence level. */
  public static final double DEFAULT_LEVEL = 0.95;

  /** Validates. */
  public BinscatterParams {
    if (bins < 1 || bins > 100_000) {
      throw new IllegalArgumentException("bins must be in [1, 100000], got " + bins);
    }
    Objects.requireNonNull(binning, "binning");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
  }

  /** 20 equal-count bins with 95% intervals. */
  public static BinscatterParams defaults() {
    return new BinscatterParams(DEFAULT_BINS, DEFAULT_BINNING, DEFAULT_LEVEL);
  }

  /** A copy with another number of bins. */
  public BinscatterParams withBins(int b) {
    return new BinscatterParams(b, binning, level);
  }

  /** A copy with another binning. */
  public BinscatterParams withBinning(Binning b) {
    return new BinscatterParams(bins, b, level);
  }

  /** A copy with another level. */
  public BinscatterParams withLevel(double l) {
    return new BinscatterParams(bins, binning, l);
  }
}
