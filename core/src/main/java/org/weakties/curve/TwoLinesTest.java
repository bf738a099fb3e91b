package org.weakties.curve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Simonsohn's two-lines test of a U-shaped relationship, with the Robin Hood breakpoint.
 *
 * <p><b>Definition.</b> Interrupted regression at a breakpoint {@code x_c}: {@code xlow = (x - x_c)
 * 1[x <= x_c]}, {@code xhigh = (x - x_c) 1[x > x_c]}, {@code high = 1[x > x_c]}; {@code y ~ xlow +
 * xhigh + high + controls} is fitted twice, first with {@code x_c} on the low line (giving
 * {@code b1}, the xlow slope), then on the high line ({@code x >= x_c}; giving {@code b2}, the xhigh
 * slope), with HC3 standard errors (HC1 when HC3 is undefined) and normal p-values, as in the
 * author's code. A U shape is significant when {@code b1 b2 < 0} and both p-values are below 0.05.
 *
 * <p><b>Robin Hood breakpoint</b> (when none is given): (1) smooth y on x; (2) the quadratic fit's
 * slope at min(x) picks the shape (positive: look for a maximum); (3) among observations with x
 * strictly between the 10th and 90th percentiles, find the most extreme fitted value; (4) the flat
 * region holds the x values whose fitted value plus one standard error reaches it (minus, for a
 * minimum); (5) run the two lines at the median of the flat region, giving |z1|, |z2|; (6) the
 * breakpoint is the {@code z2/(z1+z2)} quantile of the flat-region x values, which moves it towards
 * the stronger line and gives the weaker one more data. Quantiles are R's default (type 7). The
 * smoother is an unpenalised natural cubic regression spline with {@code min(10, distinct x)} knots
 * (see the package documentation) standing in for the author's penalised GAM; controls enter it
 * linearly and the fitted values are taken at the controls' means.
 *
 * <p>Simonsohn, "Two lines: A valid alternative to the invalid testing of U-shaped relationships
 * with quadratic regressions", Advances in Methods and Practices in Psychological Science 1(4):
 * 538-555 (2018); author's R code {@code twolines} (version 0.52).
 *
 * <p><b>Cost.</b> O(n log n + n k^2). <b>Degenerate data:</b> a breakpoint that leaves one side empty,
 * no observations between the 10th and 90th percentiles, or fewer than 3 distinct x values throw
 * {@link DegenerateDataException}. Deterministic; single-threaded.
 */
public final class TwoLinesTest {
  private TwoLinesTest() {}

  /** Runs the test with {@link TwoLinesParams#defaults()}. */
  public static TwoLinesResult test(Observations o) {
    return test(o, TwoLinesParams.defaults());
  }

  /** Runs the test. */
  public static TwoLinesResult test(Observations o, TwoLinesParams params) {
    Objects.requireNonNull(o, "observations");
    Objects.requireNonNull(params, "params");
    double[] x = o.rawX();
    Shape shape = shape(o);
    if (!Double.isNaN(params.breakpoint())) {
      Lines l = lines(o, params.breakpoint(), params);
      return result(shape, false, l, params, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN);
    }
    int distinct = o.distinctX();
    int k = Math.min(params.maxKnots(), distinct);
    List<String> cn = o.controlNames();
    RegressionSpline spline = new RegressionSpline(x, o.rawY(), cn.toArray(new String[0]),
        o.rawControls(), k);
    double[] cm = CurveModels.controlMeans(o);
    double q10 = quantileType7(x, 0.1);
    double q90 = quantileType7(x, 0.9);
    List<double[]> middle = new ArrayList<>(); // {x, fit, se}
    for (double xi : x) {
      if (xi > q10 && xi < q90) {
        double[] e = spline.predict(xi, cm);
        middle.add(new double[] {xi, e[0], e[1]});
      }
    }
    if (middle.isEmpty()) {
      throw new DegenerateDataException(DegenerateDataException.Reason.EMPTY_RANGE,
          "no observation lies strictly between the 10th and 90th percentiles of x (" + q10 + ", "
              + q90 + "), so the Robin Hood procedure has no candidate breakpoint; give one");
    }
    boolean max = shape == Shape.INVERTED_U;
    double most = middle.get(0)[1];
    double xMost = middle.get(0)[0];
    for (double[] m : middle) {
      if (max ? m[1] > most : m[1] < most) {
        most = m[1];
        xMost = m[0];
      }
    }
    List<Double> flat = new ArrayList<>();
    for (double[] m : middle) {
      if (max ? m[1] + m[2] > most : m[1] - m[2] < most) {
        flat.add(m[0]);
      }
    }
    if (flat.isEmpty()) {
      // the extreme point itself always qualifies unless its standard error is 0
      flat.add(xMost);
    }
    double[] xf = flat.stream().mapToDouble(Double::doubleValue).toArray();
    double midFlat = median(xf);
    Lines mid = lines(o, midFlat, params);
    double z1 = Math.abs(mid.low.statistic());
    double z2 = Math.abs(mid.high.statistic());
    double xc = quantileType7(xf, z2 / (z1 + z2));
    Lines fin = lines(o, xc, params);
    double[] sorted = xf.clone();
    Arrays.sort(sorted);
    return result(shape, true, fin, params, k, xMost, sorted[0], sorted[sorted.length - 1], midFlat,
        z1, z2);
  }

  private static TwoLinesResult result(Shape shape, boolean rh, Lines l, TwoLinesParams p, int k,
      double xMost, double flatLow, double flatHigh, double midFlat, double z1, double z2) {
    boolean opposite = l.low.value() * l.high.value() < 0;
    double pv = opposite ? Math.max(l.low.pValue(), l.high.pValue()) : 1.0;
    boolean sig = opposite && l.low.pValue() < p.alpha() && l.high.pValue() < p.alpha();
    return new TwoLinesResult(shape, rh, l.xc, l.low, l.high, pv, sig, l.covariance, l.nLow,
        l.nHigh, k, xMost, flatLow, flatHigh, midFlat, z1, z2);
  }

  /** The shape to look for: the quadratic fit's slope at min(x) positive means an inverted U. */
  static Shape shape(Observations o) {
    RegressionFit q = CurveModels.quadratic(o, Covariance.classical());
    double s0 = q.coefficient("x") + 2 * q.coefficient("x2") * o.xMin();
    return s0 > 0 ? Shape.INVERTED_U : Shape.U;
  }

  private record Lines(double xc, Estimate low, Estimate high, CovarianceType covariance, int nLow,
      int nHigh) {}

  /** The two interrupted regressions at {@code xc}. */
  private static Lines lines(Observations o, double xc, TwoLinesParams params) {
    double[] x = o.rawX();
    int n = x.length;
    int nLow = 0;
    for (double v : x) {
      if (v <= xc) {
        nLow++;
      }
    }
    if (nLow == 0 || nLow == n) {
      throw new DegenerateDataException(DegenerateDataException.Reason.EMPTY_RANGE,
          "breakpoint " + xc + " leaves " + (nLow == 0 ? "no" : "every")
              + " observation at or below it; x ranges over [" + o.xMin() + ", " + o.xMax() + "]");
    }
    Covariance cov = o.covariance(params.covariance());
    Estimate[] r1 = new Estimate[1];
    Estimate[] r2 = new Estimate[1];
    CovarianceType used = cov.type();
    try {
      r1[0] = fitLine(o, xc, true, cov).estimate("xlow");
      r2[0] = fitLine(o, xc, false, cov).estimate("xhigh");
    } catch (DegenerateDataException e) {
      if (e.reason() != DegenerateDataException.Reason.LEVERAGE_ONE) {
        throw e;
      }
      used = CovarianceType.HC1;
      r1[0] = fitLine(o, xc, true, Covariance.hc1()).estimate("xlow");
      r2[0] = fitLine(o, xc, false, Covariance.hc1()).estimate("xhigh");
    }
    // normal reference distribution, as in the author's code (coeftest on a glm)
    Estimate low = Estimate.of(r1[0].value(), r1[0].standardError(), Double.POSITIVE_INFINITY);
    Estimate high = Estimate.of(r2[0].value(), r2[0].standardError(), Double.POSITIVE_INFINITY);
    return new Lines(xc, low, high, used, nLow, n - nLow);
  }

  private static RegressionFit fitLine(Observations o, double xc, boolean cOnLow, Covariance cov) {
    double[] x = o.rawX();
    int n = x.length;
    double[] lo = new double[n];
    double[] hi = new double[n];
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      boolean high = cOnLow ? x[i] > xc : x[i] >= xc;
      if (high) {
        hi[i] = x[i] - xc;
        h[i] = 1;
      } else {
        lo[i] = x[i] - xc;
      }
    }
    Design.Builder b = Design.builder(n).intercept().addRaw("xlow", lo).addRaw("xhigh", hi)
        .addRaw("high", h);
    CurveModels.addControls(b, o);
    return LinearRegression.fit(b.build(), o.rawY(), cov);
  }

  /** R's default quantile (type 7). */
  static double quantileType7(double[] values, double p) {
    double[] s = values.clone();
    Arrays.sort(s);
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }

  static double median(double[] values) {
    return quantileType7(values, 0.5);
  }
}
