package org.weakties.curve;

import java.util.List;
import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link CurveAnalysis}.
 *
 * @param covariance covariance of the least-squares fits when the observations have no clusters:
 *     CLASSICAL, HC0, HC1 or HC3 (default HC3); clustered observations always use CR1. 2SLS uses HC1
 *     in place of HC3; logistic fits use the model-based covariance unless clustered
 * @param level confidence level of every interval (default 0.95)
 * @param thresholds thresholds c of the step specification {@code y = a + b1 x + b2 1[x > c]}; the
 *     first is the main one (default 10, 6, 8 as in Rajkumar et al. 2022)
 * @param bootstrapDraws draws of the turning-point bootstrap; 0 disables it (default 999)
 * @param seed seed of the bootstrap (default 1)
 * @param intervalLow lower end of the Lind-Mehlum interval; NaN (default) = smallest x
 * @param intervalHigh upper end of the Lind-Mehlum interval; NaN (default) = largest x
 * @param breakpoint breakpoint of the two-lines test; NaN (default) = Robin Hood procedure
 * @param bins binscatter bins asked for (default 20)
 * @param binning binscatter binning (default equal-count)
 * @param gridPoints points of the fitted curve for plotting (default 101)
 * @param threads worker threads of the bootstrap; 0 = all processors
 * @param progress progress reports
 * @param token cancellation
 */
public record CurveParams(CovarianceType covariance, double level, List<Double> thresholds,
    int bootstrapDraws, long seed, double intervalLow, double intervalHigh, double breakpoint,
    int bins, Binning binning, int gridPoints, int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default covariance of least-squares fits. */
  public static final CovarianceType DEFAULT_COVARIANCE = CovarianceType.HC3;
  /** Default confidence level. */
  public static final double DEFAULT_LEVEL = 0.95;
  /** Default step thresholds: 10 mutual connections, with 6 and 8 as robustness checks. */
  public static final List<Double> DEFAULT_THRESHOLDS = List.of(10.0, 6.0, 8.0);
  /** Default bootstrap draws. */
  public static final int DEFAULT_BOOTSTRAP_DRAWS = BootstrapParams.DEFAULT_DRAWS;
  /** Default seed. */
  public static final long DEFAULT_SEED = 1L;
  /** Default grid points of the fitted curve. */
  public static final int DEFAULT_GRID_POINTS = 101;

  /** Validates and copies. */
  public CurveParams {
    if (covariance == null || covariance == CovarianceType.CR1) {
      throw new IllegalArgumentException("covariance must be CLASSICAL, HC0, HC1 or HC3 (CR1 is used "
          + "automatically when the observations have clusters), got " + covariance);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    thresholds = List.copyOf(thresholds);
    for (Double c : thresholds) {
      if (c == null || !Double.isFinite(c)) {
        throw new IllegalArgumentException("step thresholds must be finite numbers, got "
            + thresholds);
      }
    }
    if (bootstrapDraws < 0 || bootstrapDraws > 1_000_000) {
      throw new IllegalArgumentException("bootstrapDraws must be in [0, 1000000], got "
          + bootstrapDraws);
    }
    if (Double.isInfinite(intervalLow) || Double.isInfinite(intervalHigh)) {
      throw new IllegalArgumentException("interval ends must be finite (or NaN for the data range)");
    }
    if (!Double.isNaN(intervalLow) && !Double.isNaN(intervalHigh) && !(intervalLow < intervalHigh)) {
      throw new IllegalArgumentException("need intervalLow < intervalHigh, got [" + intervalLow
          + ", " + intervalHigh + "]");
    }
    if (Double.isInfinite(breakpoint)) {
      throw new IllegalArgumentException("breakpoint must be finite (or NaN for Robin Hood)");
    }
    if (bins < 1 || bins > 100_000) {
      throw new IllegalArgumentException("bins must be in [1, 100000], got " + bins);
    }
    Objects.requireNonNull(binning, "binning");
    if (gridPoints < 2 || gridPoints > 100_000) {
      throw new IllegalArgumentException("gridPoints must be in [2, 100000], got " + gridPoints);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(token, "token");
  }

  /** The defaults. */
  public static CurveParams defaults() {
    return new CurveParams(DEFAULT_COVARIANCE, DEFAULT_LEVEL, DEFAULT_THRESHOLDS,
        DEFAULT_BOOTSTRAP_DRAWS, DEFAULT_SEED, Double.NaN, Double.NaN, Double.NaN,
        BinscatterParams.DEFAULT_BINS, BinscatterParams.DEFAULT_BINNING, DEFAULT_GRID_POINTS, 0,
        ProgressListener.NONE, CancellationToken.NONE);
  }

  /** A copy with another covariance. */
  public CurveParams withCovariance(CovarianceType c) {
    return new CurveParams(c, level, thresholds, bootstrapDraws, seed, intervalLow, intervalHigh,
        breakpoint, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with another confidence level. */
  public CurveParams withLevel(double l) {
    return new CurveParams(covariance, l, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with other step thresholds (the first is the main one). */
  public CurveParams withThresholds(List<Double> t) {
    return new CurveParams(covariance, level, t, bootstrapDraws, seed, intervalLow, intervalHigh,
        breakpoint, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with another number of bootstrap draws (0: none). */
  public CurveParams withBootstrapDraws(int d) {
    return new CurveParams(covariance, level, thresholds, d, seed, intervalLow, intervalHigh,
        breakpoint, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with another seed. */
  public CurveParams withSeed(long s) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, s, intervalLow,
        intervalHigh, breakpoint, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with a Lind-Mehlum interval (NaN ends: the data range). */
  public CurveParams withInterval(double low, double high) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, low, high,
        breakpoint, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with a two-lines breakpoint (NaN: Robin Hood). */
  public CurveParams withBreakpoint(double b) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, b, bins, binning, gridPoints, threads, progress, token);
  }

  /** A copy with another number of bins. */
  public CurveParams withBins(int b) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, b, binning, gridPoints, threads, progress, token);
  }

  /** A copy with another binning. */
  public CurveParams withBinning(Binning b) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, bins, b, gridPoints, threads, progress, token);
  }

  /** A copy with another number of grid points. */
  public CurveParams withGridPoints(int g) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, bins, binning, g, threads, progress, token);
  }

  /** A copy with another thread count. */
  public CurveParams withThreads(int t) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, bins, binning, gridPoints, t, progress, token);
  }

  /** A copy with a progress listener. */
  public CurveParams withProgress(ProgressListener p) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, bins, binning, gridPoints, threads, p, token);
  }

  /** A copy with a cancellation token. */
  public CurveParams withToken(CancellationToken t) {
    return new CurveParams(covariance, level, thresholds, bootstrapDraws, seed, intervalLow,
        intervalHigh, breakpoint, bins, binning, gridPoints, threads, progress, t);
  }
}
