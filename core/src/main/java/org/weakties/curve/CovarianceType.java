package org.weakties.curve;

/**
 * How the covariance matrix of regression coefficients is estimated. With bread {@code B} (the
 * inverse information, {@code (X'X)^-1} for least squares) and score {@code s_i = x_i e_i} (residual
 * times regressors; the projected regressors for 2SLS), the sandwich is {@code B M B} with meat
 * {@code M}:
 * <ul>
 *   <li>{@link #CLASSICAL}: no sandwich; {@code sigma^2 B} for least squares ({@code sigma^2 =
 *       SSR/(n-k)}), {@code B} for maximum likelihood (logistic regression).</li>
 *   <li>{@link #HC0}: {@code M = sum s_i s_i'} (White 1980).</li>
 *   <li>{@link #HC1}: HC0 times {@code n/(n-k)}.</li>
 *   <li>{@link #HC3}: scores divided by {@code 1 - h_i} (leverage), MacKinnon and White (1985); for
 *       logistic regression the leverage is the weighted one. Not offered for 2SLS.</li>
 *   <li>{@link #CR1}: cluster-robust, scores summed within clusters, times
 *       {@code G/(G-1) (n-1)/(n-k)} (Stata's and R sandwich's {@code vcovCL} default).</li>
 * </ul>
 * These are the definitions of R's {@code sandwich} package (3.0), which the tests reproduce.
 */
public enum CovarianceType {
  /** Model-based (homoskedastic) covariance. */
  CLASSICAL,
  /** White's heteroskedasticity-consistent covariance. */
  HC0,
  /** HC0 with the degrees-of-freedom correction n/(n-k). */
  HC1,
  /** Leverage-adjusted heteroskedasticity-consistent covariance. */
  HC3,
  /** Cluster-robust covariance with the small-sample correction G/(G-1) (n-1)/(n-k). */
  CR1
}
