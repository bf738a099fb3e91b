package org.weakties.sim;

import org.weakties.curve.IvFit;
import org.weakties.curve.RegressionFit;
import org.weakties.curve.WaldTest;

/**
 * Estimates of the effects of weak and strong ties on job applications from a simulated
 * experiment ({@link ExperimentResult#estimate()}); coefficient names {@code intercept},
 * {@code weak_ties}, {@code strong_ties}; instruments {@code arm=1 .. arm=K-1}.
 *
 * @param ols naive least squares, biased by the confounder
 * @param iv 2SLS with the arms as instruments, all people
 * @param ivDigital 2SLS in digital industries (null when that group is too small)
 * @param ivNonDigital 2SLS in non-digital industries (null when that group is too small)
 * @param weakTieDifference Wald test that the weak-tie effect is the same in both (or null)
 * @param strongTieDifference Wald test that the strong-tie effect is the same in both (or null)
 */
public record ExperimentEstimates(RegressionFit ols, IvFit iv, IvFit ivDigital, IvFit ivNonDigital,
    WaldTest weakTieDifference, WaldTest strongTieDifference) {}
