package org.weakties.graph;

/**
 * Thrown by the builder when an edge breaks a rule: a bad weight, a self-loop under
 * {@link SelfLoopPolicy#REJECT}, or a repeated edge under {@link DuplicatePolicy#REJECT}. The message
 * names the edge, its position in the input and what is allowed.
 */
public final class EdgeRejectedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long position;

  /**
   * @param position zero-based index of the offending edge in the order edges were added
   * @param message the full message
   */
  public EdgeRejectedException(long position, String message) {
    super(message);
    this.position = position;
  }

  /** Zero-based index of the offending edge in the order edges were added. */
  public long position() {
    return position;
  }
}
