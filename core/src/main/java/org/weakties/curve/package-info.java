/**
 * The usefulness curve of tie strength: does information (a job) flow best through moderately weak
 * ties? Estimators, tests and the report behind the {@code weakties curve} command.
 *
 * <h2>What lives here</h2>
 * <ul>
 *   <li>Input: {@link org.weakties.curve.Observations} (tie strength x, outcome y, optional group,
 *       controls, excluded instruments, clusters), from arrays, from per-edge values of a graph or
 *       from named table columns ({@link org.weakties.curve.ObservationColumns}).</li>
 *   <li>Estimators: {@link org.weakties.curve.LinearRegression} (OLS),
 *       {@link org.weakties.curve.LogisticRegression}, {@link org.weakties.curve.TwoStageLeastSquares},
 *       each returning a {@link org.weakties.curve.RegressionFit} with classical, HC0, HC1, HC3 or
 *       CR1 covariance ({@link org.weakties.curve.CovarianceType}); the curve specifications
 *       (linear, quadratic, step {@code y = a + b1 x + b2 1[x > c]}, logistic) in
 *       {@link org.weakties.curve.CurveModels}.</li>
 *   <li>Shape: {@link org.weakties.curve.TurningPoints} (delta method and seeded percentile
 *       bootstrap), {@link org.weakties.curve.LindMehlumTest}, {@link
 *       org.weakties.curve.TwoLinesTest}, {@link org.weakties.curve.GroupComparison} (Wald tests
 *       across groups).</li>
 *   <li>Plotting data: {@link org.weakties.curve.Binscatter} and {@link
 *       org.weakties.curve.CurveBand}.</li>
 *   <li>The whole analysis: {@link org.weakties.curve.CurveAnalysis} returning {@link
 *       org.weakties.curve.CurveAnalysisResult}, with {@code toJson()}.</li>
 * </ul>
 * Degenerate data throw {@link org.weakties.curve.DegenerateDataException} (with a
 * {@link org.weakties.curve.DegenerateDataException.Reason}); a logistic fit that does not converge
 * throws {@link org.weakties.curve.ConvergenceException}. No estimator returns NaN estimates.
 *
 * <h2>Conventions</h2>
 * Covariances follow R's {@code sandwich} 3.0 (HC1: {@code n/(n-k)}; CR1: {@code G/(G-1) (n-1)/(n-k)}).
 * p-values of least-squares and 2SLS coefficients use t with {@code n - k} degrees of freedom also
 * for robust and clustered covariances (as R's {@code coeftest}; statsmodels uses {@code G - 1} for
 * clusters); logistic fits and the two-lines test use the standard normal. The tests compare every
 * estimator with R 4.2 and statsmodels 0.13.5 at 1e-8 relative
 * ({@code src/test/resources/reference/curve/}). The two-lines smoother is an unpenalised natural
 * cubic regression spline ({@code min(10, distinct x)} knots placed as mgcv does) standing in for
 * the author's penalised GAM; it equals mgcv's {@code s(x, bs = "cr", fx = TRUE)}.
 *
 * <h2>JSON report ({@link org.weakties.curve.CurveAnalysisResult#toJson()})</h2>
 * Numbers are plain JSON numbers; a NaN is written as {@code null}; enum values are lower case.
 * Top-level keys:
 * <ul>
 *   <li>{@code x}, {@code y} (column names), {@code n}, {@code dropped_rows}, {@code x_min},
 *       {@code x_max}, {@code distinct_x}, {@code y_mean}, {@code binary_outcome}, {@code group},
 *       {@code cluster} (names or null), {@code clusters} (count), {@code controls},
 *       {@code instruments} (arrays of column names, categorical ones expanded as
 *       {@code column=level}), {@code covariance} ({@code CLASSICAL|HC0|HC1|HC3|CR1}),
 *       {@code level} (confidence level);</li>
 *   <li>{@code binscatter}: {@code binning} ({@code equal_count|equal_width}),
 *       {@code requested_bins}, {@code level}, {@code bins}: array of {@code x_low, x_high, x_mean,
 *       y_mean, lower, upper, count};</li>
 *   <li>{@code linear}, {@code quadratic}: a <i>fit</i>;</li>
 *   <li>{@code turning_point}: a <i>turning point</i> (of the quadratic OLS fit, with
 *       bootstrap);</li>
 *   <li>{@code curve}: a <i>band</i> (the quadratic with controls at their means);</li>
 *   <li>{@code lind_mehlum}: a <i>U test</i>;</li>
 *   <li>{@code logistic}: null, or {@code fit}, {@code turning_point}, {@code lind_mehlum},
 *       {@code curve} (fitted probabilities);</li>
 *   <li>{@code steps}: array of {@code threshold}, {@code fit} (coefficient {@code step} is
 *       {@code 1[x > threshold]});</li>
 *   <li>{@code two_lines}: null, or {@code shape}, {@code breakpoint_method}
 *       ({@code robin_hood|given}), {@code breakpoint}, {@code b1, se1, z1, p1} (low line),
 *       {@code b2, se2, z2, p2} (high line), {@code p} (max of p1, p2 when the slopes have opposite
 *       signs, else 1), {@code u_shape_significant}, {@code covariance}, {@code n_low},
 *       {@code n_high}, {@code knots}, {@code x_most}, {@code flat_low}, {@code flat_high},
 *       {@code mid_flat}, {@code mid_z1}, {@code mid_z2};</li>
 *   <li>{@code groups}: null, or {@code column}, {@code fits} (array of {@code group}, {@code n},
 *       {@code linear}, {@code quadratic}, {@code turning_point}; the last two may be null),
 *       {@code slope_test}, {@code peak_test} (a <i>Wald test</i> or null);</li>
 *   <li>{@code iv}: null, or {@code linear}, {@code quadratic} (an <i>IV fit</i> or null),
 *       {@code turning_point} (delta only), {@code lind_mehlum}, {@code curve}, {@code steps}
 *       (array of {@code threshold}, {@code fit}: an <i>IV fit</i>);</li>
 *   <li>{@code skipped}: object mapping a part ({@code logistic}, {@code step_10},
 *       {@code two_lines}, {@code groups}, {@code groups.quadratic.LABEL}, {@code groups.peak_test},
 *       {@code iv.linear}, {@code iv.quadratic}, {@code iv.step_10}, ...) to the reason it is
 *       missing.</li>
 * </ul>
 * A <i>fit</i> is {@code estimator} ({@code ols|logit|two_stage_least_squares}), {@code covariance},
 * {@code clusters}, {@code n}, {@code df} (null = normal), {@code r_squared} (McFadden's for logit),
 * {@code sigma}, {@code deviance}, {@code iterations}, {@code coefficients}: object by name
 * ({@code intercept}, {@code x}, {@code x2} or {@code step}, then the controls) of
 * {@code estimate, se, statistic, p, lower, upper}. An <i>IV fit</i> is {@code fit}, {@code
 * endogenous}, {@code instruments}, {@code first_stages} (array of {@code variable, f, df1, df2, p,
 * partial_r_squared}). A <i>turning point</i> is {@code kind} ({@code maximum|minimum}),
 * {@code estimate}, {@code se}, {@code level}, {@code delta_lower}, {@code delta_upper},
 * {@code bootstrap_lower}, {@code bootstrap_upper} (null without bootstrap),
 * {@code bootstrap_draws}, {@code bootstrap_valid}, {@code x_min}, {@code x_max},
 * {@code inside_data_range}. A <i>band</i> is {@code level}, {@code points}: array of
 * {@code x, fit, lower, upper}. A <i>U test</i> is {@code shape} ({@code inverted_u|u}),
 * {@code x_low}, {@code x_high}, {@code slope_low}, {@code se_low}, {@code t_low},
 * {@code slope_high}, {@code se_high}, {@code t_high}, {@code t}, {@code p}, {@code p_inverted_u},
 * {@code p_u}, {@code df}, {@code extremum_inside}. A <i>Wald test</i> is {@code hypothesis},
 * {@code statistic}, {@code df}, {@code denominator_df} (null = chi-square), {@code p}.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code org.weakties.internal}
 * and Commons Math 3 (the only package that does).
 */
package org.weakties.curve;
