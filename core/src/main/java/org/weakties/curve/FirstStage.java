package org.weakties.curve;

/**
 * The first-stage diagnostics of one endogenous regressor in {@link TwoStageLeastSquares}: the
 * regressor is regressed on all exogenous regressors and the excluded instruments.
 *
 * @param variable the endogenous regressor
 * @param fStatistic Wald F statistic that the excluded instruments' coefficients are all zero, with
 *     the same covariance estimator as the second stage (the classical partial F for
 *     {@link CovarianceType#CLASSICAL}); values below about 10 signal weak instruments (Staiger and
 *     Stock, Econometrica 65, 1997)
 * @param df1 number of excluded instruments
 * @param df2 residual degrees of freedom of the first stage
 * @param pValue upper-tail p-value of {@code fStatistic} in F(df1, df2)
 * @param partialRSquared share of the regressor's variation, net of the exogenous regressors, that
 *     the excluded instruments explain
 */
public record FirstStage(String variable, double fStatistic, int df1, double df2, double pValue,
    double partialRSquared) {}
