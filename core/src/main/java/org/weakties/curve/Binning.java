package org.weakties.curve;

/** How {@link Binscatter} cuts the x axis. */
public enum Binning {
  /**
   * Bins of (about) equal counts, cut at ranks; all observations with the same x stay in one bin, so
   * heavily tied x (such as mutual-connection counts) can give fewer bins than asked for.
   */
  EQUAL_COUNT,
  /** Bins of equal width between the smallest and largest x; empty bins are left out. */
  EQUAL_WIDTH
}
