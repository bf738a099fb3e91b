package org.weakties.percolation;

import java.util.Arrays;
import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link Percolation}.
 *
 * @param fractions the removed fractions f at which the curve is recorded: finite, in [0, 1], strictly
 *     increasing, at least one; at each, {@code floor(f m)} edges are removed, where {@code f m} is
 *     computed exactly from the shortest decimal form of f (so 0.29 of 100 edges is 29, not 28);
 *     default {@link #defaultFractions()} = 0.00, 0.01, ..., 1.00
 * @param tieBreak how equal scores are ordered; default {@link TieBreak#INPUT_ORDER}
 * @param seed seed of the random order and of the random tie-break; default {@link #DEFAULT_SEED}
 * @param progress receives the step "percolation" measured in edges added back; default
 *     {@link ProgressListener#NONE}
 * @param token polled every few thousand edges; default {@link CancellationToken#NONE}
 */
public record PercolationParams(double[] fractions, TieBreak tieBreak, long seed,
    ProgressListener progress, CancellationToken token) {

  /** Default tie-break: {@link TieBreak#INPUT_ORDER}. */
  public static final TieBreak DEFAULT_TIE_BREAK = TieBreak.INPUT_ORDER;
  /** Default seed: 1. */
  public static final long DEFAULT_SEED = 1L;
  /** Number of points of the default grid (0.00 to 1.00 in steps of 0.01). */
  public static final int DEFAULT_GRID_POINTS = 101;

  /** Validates the arguments and copies the fractions. */
  public PercolationParams {
    Objects.requireNonNull(fractions, "fractions");
    if (fractions.length == 0) {
      throw new IllegalArgumentException("fractions must hold at least one value in [0, 1]");
    }
    fractions = fractions.clone();
    for (int i = 0; i < fractions.length; i++) {
      double f = fractions[i];
      if (!(f >= 0 && f <= 1)) {
        throw new IllegalArgumentException("fractions must lie in [0, 1], got " + f + " at index "
            + i);
      }
      if (i > 0 && !(f > fractions[i - 1])) {
        throw new IllegalArgumentException("fractions must be strictly increasing, got "
            + fractions[i - 1] + " then " + f + " at index " + i);
      }
    }
    Objects.requireNonNull(tieBreak, "tieBreak");
    Objects.requireNonNull(progress, "progress (use ProgressListener.NONE)");
    Objects.requireNonNull(token, "token (use CancellationToken.NONE)");
  }

  /** The default grid 0.00, 0.01, ..., 1.00 (a new array). */
  public static double[] defaultFractions() {
    double[] f = new double[DEFAULT_GRID_POINTS];
    for (int i = 0; i < f.length; i++) {
      f[i] = i / 100.0;
    }
    return f;
  }

  /** Default grid, input-order tie-break, seed 1, no progress reports, never cancelled. */
  public static PercolationParams defaults() {
    return new PercolationParams(defaultFractions(), DEFAULT_TIE_BREAK, DEFAULT_SEED,
        ProgressListener.NONE, CancellationToken.NONE);
  }

  /** The fractions (a new array). */
  @Override
  public double[] fractions() {
    return fractions.clone();
  }

  /** A copy with another grid of fractions. */
  public PercolationParams withFractions(double... f) {
    return new PercolationParams(f, tieBreak, seed, progress, token);
  }

  /** A copy with another tie-break. */
  public PercolationParams withTieBreak(TieBreak t) {
    return new PercolationParams(fractions, t, seed, progress, token);
  }

  /** A copy with another seed. */
  public PercolationParams withSeed(long s) {
    return new PercolationParams(fractions, tieBreak, s, progress, token);
  }

  /** A copy with another progress listener. */
  public PercolationParams withProgress(ProgressListener p) {
    return new PercolationParams(fractions, tieBreak, seed, p, token);
  }

  /** A copy with another cancellation token. */
  public PercolationParams withToken(CancellationToken t) {
    return new PercolationParams(fractions, tieBreak, seed, progress, t);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PercolationParams p && Arrays.equals(fractions, p.fractions)
        && tieBreak == p.tieBreak && seed == p.seed && progress.equals(p.progress)
        && token.equals(p.token);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(fractions), tieBreak, seed, progress, token);
  }

  @Override
  public String toString() {
    return "PercolationParams[fractions=" + fractions.length + " points from " + fractions[0]
        + " to " + fractions[fractions.length - 1] + ", tieBreak=" + tieBreak + ", seed=" + seed
        + "]";
  }
}
