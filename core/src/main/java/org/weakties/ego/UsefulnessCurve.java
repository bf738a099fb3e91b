package org.weakties.ego;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveBand;
import org.weakties.curve.RegressionFit;

/**
 * The expected usefulness {@code u(m)} in [0, 1] of a tie for finding a job, as a function of the
 * number {@code m >= 0} of mutual connections the two people share (the tie's embeddedness).
 *
 * <h2>Why an inverted U</h2>
 * K. Rajkumar, G. Saint-Jacques, I. Bojinov, E. Brynjolfsson and S. Aral, "A causal test of the
 * strength of weak ties", Science 377:1304-1310, 2022, found in randomised experiments on LinkedIn
 * that job transmission first rises and then falls with the number of mutual connections of a new
 * tie: moderately weak ties (around 10 mutual connections, the threshold of their kinked
 * specification) transmit the most jobs, the weakest and the strongest ties fewer.
 *
 * <h2>The default shape</h2>
 * {@link #invertedU(double)} with peak {@code p} (default {@link #DEFAULT_PEAK} = 10):
 * <pre>
 *   u(m) = x · exp(1 - x),   x = (m + 1) / (p + 1)
 * </pre>
 * that is {@code (m + 1) exp(-(m + 1)/(p + 1))} scaled so that its maximum, reached exactly at
 * {@code m = p}, is 1. It is a gamma-shaped hump: it rises almost linearly for small m (like the
 * linear term of the paper's specification), falls for {@code m > p} (like its negative step above
 * 10), is smooth and never negative, so a tie without mutual connections keeps some usefulness
 * ({@code u(0) = 0.226} for p = 10) and the decline past the peak is gradual
 * ({@code u(20) = 0.769}, {@code u(35) = 0.337}). A quadratic clipped at 0 was not chosen as the
 * default because it declares every tie beyond {@code 2p} useless and puts all ties without mutual
 * connections at 0, which the data do not support. The paper's own robustness thresholds (6 and 8)
 * are available as other peaks.
 *
 * <h2>Fitted curves</h2>
 * {@link #fromFit(CurveAnalysisResult)} takes the quadratic OLS fit of a curve analysis
 * ({@code org.weakties.curve}) whose x is mutual connections: {@code f(m) = a + b1 m + b2 m^2} with
 * the controls at their means, scaled by its maximum over the observed range {@code [0, xMax]} and
 * clipped to [0, 1]: {@code u(m) = min(1, max(0, f(m) / max_{[0, xMax]} f))}.
 * {@link #fromQuadratic(double, double, double, double)} does the same for given coefficients.
 * {@link #flat()} ({@code u = 1}) switches the curve off, so rankings depend on reach alone.
 *
 * <p>Immutable and thread-safe; {@link #value(double)} is O(1).
 */
public final class UsefulnessCurve {

  /** Default peak of {@link #invertedU(double)}: 10 mutual connections (Rajkumar et al. 2022). */
  public static final double DEFAULT_PEAK = 10.0;

  /** The family of a curve. */
  public enum Kind {
    /** {@code x exp(1 - x)}, {@code x = (m + 1)/(p + 1)}. */
    INVERTED_U,
    /** A quadratic scaled to maximum 1 over its range and clipped to [0, 1]. */
    QUADRATIC,
    /** The constant 1. */
    FLAT
  }

  private static final UsefulnessCurve DEFAULT = new UsefulnessCurve(Kind.INVERTED_U, DEFAULT_PEAK,
      0, 0, 0, 0, 1);
  private static final UsefulnessCurve FLAT = new UsefulnessCurve(Kind.FLAT, Double.NaN, 0, 0, 0,
      0, 1);

  private final Kind kind;
  private final double peak;
  private final double a;
  private final double b1;
  private final double b2;
  private final double xMax;
  private final double scale;

  private UsefulnessCurve(Kind kind, double peak, double a, double b1, double b2, double xMax,
      double scale) {
    this.kind = kind;
    this.peak = peak;
    this.a = a;
    this.b1 = b1;
    this.b2 = b2;
    this.xMax = xMax;
    this.scale = scale;
  }

  /** The default curve: {@link #invertedU(double)} with peak {@link #DEFAULT_PEAK}. */
  public static UsefulnessCurve defaults() {
    return DEFAULT;
  }

  /**
   * The inverted U {@code u(m) = x exp(1 - x)}, {@code x = (m + 1)/(peak + 1)}, maximal (1) at
   * {@code m = peak}.
   *
   * @param peak the number of mutual connections where usefulness is highest; finite and
   *     {@code >= 0}
   * @throws IllegalArgumentException for a negative, infinite or NaN peak
   */
  public static UsefulnessCurve invertedU(double peak) {
    if (!(peak >= 0) || Double.isInfinite(peak)) {
      throw new IllegalArgumentException("the peak of the usefulness curve must be a finite number"
          + " of mutual connections >= 0, got " + peak);
    }
    return new UsefulnessCurve(Kind.INVERTED_U, peak, 0, 0, 0, 0, 1);
  }

  /** The constant curve {@code u(m) = 1}: every tie equally useful. */
  public static UsefulnessCurve flat() {
    return FLAT;
  }

  /**
   * The quadratic {@code f(m) = a + b1 m + b2 m^2}, scaled by its maximum over {@code [0, xMax]} and
   * clipped to [0, 1].
   *
   * @param xMax the largest m the coefficients were estimated on; finite and {@code >= 0}
   * @throws IllegalArgumentException for non-finite coefficients, a bad {@code xMax}, or a quadratic
   *     that is not positive anywhere on {@code [0, xMax]} (it cannot be scaled to a usefulness)
   */
  public static UsefulnessCurve fromQuadratic(double a, double b1, double b2, double xMax) {
    if (!Double.isFinite(a) || !Double.isFinite(b1) || !Double.isFinite(b2)) {
      throw new IllegalArgumentException("quadratic coefficients must be finite, got a=" + a
          + ", b1=" + b1 + ", b2=" + b2);
    }
    if (!(xMax >= 0) || Double.isInfinite(xMax)) {
      throw new IllegalArgumentException("xMax must be finite and >= 0, got " + xMax);
    }
    double best = 0;
    double fBest = a;
    double fEnd = a + b1 * xMax + b2 * xMax * xMax;
    if (fEnd > fBest) {
      best = xMax;
      fBest = fEnd;
    }
    if (b2 < 0) {
      double v = -b1 / (2 * b2);
      if (v > 0 && v < xMax) {
        double fv = a + b1 * v + b2 * v * v;
        if (fv > fBest) {
          best = v;
          fBest = fv;
        }
      }
    }
    if (!(fBest > 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the quadratic %.6g + %.6g m"
          + " + %.6g m^2 is not positive anywhere on [0, %.6g]; it cannot be scaled to a"
          + " usefulness in [0, 1]", a, b1, b2, xMax));
    }
    return new UsefulnessCurve(Kind.QUADRATIC, best, a, b1, b2, xMax, fBest);
  }

  /**
   * The quadratic OLS fit of a curve analysis, with the controls at their means, scaled over the
   * observed range {@code [0, x_max]} of the analysis. The analysis' x must be the number of mutual
   * connections (the caller's responsibility: the result only knows the column name, see
   * {@link CurveAnalysisResult.Summary#x()}).
   *
   * @throws IllegalArgumentException when the fit is not a quadratic in x, or the fitted curve is not
   *     positive anywhere on the range
   */
  public static UsefulnessCurve fromFit(CurveAnalysisResult analysis) {
    Objects.requireNonNull(analysis, "analysis");
    RegressionFit fit = analysis.quadratic();
    if (fit == null || !fit.has("x") || !fit.has("x2")) {
      throw new IllegalArgumentException("the curve analysis has no quadratic fit with"
          + " coefficients x and x2");
    }
    double b1 = fit.coefficient("x");
    double b2 = fit.coefficient("x2");
    double a;
    CurveBand band = analysis.curve();
    List<CurveBand.Point> pts = band == null ? List.of() : band.points();
    if (!pts.isEmpty()) {
      // the band is the fit with the controls at their means: recover that intercept
      CurveBand.Point p = pts.get(0);
      a = p.fit() - b1 * p.x() - b2 * p.x() * p.x();
    } else {
      a = fit.coefficient(fit.name(0));
    }
    double xMax = Math.max(0.0, analysis.summary().xMax());
    return fromQuadratic(a, b1, b2, xMax);
  }

  /** The family of this curve. */
  public Kind kind() {
    return kind;
  }

  /**
   * The m where usefulness is highest: the peak parameter of the inverted U, the maximising m of a
   * quadratic on its range, NaN for the flat curve.
   */
  public double peak() {
    return peak;
  }

  /**
   * The usefulness of a tie with {@code m} mutual connections, in [0, 1].
   *
   * @param m mutual connections, {@code >= 0}; NaN gives NaN
   */
  public double value(double m) {
    if (Double.isNaN(m)) {
      return Double.NaN;
    }
    double x = Math.max(0.0, m);
    switch (kind) {
      case INVERTED_U: {
        double r = (x + 1) / (peak + 1);
        return Math.min(1.0, r * Math.exp(1 - r));
      }
      case QUADRATIC: {
        double f = a + b1 * x + b2 * x * x;
        return Math.min(1.0, Math.max(0.0, f / scale));
      }
      default:
        return 1.0;
    }
  }

  /** A one-line description for reports, for example {@code inverted U peaking at 10 mutual ...}. */
  public String describe() {
    return switch (kind) {
      case INVERTED_U -> String.format(Locale.ROOT, "inverted U u(m) = x exp(1 - x), x = (m + 1)/%s,"
          + " peaking at %s mutual connections (Rajkumar et al. 2022)", num(peak + 1), num(peak));
      case QUADRATIC -> String.format(Locale.ROOT, "fitted quadratic %.6g + %.6g m + %.6g m^2,"
          + " scaled to 1 at m = %.4g over [0, %.4g] and clipped to [0, 1]", a, b1, b2, peak, xMax);
      default -> "flat u(m) = 1 (usefulness ignored)";
    };
  }

  /** The coefficients {@code a, b1, b2, xMax, scale} of a quadratic curve (zeros otherwise). */
  public double[] quadraticCoefficients() {
    return new double[] {a, b1, b2, xMax, scale};
  }

  private static String num(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.4g", x);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UsefulnessCurve c && c.kind == kind && Double.compare(c.peak, peak) == 0
        && Double.compare(c.a, a) == 0 && Double.compare(c.b1, b1) == 0
        && Double.compare(c.b2, b2) == 0 && Double.compare(c.xMax, xMax) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, peak, a, b1, b2, xMax);
  }

  @Override
  public String toString() {
    return "UsefulnessCurve[" + describe() + "]";
  }
}
