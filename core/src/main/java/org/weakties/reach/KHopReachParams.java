package org.weakties.reach;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link KHopReach}.
 *
 * @param maxDistance the largest distance k whose ball sizes are computed, {@code >= 2}; default
 *     {@link #DEFAULT_MAX_DISTANCE}. The cost grows quickly with k (see {@link KHopReach})
 * @param threads worker threads, 0 = all processors; default {@link #DEFAULT_THREADS}
 * @param progress progress listener, never null
 * @param token cancellation token, never null
 */
public record KHopReachParams(int maxDistance, int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default largest distance: 2 (friends and friends of friends). */
  public static final int DEFAULT_MAX_DISTANCE = 2;
  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public KHopReachParams {
    if (maxDistance < 2) {
      throw new IllegalArgumentException("maxDistance must be >= 2 (distance 1 is the degree), got "
          + maxDistance);
    }
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** Distance 2, all processors. */
  public static KHopReachParams defaults() {
    return new KHopReachParams(DEFAULT_MAX_DISTANCE, DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy with another largest distance. */
  public KHopReachParams withMaxDistance(int x) {
    return new KHopReachParams(x, threads, progress, token);
  }

  /** A copy with another thread count (0 = all processors). */
  public KHopReachParams withThreads(int x) {
    return new KHopReachParams(maxDistance, x, progress, token);
  }

  /** A copy with another progress listener. */
  public KHopReachParams withProgress(ProgressListener x) {
    return new KHopReachParams(maxDistance, threads, x, token);
  }

  /** A copy with another cancellation token. */
  public KHopReachParams withToken(CancellationToken x) {
    return new KHopReachParams(maxDistance, threads, progress, x);
  }
}
