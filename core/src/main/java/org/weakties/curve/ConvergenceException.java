package org.weakties.curve;

/**
 * An iterative estimator (the Newton/IRLS iterations of {@link LogisticRegression}) did not converge
 * within its iteration limit. Carries the number of iterations done and the last relative change of
 * the deviance, so the caller can decide whether to raise the limit.
 */
public final class ConvergenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int iterations;
  private final double residual;

  /** Creates the exception. */
  public ConvergenceException(String message, int iterations, double residual) {
    super(message + " (after " + iterations + " iterations; last relative change " + residual + ")");
    this.iterations = iterations;
    this.residual = residual;
  }

  /** Iterations done before giving up. */
  public int iterations() {
    return iterations;
  }

  /** The convergence measure at the last iteration (relative change of the deviance). */
  public double residual() {
    return residual;
  }
}
