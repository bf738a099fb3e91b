package org.weakties.curve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The full usefulness-curve analysis of tie strength against an outcome: binscatter, linear,
 * quadratic, logistic and step fits, the turning point with delta-method and bootstrap intervals,
 * the Lind-Mehlum and two-lines tests, per-group fits with Wald tests, and 2SLS fits when
 * instruments are given. The engine of the {@code weakties curve} command.
 *
 * <p><b>What is estimated</b> (see the classes named for definitions and papers):
 * <ol>
 *   <li>{@link Binscatter} of y on x;</li>
 *   <li>OLS {@code y ~ x + controls} and {@code y ~ x + x^2 + controls} ({@link CurveModels}), with
 *       HC3 (or the chosen) standard errors, CR1 when the observations have clusters;</li>
 *   <li>the turning point of the quadratic ({@link TurningPoints}): delta-method interval and a
 *       seeded percentile bootstrap ({@link CurveParams#bootstrapDraws()} draws), with whether it lies
 *       inside the data; and the fitted curve with its band ({@link CurveBand});</li>
 *   <li>{@link LindMehlumTest} on {@code [min x, max x]} (or the given interval);</li>
 *   <li>for 0/1 outcomes, the logistic quadratic with its turning point (delta), U test and fitted
 *       probabilities;</li>
 *   <li>the step specification of Rajkumar, Saint-Jacques, Bojinov, Brynjolfsson and Aral (Science,
 *       2022), {@code y = a + b1 x + b2 1[x > c] + controls}, for each threshold (10, 6 and 8 by
 *       default);</li>
 *   <li>{@link TwoLinesTest} (Robin Hood breakpoint unless one is given);</li>
 *   <li>with groups: per-group linear and quadratic fits and {@link GroupComparison} Wald tests that
 *       the slopes and the turning points are equal;</li>
 *   <li>with instruments: 2SLS linear, quadratic ({@code x}, {@code x^2} instrumented) and step
 *       ({@code x}, {@code 1[x > c]} instrumented) fits with first-stage F statistics, the
 *       instrumented turning point (delta) and U test.</li>
 * </ol>
 *
 * <p><b>Degenerate data.</b> No observations, too few for the quadratic, no variance in x, fewer
 * than 3 distinct x values or a constant outcome throw {@link DegenerateDataException}, as does a
 * failure of the main quadratic fit (collinear controls). A secondary part that cannot be estimated
 * (a threshold outside the data, a separated logistic fit, weak or collinear instruments, a group
 * too small for a quadratic) is left out and listed in {@link CurveAnalysisResult#skipped()} with the
 * reason; no part is ever reported with NaN estimates.
 *
 * <p><b>Cost.</b> O(n log n + n k^2) plus O(B n k^2) for B bootstrap draws, which run on
 * {@link CurveParams#threads()} workers. <b>Determinism:</b> the same observations, parameters and
 * seed give the same result with any thread count.
 */
public final class CurveAnalysis {
  private CurveAnalysis() {}

  /** Runs the analysis with {@link CurveParams#defaults()}. */
  public static CurveAnalysisResult compute(Observations o) {
    return compute(o, CurveParams.defaults());
  }

  /**
   * Runs the analysis.
   *
   * @throws DegenerateDataException for degenerate data (see the class comment)
   */
  public static CurveAnalysisResult compute(Observations o, CurveParams params) {
    Objects.requireNonNull(o, "observations");
    Objects.requireNonNull(params, "params");
    checkData(o);
    params.progress().start("usefulness curve", 8);
    Map<String, String> skipped = new LinkedHashMap<>();
    double level = params.level();
    Covariance cov = o.covariance(params.covariance());
    double xMin = o.xMin();
    double xMax = o.xMax();
    double lo = Double.isNaN(params.intervalLow()) ? xMin : params.intervalLow();
    double hi = Double.isNaN(params.intervalHigh()) ? xMax : params.intervalHigh();
    double[] cm = CurveModels.controlMeans(o);

    BinscatterResult bins = Binscatter.compute(o,
        new BinscatterParams(params.bins(), params.binning(), level));
    RegressionFit linear = CurveModels.linear(o, cov);
    RegressionFit quadratic = CurveModels.quadratic(o, cov);
    params.progress().advance(1);
    TurningPoint tp = TurningPoints.delta(quadratic, level, xMin, xMax);
    tp = TurningPoints.bootstrap(tp, o, new BootstrapParams(params.bootstrapDraws(), params.seed(),
        params.threads(), org.weakties.exec.ProgressListener.NONE, params.token()));
    params.progress().advance(1);
    CurveBand band = CurveBand.of(quadratic, cm, xMin, xMax, params.gridPoints(), level);
    LindMehlumResult lm = LindMehlumTest.test(quadratic, lo, hi);

    CurveAnalysisResult.LogisticCurve logistic = null;
    if (!o.binaryOutcome()) {
      skipped.put("logistic", "the outcome is not binary (0/1)");
    } else {
      try {
        Covariance lc = o.hasClusters() ? cov : Covariance.classical();
        RegressionFit lf = CurveModels.logisticQuadratic(o, lc);
        logistic = new CurveAnalysisResult.LogisticCurve(lf,
            TurningPoints.delta(lf, level, xMin, xMax), LindMehlumTest.test(lf, lo, hi),
            CurveBand.of(lf, cm, xMin, xMax, params.gridPoints(), level));
      } catch (DegenerateDataException | ConvergenceException e) {
        skipped.put("logistic", e.getMessage());
      }
    }
    params.progress().advance(1);

    List<CurveAnalysisResult.StepFit> steps = new ArrayList<>();
    for (double c : params.thresholds()) {
      try {
        steps.add(new CurveAnalysisResult.StepFit(c, CurveModels.step(o, c, cov)));
      } catch (DegenerateDataException e) {
        skipped.put("step_" + Observations.numberLabel(c), e.getMessage());
      }
    }
    params.progress().advance(1);

    TwoLinesResult twoLines = null;
    try {
      twoLines = TwoLinesTest.test(o, TwoLinesParams.defaults().withBreakpoint(params.breakpoint())
          .withCovariance(params.covariance()));
    } catch (DegenerateDataException e) {
      skipped.put("two_lines", e.getMessage());
    }
    params.progress().advance(1);
    params.token().throwIfCancelled("usefulness curve");

    CurveAnalysisResult.GroupFits groups = o.hasGroups() ? groups(o, params, skipped) : null;
    params.progress().advance(1);
    CurveAnalysisResult.IvCurve iv = o.instrumentCount() > 0 ? iv(o, cov, params, cm, skipped)
        : null;
    params.progress().advance(2);
    params.progress().finish();

    CurveAnalysisResult.Summary summary = new CurveAnalysisResult.Summary(o.xName(), o.yName(),
        o.size(), o.droppedRows(), xMin, xMax, o.distinctX(), o.yMean(), o.binaryOutcome(),
        o.groupName(), o.clusterName(), o.clusterCount(), o.controlNames(), o.instrumentNames());
    return new CurveAnalysisResult(summary, cov.type(), level, bins, linear, quadratic, tp, band, lm,
        logistic, steps, twoLines, groups, iv, skipped);
  }

  /** The checks that make the whole analysis impossible. */
  static void checkData(Observations o) {
    int n = o.size();
    int need = 4 + o.controlCount();
    if (n < need) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_OBSERVATIONS,
          n + " observations; the quadratic curve with " + o.controlCount() + " controls needs at "
              + "least " + need);
    }
    int distinct = o.distinctX();
    if (distinct == 1) {
      throw new DegenerateDataException(DegenerateDataException.Reason.NO_VARIANCE_IN_X,
          "every " + o.xName() + " equals " + o.x(0) + ", so no curve can be fitted");
    }
    if (distinct < 3) {
      throw new DegenerateDataException(DegenerateDataException.Reason.TOO_FEW_DISTINCT_X,
          o.xName() + " takes only " + distinct + " distinct values; a quadratic curve needs 3");
    }
    double y0 = o.y(0);
    boolean varies = false;
    for (int i = 1; i < n && !varies; i++) {
      varies = o.y(i) != y0;
    }
    if (!varies) {
      throw new DegenerateDataException(DegenerateDataException.Reason.CONSTANT_OUTCOME,
          "every " + o.yName() + " equals " + y0 + ", so there is no curve to estimate");
    }
  }

  private static CurveAnalysisResult.GroupFits groups(Observations o, CurveParams params,
      Map<String, String> skipped) {
    List<String> labels = o.groups();
    if (labels.size() < 2) {
      skipped.put("groups", "the group column '" + o.groupName() + "' has only one value ("
          + labels + "); comparisons need at least 2 groups");
      return null;
    }
    List<CurveAnalysisResult.GroupFit> fits = new ArrayList<>();
    List<RegressionFit> linears = new ArrayList<>();
    List<TurningPoint> peaks = new ArrayList<>();
    boolean allPeaks = true;
    for (String g : labels) {
      Observations sub = o.subset(g);
      Covariance c = sub.covariance(params.covariance());
      RegressionFit lin;
      try {
        lin = CurveModels.linear(sub, c);
      } catch (DegenerateDataException e) {
        skipped.put("groups", "group '" + g + "': " + e.getMessage());
        return null;
      }
      RegressionFit quad = null;
      TurningPoint tp = null;
      try {
        checkData(sub);
        quad = CurveModels.quadratic(sub, c);
        tp = TurningPoints.delta(quad, params.level(), sub.xMin(), sub.xMax());
        peaks.add(tp);
      } catch (DegenerateDataException e) {
        allPeaks = false;
        skipped.put("groups.quadratic." + g, e.getMessage());
      }
      linears.add(lin);
      fits.add(new CurveAnalysisResult.GroupFit(g, sub.size(), lin, quad, tp));
    }
    WaldTest slopes = GroupComparison.equalCoefficients(linears, "x");
    WaldTest peakTest = null;
    if (allPeaks) {
      peakTest = GroupComparison.equalTurningPoints(peaks);
    } else {
      skipped.put("groups.peak_test", "a group has no quadratic fit");
    }
    return new CurveAnalysisResult.GroupFits(o.groupName(), fits, slopes, peakTest);
  }

  private static CurveAnalysisResult.IvCurve iv(Observations o, Covariance cov, CurveParams params,
      double[] cm, Map<String, String> skipped) {
    Covariance c = cov.type() == CovarianceType.HC3 ? Covariance.hc1() : cov;
    IvFit linear = null;
    try {
      linear = CurveModels.ivLinear(o, c);
    } catch (DegenerateDataException e) {
      skipped.put("iv.linear", e.getMessage());
    }
    IvFit quadratic = null;
    TurningPoint tp = null;
    LindMehlumResult lm = null;
    CurveBand band = null;
    try {
      quadratic = CurveModels.ivQuadratic(o, c);
      RegressionFit f = quadratic.fit();
      tp = TurningPoints.delta(f, params.level(), o.xMin(), o.xMax());
      double lo = Double.isNaN(params.intervalLow()) ? o.xMin() : params.intervalLow();
      double hi = Double.isNaN(params.intervalHigh()) ? o.xMax() : params.intervalHigh();
      lm = LindMehlumTest.test(f, lo, hi);
      band = CurveBand.of(f, cm, o.xMin(), o.xMax(), params.gridPoints(), params.level());
    } catch (DegenerateDataException e) {
      skipped.put("iv.quadratic", e.getMessage());
    }
    List<CurveAnalysisResult.IvStepFit> steps = new ArrayList<>();
    for (double t : params.thresholds()) {
      try {
        steps.add(new CurveAnalysisResult.IvStepFit(t, CurveModels.ivStep(o, t, c)));
      } catch (DegenerateDataException e) {
        skipped.put("iv.step_" + Observations.numberLabel(t), e.getMessage());
      }
    }
    return new CurveAnalysisResult.IvCurve(linear, quadratic, tp, lm, band, steps);
  }
}
