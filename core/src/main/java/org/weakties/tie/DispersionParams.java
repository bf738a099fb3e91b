package org.weakties.tie;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link Dispersion}. The defaults reproduce NetworkX's
 * {@code dispersion(G, u, v, normalized=True, alpha=1.0, b=0.0, c=0.0)}.
 *
 * @param normalized whether {@link DispersionResult#dispersion(int)} is {@code (raw + b)^alpha /
 *     (embeddedness + c)} (true) or the raw count (false); default {@link #DEFAULT_NORMALIZED}
 * @param alpha exponent of the normalised form, finite; default {@link #DEFAULT_ALPHA}
 * @param b offset added to the raw count, finite; default {@link #DEFAULT_B}
 * @param c offset added to the embeddedness in the denominator, finite; default {@link #DEFAULT_C}
 * @param maxEmbeddedness edges whose embeddedness exceeds this are skipped by the all-edge computation
 *     (NaN in both directions) to bound its cost; at least 2; default {@link #DEFAULT_MAX_EMBEDDEDNESS}
 *     (no limit)
 * @param threads worker threads, 0 = all processors; default {@link #DEFAULT_THREADS}
 * @param progress progress listener, never null
 * @param token cancellation token, never null
 */
public record DispersionParams(boolean normalized, double alpha, double b, double c,
    int maxEmbeddedness, int threads, ProgressListener progress, CancellationToken token) {

  /** Default: normalised, as NetworkX. */
  public static final boolean DEFAULT_NORMALIZED = true;
  /** Default exponent alpha = 1 (NetworkX). */
  public static final double DEFAULT_ALPHA = 1.0;
  /** Default offset b = 0 (NetworkX). */
  public static final double DEFAULT_B = 0.0;
  /** Default offset c = 0 (NetworkX). */
  public static final double DEFAULT_C = 0.0;
  /** Default embeddedness cap: none ({@link Integer#MAX_VALUE}). */
  public static final int DEFAULT_MAX_EMBEDDEDNESS = Integer.MAX_VALUE;
  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public DispersionParams {
    if (!Double.isFinite(alpha) || !Double.isFinite(b) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("dispersion alpha, b and c must be finite, got alpha="
          + alpha + ", b=" + b + ", c=" + c);
    }
    if (maxEmbeddedness < 2) {
      throw new IllegalArgumentException("maxEmbeddedness must be >= 2 (dispersion needs two common"
          + " neighbours to be non-zero), got " + maxEmbeddedness);
    }
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** NetworkX's defaults, no cap, all processors. */
  public static DispersionParams defaults() {
    return new DispersionParams(DEFAULT_NORMALIZED, DEFAULT_ALPHA, DEFAULT_B, DEFAULT_C,
        DEFAULT_MAX_EMBEDDEDNESS, DEFAULT_THREADS, ProgressListener.NONE, CancellationToken.NONE);
  }

  /** A copy with normalisation switched on or off. */
  public DispersionParams withNormalized(boolean x) {
    return new DispersionParams(x, alpha, b, c, maxEmbeddedness, threads, progress, token);
  }

  /** A copy with another exponent alpha. */
  public DispersionParams withAlpha(double x) {
    return new DispersionParams(normalized, x, b, c, maxEmbeddedness, threads, progress, token);
  }

  /** A copy with another offset b. */
  public DispersionParams withB(double x) {
    return new DispersionParams(normalized, alpha, x, c, maxEmbeddedness, threads, progress, token);
  }

  /** A copy with another offset c. */
  public DispersionParams withC(double x) {
    return new DispersionParams(normalized, alpha, b, x, maxEmbeddedness, threads, progress, token);
  }

  /** A copy with another embeddedness cap for the all-edge computation. */
  public DispersionParams withMaxEmbeddedness(int x) {
    return new DispersionParams(normalized, alpha, b, c, x, threads, progress, token);
  }

  /** A copy with another thread count (0 = all processors). */
  public DispersionParams withThreads(int x) {
    return new DispersionParams(normalized, alpha, b, c, maxEmbeddedness, x, progress, token);
  }

  /** A copy with another progress listener. */
  public DispersionParams withProgress(ProgressListener x) {
    return new DispersionParams(normalized, alpha, b, c, maxEmbeddedness, threads, x, token);
  }

  /** A copy with another cancellation token. */
  public DispersionParams withToken(CancellationToken x) {
    return new DispersionParams(normalized, alpha, b, c, maxEmbeddedness, threads, progress, x);
  }

  /** The reported value for a raw count and an embeddedness, following these parameters. */
  double value(long raw, int embeddedness) {
    if (!normalized) {
      return raw;
    }
    double v = Math.pow(raw + b, alpha);
    double den = embeddedness + c;
    return den != 0 ? v / den : v;
  }
}
