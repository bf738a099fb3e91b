package org.weakties.holes;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link StructuralHoles}.
 *
 * @param weighted whether tie weights enter the proportions (true, the default) or every tie counts 1
 * @param threads worker threads, 0 = all processors (the default)
 * @param progress receives the step "structural holes" measured in nodes; default
 *     {@link ProgressListener#NONE}
 * @param token polled between blocks of nodes; default {@link CancellationToken#NONE}
 */
public record StructuralHolesParams(boolean weighted, int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default: weights are used. */
  public static final boolean DEFAULT_WEIGHTED = true;
  /** Default thread count: 0, all processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the arguments. */
  public StructuralHolesParams {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
    Objects.requireNonNull(progress, "progress (use ProgressListener.NONE)");
    Objects.requireNonNull(token, "token (use CancellationToken.NONE)");
  }

  /** Weighted, all processors, no progress reports, never cancelled. */
  public static StructuralHolesParams defaults() {
    return new StructuralHolesParams(DEFAULT_WEIGHTED, DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy that uses weights or not. */
  public StructuralHolesParams withWeighted(boolean w) {
    return new StructuralHolesParams(w, threads, progress, token);
  }

  /** A copy with another thread count. */
  public StructuralHolesParams withThreads(int t) {
    return new StructuralHolesParams(weighted, t, progress, token);
  }

  /** A copy with another progress listener. */
  public StructuralHolesParams withProgress(ProgressListener p) {
    return new StructuralHolesParams(weighted, threads, p, token);
  }

  /** A copy with another cancellation token. */
  public StructuralHolesParams withToken(CancellationToken t) {
    return new StructuralHolesParams(weighted, threads, progress, t);
  }
}
