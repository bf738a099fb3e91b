package org.weakties.exec;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag that long-running algorithms poll (every few thousand nodes or edges) to stop early.
 *
 * <p>When the token is cancelled, the algorithm throws {@link CancelledException}; it never returns a
 * partial result. {@link #NONE} can never be cancelled and is the default everywhere.
 */
public final class CancellationToken {

  /** A token that is never cancelled. */
  public static final CancellationToken NONE = new CancellationToken();

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** Creates a new token that is not cancelled. */
  public static CancellationToken create() {
    return new CancellationToken();
  }

  private CancellationToken() {}

  /** Requests cancellation. Has no effect on {@link #NONE}. */
  public void cancel() {
    if (this != NONE) {
      cancelled.set(true);
    }
  }

  /** Whether cancellation was requested. */
  public boolean isCancelled() {
    return cancelled.get();
  }

  /**
   * Throws {@link CancelledException} if cancellation was requested.
   *
   * @param what the name of the computation, used in the exception message
   */
  public void throwIfCancelled(String what) {
    if (cancelled.get()) {
      throw new CancelledException(what + " was cancelled");
    }
  }
}
