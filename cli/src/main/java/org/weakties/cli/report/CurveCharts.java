package org.weakties.cli.report;

import java.util.List;
import java.util.Locale;
import org.weakties.curve.BinscatterResult;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveBand;
import org.weakties.curve.LindMehlumResult;
import org.weakties.curve.TurningPoint;

/** Turns a usefulness-curve analysis into chart data and a plain-language summary. */
public final class CurveCharts {
  private CurveCharts() {}

  /** Chart data: binscatter, fitted quadratic with its band, turning point (NaN when none). */
  public static Plots.CurvePlot of(CurveAnalysisResult r, String title, String xLabel,
      String yLabel) {
    List<BinscatterResult.Bin> bins = r.binscatter().bins();
    int b = bins.size();
    double[] bx = new double[b];
    double[] by = new double[b];
    double[] lo = new double[b];
    double[] hi = new double[b];
    for (int i = 0; i < b; i++) {
      BinscatterResult.Bin bin = bins.get(i);
      bx[i] = bin.xMean();
      by[i] = bin.yMean();
      lo[i] = Double.isNaN(bin.lower()) ? bin.yMean() : bin.lower();
      hi[i] = Double.isNaN(bin.upper()) ? bin.yMean() : bin.upper();
    }
    // Draw the fit over the binned range only: the tail beyond the last bin's mean holds few ties,
    // and extrapolating the quadratic there would dwarf the curve.
    double xMax = Double.NEGATIVE_INFINITY;
    double xMin = Double.POSITIVE_INFINITY;
    for (double v : bx) {
      xMax = Math.max(xMax, v);
      xMin = Math.min(xMin, v);
    }
    double lim = xMax + 0.05 * (xMax - xMin);
    List<CurveBand.Point> pts = r.curve().points().stream().filter(p -> p.x() <= lim).toList();
    int k = pts.size();
    double[] fx = new double[k];
    double[] fy = new double[k];
    double[] flo = new double[k];
    double[] fhi = new double[k];
    for (int i = 0; i < k; i++) {
      CurveBand.Point p = pts.get(i);
      fx[i] = p.x();
      fy[i] = p.fit();
      flo[i] = p.lower();
      fhi[i] = p.upper();
    }
    TurningPoint tp = r.turningPoint();
    double x = tp.kind() == TurningPoint.Kind.MAXIMUM && tp.insideDataRange() ? tp.estimate()
        : Double.NaN;
    return new Plots.CurvePlot(title, xLabel, yLabel, bx, by, lo, hi, fx, fy, flo, fhi, x);
  }

  /** One paragraph: the turning point with its intervals and the two U tests. */
  public static String describe(CurveAnalysisResult r) {
    TurningPoint tp = r.turningPoint();
    LindMehlumResult lm = r.lindMehlum();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Quadratic fit: the curve has a %s at x* = %.2f (95%% CI"
        + " %.2f to %.2f by the delta method", tp.kind() == TurningPoint.Kind.MAXIMUM ? "peak"
        : "minimum", tp.estimate(), tp.deltaLower(), tp.deltaUpper()));
    if (tp.hasBootstrap()) {
      b.append(String.format(Locale.ROOT, ", %.2f to %.2f by a %d-draw bootstrap",
          tp.bootstrapLower(), tp.bootstrapUpper(), tp.bootstrapDraws()));
    }
    b.append(tp.insideDataRange() ? "), inside the data range. " : "), outside the data range. ");
    b.append(String.format(Locale.ROOT, "Lind-Mehlum test of an inverted U: p = %.3g (%s at 5%%).",
        lm.pInvertedU(), lm.pInvertedU() < 0.05 ? "rejects monotonicity" : "does not reject"));
    r.twoLines().ifPresent(t -> b.append(" Two-lines test (Simonsohn 2018): ").append(t.toString()
        .length() > 200 ? "see curve.json" : t.toString()).append('.'));
    return b.toString();
  }
}
