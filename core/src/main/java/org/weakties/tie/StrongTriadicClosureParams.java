package org.weakties.tie;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link StrongTriadicClosure}.
 *
 * @param listLimit how many violating wedges to list (all are counted); {@code >= 0}; default
 *     {@link #DEFAULT_LIST_LIMIT}
 * @param threads worker threads for counting, 0 = all processors; default {@link #DEFAULT_THREADS}
 * @param progress progress listener, never null
 * @param token cancellation token, never null
 */
public record StrongTriadicClosureParams(int listLimit, int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default number of listed violations: 1000. */
  public static final int DEFAULT_LIST_LIMIT = 1000;
  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public StrongTriadicClosureParams {
    if (listLimit < 0) {
      throw new IllegalArgumentException("listLimit must be >= 0, got " + listLimit);
    }
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** List up to 1000 violations, all processors. */
  public static StrongTriadicClosureParams defaults() {
    return new StrongTriadicClosureParams(DEFAULT_LIST_LIMIT, DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy with another list limit. */
  public StrongTriadicClosureParams withListLimit(int x) {
    return new StrongTriadicClosureParams(x, threads, progress, token);
  }

  /** A copy with another thread count (0 = all processors). */
  public StrongTriadicClosureParams withThreads(int x) {
    return new StrongTriadicClosureParams(listLimit, x, progress, token);
  }

  /** A copy with another progress listener. */
  public StrongTriadicClosureParams withProgress(ProgressListener x) {
    return new StrongTriadicClosureParams(listLimit, threads, x, token);
  }

  /** A copy with another cancellation token. */
  public StrongTriadicClosureParams withToken(CancellationToken x) {
    return new StrongTriadicClosureParams(listLimit, threads, progress, x);
  }
}
