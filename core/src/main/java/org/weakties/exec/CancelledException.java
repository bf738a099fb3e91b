package org.weakties.exec;

/** Thrown by an algorithm whose {@link CancellationToken} was cancelled. No partial result exists. */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the cancelled computation. */
  public CancelledException(String message) {
    super(message);
  }
}
