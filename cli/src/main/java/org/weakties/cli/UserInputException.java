package org.weakties.cli;

/**
 * A mistake in what the user gave the tool (a missing file, an unknown column, a bad option value).
 * The tool prints the message as one sentence and exits with status 2.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a complete, user-facing sentence. */
  public UserInputException(String message) {
    super(message);
  }

  /** Creates the exception with a user-facing sentence and its cause (shown with --verbose). */
  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
