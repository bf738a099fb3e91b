package org.weakties.reach;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link ReachByTieClass}.
 *
 * @param threads worker threads, 0 = all processors; default {@link #DEFAULT_THREADS}
 * @param progress progress listener, never null
 * @param token cancellation token, never null
 */
public record ReachByTieClassParams(int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public ReachByTieClassParams {
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** All processors, no progress reports, no cancellation. */
  public static ReachByTieClassParams defaults() {
    return new ReachByTieClassParams(DEFAULT_THREADS, ProgressListener.NONE, CancellationToken.NONE);
  }

  /** A copy with another thread count (0 = all processors). */
  public ReachByTieClassParams withThreads(int x) {
    return new ReachByTieClassParams(x, progress, token);
  }

  /** A copy with another progress listener. */
  public ReachByTieClassParams withProgress(ProgressListener x) {
    return new ReachByTieClassParams(threads, x, token);
  }

  /** A copy with another cancellation token. */
  public ReachByTieClassParams withToken(CancellationToken x) {
    return new ReachByTieClassParams(threads, progress, x);
  }
}
