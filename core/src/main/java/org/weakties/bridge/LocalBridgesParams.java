package org.weakties.bridge;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link LocalBridges}.
 *
 * @param maxSpan the largest span searched for; a local bridge whose span exceeds it is flagged as
 *     over the cap and its span is unknown. {@link #UNLIMITED} (the default) searches without limit;
 *     2 skips the searches altogether (every local bridge has span at least 3), which leaves only
 *     the detection of local bridges and of global bridges (span infinite). Must be at least 2.
 * @param threads worker threads, 0 = all processors (the default)
 * @param progress receives the steps "local bridges: triangles" (nodes) and "local bridges: spans"
 *     (candidate edges); default {@link ProgressListener#NONE}
 * @param token polled between blocks of work; default {@link CancellationToken#NONE}
 */
public record LocalBridgesParams(int maxSpan, int threads, ProgressListener progress,
    CancellationToken token) {

  /** {@code maxSpan} value meaning "no cap" ({@link Integer#MAX_VALUE}). */
  public static final int UNLIMITED = Integer.MAX_VALUE;
  /** Default cap on the span search: {@link #UNLIMITED}. */
  public static final int DEFAULT_MAX_SPAN = UNLIMITED;
  /** Default thread count: 0, all processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the arguments. */
  public LocalBridgesParams {
    if (maxSpan < 2) {
      throw new IllegalArgumentException("maxSpan must be >= 2 (2 = no span search; "
          + "LocalBridgesParams.UNLIMITED = no cap), got " + maxSpan);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
    Objects.requireNonNull(progress, "progress (use ProgressListener.NONE)");
    Objects.requireNonNull(token, "token (use CancellationToken.NONE)");
  }

  /** No cap, all processors, no progress reports, never cancelled. */
  public static LocalBridgesParams defaults() {
    return new LocalBridgesParams(DEFAULT_MAX_SPAN, DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy with another span cap. */
  public LocalBridgesParams withMaxSpan(int cap) {
    return new LocalBridgesParams(cap, threads, progress, token);
  }

  /** A copy with another thread count. */
  public LocalBridgesParams withThreads(int t) {
    return new LocalBridgesParams(maxSpan, t, progress, token);
  }

  /** A copy with another progress listener. */
  public LocalBridgesParams withProgress(ProgressListener p) {
    return new LocalBridgesParams(maxSpan, threads, p, token);
  }

  /** A copy with another cancellation token. */
  public LocalBridgesParams withToken(CancellationToken t) {
    return new LocalBridgesParams(maxSpan, threads, progress, t);
  }
}
