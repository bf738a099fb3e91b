package org.weakties.bridge;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link Bridges}. The computation is a single sequential pass, so there is no thread
 * count.
 *
 * @param progress receives one step, "bridges", measured in nodes visited; default
 *     {@link ProgressListener#NONE}
 * @param token polled every few thousand nodes; default {@link CancellationToken#NONE}
 */
public record BridgesParams(ProgressListener progress, CancellationToken token) {

  /** Validates that neither argument is null. */
  public BridgesParams {
    Objects.requireNonNull(progress, "progress (use ProgressListener.NONE)");
    Objects.requireNonNull(token, "token (use CancellationToken.NONE)");
  }

  /** No progress reports, never cancelled. */
  public static BridgesParams defaults() {
    return new BridgesParams(ProgressListener.NONE, CancellationToken.NONE);
  }

  /** A copy with another progress listener. */
  public BridgesParams withProgress(ProgressListener p) {
    return new BridgesParams(p, token);
  }

  /** A copy with another cancellation token. */
  public BridgesParams withToken(CancellationToken t) {
    return new BridgesParams(progress, t);
  }
}
