package org.weakties.curve;

import java.util.List;

/**
 * A two-stage least-squares fit with its first stages.
 *
 * @param fit the second-stage coefficients and covariance
 * @param endogenous names of the instrumented regressors
 * @param instruments names of the excluded instruments
 * @param firstStages one diagnostic per endogenous regressor, in the order of {@code endogenous}
 */
public record IvFit(RegressionFit fit, List<String> endogenous, List<String> instruments,
    List<FirstStage> firstStages) {
  /** Copies the lists. */
  public IvFit {
    endogenous = List.copyOf(endogenous);
    instruments = List.copyOf(instruments);
    firstStages = List.copyOf(firstStages);
  }
}
