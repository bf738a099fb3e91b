package org.weakties.curve;

/**
 * The data cannot support the requested fit: too few observations, no variation where variation is
 * needed, collinear regressors, a constant outcome, perfect separation in a logistic regression and
 * similar. Estimators throw this instead of returning NaN estimates; {@link #reason()} says which case
 * it is, so callers (for example a command line) can map it to a message or an exit code.
 */
public final class DegenerateDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kinds of degenerate data. */
  public enum Reason {
    /** Fewer observations than the model needs (at least one more than its coefficients). */
    TOO_FEW_OBSERVATIONS,
    /** Every x value is the same. */
    NO_VARIANCE_IN_X,
    /** Fewer distinct x values than the shape needs (three for a quadratic). */
    TOO_FEW_DISTINCT_X,
    /** Every outcome is the same, so no slope or curvature can be estimated. */
    CONSTANT_OUTCOME,
    /** A regressor is (numerically) a linear combination of the others. */
    COLLINEAR,
    /** A logistic regression whose outcome is perfectly predicted; its estimates diverge. */
    PERFECT_SEPARATION,
    /** An observation with leverage 1, for which HC3 standard errors are undefined. */
    LEVERAGE_ONE,
    /** Fewer than two clusters for clustered standard errors. */
    TOO_FEW_CLUSTERS,
    /** Fewer excluded instruments than endogenous regressors. */
    UNDERIDENTIFIED,
    /** A fit or test needs data in a range (a group, a side of a threshold) that holds none. */
    EMPTY_RANGE
  }

  private final Reason reason;

  /** Creates the exception. */
  public DegenerateDataException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Which kind of degenerate data this is. */
  public Reason reason() {
    return reason;
  }
}
