package org.weakties.tie;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link StructuralTieMeasures}.
 *
 * @param threads worker threads; 0 = all processors (default {@link #DEFAULT_THREADS})
 * @param progress receives one unit per block of nodes; never null (default {@link ProgressListener#NONE})
 * @param token polled between blocks; never null (default {@link CancellationToken#NONE})
 */
public record StructuralTieMeasuresParams(int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public StructuralTieMeasuresParams {
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** All processors, no progress reports, no cancellation. */
  public static StructuralTieMeasuresParams defaults() {
    return new StructuralTieMeasuresParams(DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy with another thread count (0 = all processors). */
  public StructuralTieMeasuresParams withThreads(int t) {
    return new StructuralTieMeasuresParams(t, progress, token);
  }

  /** A copy with another progress listener. */
  public StructuralTieMeasuresParams withProgress(ProgressListener p) {
    return new StructuralTieMeasuresParams(threads, p, token);
  }

  /** A copy with another cancellation token. */
  public StructuralTieMeasuresParams withToken(CancellationToken t) {
    return new StructuralTieMeasuresParams(threads, progress, t);
  }
}
