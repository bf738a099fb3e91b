package org.weakties.reach;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link HyperBall}.
 *
 * @param log2m base-2 logarithm of the number of registers per counter, in [4, 16]; default
 *     {@link #DEFAULT_LOG2M} (256 registers, relative standard deviation about 6.5%)
 * @param maxDistance the largest distance t whose balls are estimated, {@code >= 1}; default
 *     {@link #DEFAULT_MAX_DISTANCE}; {@link Integer#MAX_VALUE} runs until no counter changes (the
 *     whole neighborhood function)
 * @param seed seed of the hash of node ids; default {@link #DEFAULT_SEED}
 * @param threads worker threads, 0 = all processors; default {@link #DEFAULT_THREADS}
 * @param progress progress listener (one step per iteration), never null
 * @param token cancellation token, never null
 */
public record HyperBallParams(int log2m, int maxDistance, long seed, int threads,
    ProgressListener progress, CancellationToken token) {

  /** Default registers per counter: 2^8 = 256. */
  public static final int DEFAULT_LOG2M = 8;
  /** Smallest allowed log2m. */
  public static final int MIN_LOG2M = 4;
  /** Largest allowed log2m. */
  public static final int MAX_LOG2M = 16;
  /** Default largest distance: 2 (friends of friends). */
  public static final int DEFAULT_MAX_DISTANCE = 2;
  /** Default hash seed. */
  public static final long DEFAULT_SEED = 1L;
  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public HyperBallParams {
    if (log2m < MIN_LOG2M || log2m > MAX_LOG2M) {
      throw new IllegalArgumentException("log2m must be in [" + MIN_LOG2M + ", " + MAX_LOG2M
          + "], got " + log2m);
    }
    if (maxDistance < 1) {
      throw new IllegalArgumentException("maxDistance must be >= 1 (Integer.MAX_VALUE = until"
          + " stable), got " + maxDistance);
    }
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** 256 registers, distance 2, seed 1, all processors. */
  public static HyperBallParams defaults() {
    return new HyperBallParams(DEFAULT_LOG2M, DEFAULT_MAX_DISTANCE, DEFAULT_SEED, DEFAULT_THREADS,
        ProgressListener.NONE, CancellationToken.NONE);
  }

  /** A copy with another log2m. */
  public HyperBallParams withLog2m(int x) {
    return new HyperBallParams(x, maxDistance, seed, threads, progress, token);
  }

  /** A copy with another largest distance ({@link Integer#MAX_VALUE} = until stable). */
  public HyperBallParams withMaxDistance(int x) {
    return new HyperBallParams(log2m, x, seed, threads, progress, token);
  }

  /** A copy with another seed. */
  public HyperBallParams withSeed(long x) {
    return new HyperBallParams(log2m, maxDistance, x, threads, progress, token);
  }

  /** A copy with another thread count (0 = all processors). */
  public HyperBallParams withThreads(int x) {
    return new HyperBallParams(log2m, maxDistance, seed, x, progress, token);
  }

  /** A copy with another progress listener. */
  public HyperBallParams withProgress(ProgressListener x) {
    return new HyperBallParams(log2m, maxDistance, seed, threads, x, token);
  }

  /** A copy with another cancellation token. */
  public HyperBallParams withToken(CancellationToken x) {
    return new HyperBallParams(log2m, maxDistance, seed, threads, progress, x);
  }
}
