package org.weakties.curve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@link CurveAnalysis} estimates for one set of observations. Immutable; holds no data
 * rows. Optional parts are empty when they do not apply (no groups, no instruments, a non-binary
 * outcome) or could not be estimated; {@link #skipped()} then says why, by part name. The JSON keys of
 * {@link #toJson()} are listed in the package documentation.
 */
public final class CurveAnalysisResult {

  /** Summary of the observations. */
  public record Summary(String x, String y, int n, int droppedRows, double xMin, double xMax,
      int distinctX, double yMean, boolean binaryOutcome, String group, String cluster,
      int clusters, List<String> controls, List<String> instruments) {
    /** Copies the lists. */
    public Summary {
      controls = List.copyOf(controls);
      instruments = List.copyOf(instruments);
    }
  }

  /** The logistic quadratic fit with its turning point, U test and fitted probabilities. */
  public record LogisticCurve(RegressionFit fit, TurningPoint turningPoint,
      LindMehlumResult lindMehlum, CurveBand curve) {}

  /** A step-specification fit at one threshold. */
  public record StepFit(double threshold, RegressionFit fit) {}

  /** A 2SLS step-specification fit at one threshold. */
  public record IvStepFit(double threshold, IvFit fit) {}

  /**
   * The fits of one group.
   *
   * @param group the label
   * @param n observations in the group
   * @param linear the linear fit (its {@code x} coefficient is the group's slope)
   * @param quadratic the quadratic fit, or null when it could not be estimated in this group
   * @param turningPoint its turning point (delta method), or null with {@code quadratic}
   */
  public record GroupFit(String group, int n, RegressionFit linear, RegressionFit quadratic,
      TurningPoint turningPoint) {}

  /**
   * Per-group fits and the tests that they differ.
   *
   * @param column the group column
   * @param fits one per group, in sorted label order (the first is the reference group)
   * @param slopeTest Wald test that the linear slope is equal in every group
   * @param peakTest Wald test that the turning point is equal in every group, or null when a group
   *     has no quadratic fit
   */
  public record GroupFits(String column, List<GroupFit> fits, WaldTest slopeTest,
      WaldTest peakTest) {
    /** Copies the list. */
    public GroupFits {
      fits = List.copyOf(fits);
    }
  }

  /**
   * The instrumented fits; a member is null when that fit could not be estimated (see
   * {@link CurveAnalysisResult#skipped()}).
   */
  public record IvCurve(IvFit linear, IvFit quadratic, TurningPoint turningPoint,
      LindMehlumResult lindMehlum, CurveBand curve, List<IvStepFit> steps) {
    /** Copies the list. */
    public IvCurve {
      steps = List.copyOf(steps);
    }
  }

  private final Summary summary;
  private final CovarianceType covariance;
  private final double level;
  private final BinscatterResult binscatter;
  private final RegressionFit linear;
  private final RegressionFit quadratic;
  private final TurningPoint turningPoint;
  private final CurveBand curve;
  private final LindMehlumResult lindMehlum;
  private final LogisticCurve logistic;
  private final List<StepFit> steps;
  private final TwoLinesResult twoLines;
  private final GroupFits groups;
  private final IvCurve iv;
  private final Map<String, String> skipped;

  CurveAnalysisResult(Summary summary, CovarianceType covariance, double level,
      BinscatterResult binscatter, RegressionFit linear, RegressionFit quadratic,
      TurningPoint turningPoint, CurveBand curve, LindMehlumResult lindMehlum,
      LogisticCurve logistic, List<StepFit> steps, TwoLinesResult twoLines, GroupFits groups,
      IvCurve iv, Map<String, String> skipped) {
    this.summary = summary;
    this.covariance = covariance;
    this.level = level;
    this.binscatter = binscatter;
    this.linear = linear;
    this.quadratic = quadratic;
    this.turningPoint = turningPoint;
    this.curve = curve;
    this.lindMehlum = lindMehlum;
    this.logistic = logistic;
    this.steps = List.copyOf(steps);
    this.twoLines = twoLines;
    this.groups = groups;
    this.iv = iv;
    this.skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /** Summary of the observations. */
  public Summary summary() {
    return summary;
  }

  /** Covariance type of the least-squares fits (CR1 when clustered). */
  public CovarianceType covariance() {
    return covariance;
  }

  /** Confidence level of every interval. */
  public double level() {
    return level;
  }

  /** The binscatter. */
  public BinscatterResult binscatter() {
    return binscatter;
  }

  /** Linear OLS fit {@code y = a + b x + controls}. */
  public RegressionFit linear() {
    return linear;
  }

  /** Quadratic OLS fit {@code y = a + b1 x + b2 x^2 + controls}. */
  public RegressionFit quadratic() {
    return quadratic;
  }

  /** Turning point of the quadratic OLS fit, with delta and (unless disabled) bootstrap intervals. */
  public TurningPoint turningPoint() {
    return turningPoint;
  }

  /** The fitted quadratic with its pointwise band, controls at their means. */
  public CurveBand curve() {
    return curve;
  }

  /** Lind-Mehlum test on the quadratic OLS fit. */
  public LindMehlumResult lindMehlum() {
    return lindMehlum;
  }

  /** The logistic quadratic fit, for 0/1 outcomes. */
  public Optional<LogisticCurve> logistic() {
    return Optional.ofNullable(logistic);
  }

  /** Step fits, one per threshold that could be estimated, in the order of the thresholds. */
  public List<StepFit> steps() {
    return steps;
  }

  /** Simonsohn's two-lines test. */
  public Optional<TwoLinesResult> twoLines() {
    return Optional.ofNullable(twoLines);
  }

  /** Per-group fits, when the observations have groups. */
  public Optional<GroupFits> groups() {
    return Optional.ofNullable(groups);
  }

  /** Instrumented fits, when the observations have instruments. */
  public Optional<IvCurve> iv() {
    return Optional.ofNullable(iv);
  }

  /** Parts that were not estimated, with the reason, by part name (for example "logistic"). */
  public Map<String, String> skipped() {
    return skipped;
  }

  /** The report as JSON (keys listed in the package documentation). */
  public String toJson() {
    Json j = new Json().beginObject();
    j.field("x", summary.x()).field("y", summary.y()).field("n", summary.n());
    j.field("dropped_rows", summary.droppedRows());
    j.field("x_min", summary.xMin()).field("x_max", summary.xMax());
    j.field("distinct_x", summary.distinctX()).field("y_mean", summary.yMean());
    j.field("binary_outcome", summary.binaryOutcome());
    j.field("group", summary.group()).field("cluster", summary.cluster());
    j.field("clusters", summary.clusters());
    j.key("controls").beginArray();
    summary.controls().forEach(j::value);
    j.endArray();
    j.key("instruments").beginArray();
    summary.instruments().forEach(j::value);
    j.endArray();
    j.field("covariance", covariance.name()).field("level", level);
    j.key("binscatter");
    j.binscatter(binscatter);
    j.key("linear");
    j.fit(linear, level);
    j.key("quadratic");
    j.fit(quadratic, level);
    j.key("turning_point");
    j.turningPoint(turningPoint);
    j.key("curve");
    j.band(curve);
    j.key("lind_mehlum");
    j.lindMehlum(lindMehlum);
    j.key("logistic");
    if (logistic == null) {
      j.value((String) null);
    } else {
      j.beginObject();
      j.key("fit");
      j.fit(logistic.fit(), level);
      j.key("turning_point");
      j.turningPoint(logistic.turningPoint());
      j.key("lind_mehlum");
      j.lindMehlum(logistic.lindMehlum());
      j.key("curve");
      j.band(logistic.curve());
      j.endObject();
    }
    j.key("steps").beginArray();
    for (StepFit s : steps) {
      j.beginObject().field("threshold", s.threshold()).key("fit");
      j.fit(s.fit(), level);
      j.endObject();
    }
    j.endArray();
    j.key("two_lines");
    if (twoLines == null) {
      j.value((String) null);
    } else {
      j.twoLines(twoLines);
    }
    j.key("groups");
    if (groups == null) {
      j.value((String) null);
    } else {
      j.beginObject().field("column", groups.column());
      j.key("fits").beginArray();
      for (GroupFit g : groups.fits()) {
        j.beginObject().field("group", g.group()).field("n", g.n());
        j.key("linear");
        j.fit(g.linear(), level);
        j.key("quadratic");
        if (g.quadratic() == null) {
          j.value((String) null);
        } else {
          j.fit(g.quadratic(), level);
        }
        j.key("turning_point");
        if (g.turningPoint() == null) {
          j.value((String) null);
        } else {
          j.turningPoint(g.turningPoint());
        }
        j.endObject();
      }
      j.endArray();
      j.key("slope_test");
      j.wald(groups.slopeTest());
      j.key("peak_test");
      if (groups.peakTest() == null) {
        j.value((String) null);
      } else {
        j.wald(groups.peakTest());
      }
      j.endObject();
    }
    j.key("iv");
    if (iv == null) {
      j.value((String) null);
    } else {
      j.beginObject();
      j.key("linear");
      if (iv.linear() == null) {
        j.value((String) null);
      } else {
        j.ivFit(iv.linear(), level);
      }
      j.key("quadratic");
      if (iv.quadratic() == null) {
        j.value((String) null);
      } else {
        j.ivFit(iv.quadratic(), level);
      }
      j.key("turning_point");
      if (iv.turningPoint() == null) {
        j.value((String) null);
      } else {
        j.turningPoint(iv.turningPoint());
      }
      j.key("lind_mehlum");
      if (iv.lindMehlum() == null) {
        j.value((String) null);
      } else {
        j.lindMehlum(iv.lindMehlum());
      }
      j.key("curve");
      if (iv.curve() == null) {
        j.value((String) null);
      } else {
        j.band(iv.curve());
      }
      j.key("steps").beginArray();
      for (IvStepFit s : iv.steps()) {
        j.beginObject().field("threshold", s.threshold()).key("fit");
        j.ivFit(s.fit(), level);
        j.endObject();
      }
      j.endArray();
      j.endObject();
    }
    j.key("skipped").beginObject();
    for (Map.Entry<String, String> e : skipped.entrySet()) {
      j.field(e.getKey(), e.getValue());
    }
    j.endObject();
    return j.endObject().toString();
  }

  @Override
  public String toString() {
    return "CurveAnalysisResult[" + summary.x() + " -> " + summary.y() + ", n=" + summary.n()
        + ", turning point " + turningPoint.estimate() + " (" + turningPoint.kind() + "), "
        + "Lind-Mehlum p=" + lindMehlum.pValue() + ", skipped " + skipped.keySet() + "]";
  }
}
