package org.weakties.curve;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of the percentile bootstrap of {@link TurningPoints#bootstrap}.
 *
 * @param draws number of resamples; 0 disables the bootstrap; at most 1,000,000
 * @param seed seed of the resampling; the same seed gives the same interval with any thread count
 * @param threads worker threads; 0 = all processors
 * @param progress progress reports (one unit per draw)
 * @param token cancellation
 */
public record BootstrapParams(int draws, long seed, int threads, ProgressListener progress,
    CancellationToken token) {
  /** Default number of draws: with 999, the 2.5% and 97.5% points are exact order statistics. */
  public static final int DEFAULT_DRAWS = 999;
  /** Default seed. */
  public static final long DEFAULT_SEED = 1L;
  /** Default thread count (all processors). */
  public static final int DEFAULT_THREADS = 0;

  /** Validates. */
  public BootstrapParams {
    if (draws < 0 || draws > 1_000_000) {
      throw new IllegalArgumentException("bootstrap draws must be in [0, 1000000], got " + draws);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(token, "token");
  }

  /** 999 draws, seed 1, all processors, no progress, no cancellation. */
  public static BootstrapParams defaults() {
    return new BootstrapParams(DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy with another number of draws. */
  public BootstrapParams withDraws(int d) {
    return new BootstrapParams(d, seed, threads, progress, token);
  }

  /** A copy with another seed. */
  public BootstrapParams withSeed(long s) {
    return new BootstrapParams(draws, s, threads, progress, token);
  }

  /** A copy with another thread count. */
  public BootstrapParams withThreads(int t) {
    return new BootstrapParams(draws, seed, t, progress, token);
  }

  /** A copy with a progress listener. */
  public BootstrapParams withProgress(ProgressListener p) {
    return new BootstrapParams(draws, seed, threads, p, token);
  }

  /** A copy with a cancellation token. */
  public BootstrapParams withToken(CancellationToken t) {
    return new BootstrapParams(draws, seed, threads, progress, t);
  }
}
