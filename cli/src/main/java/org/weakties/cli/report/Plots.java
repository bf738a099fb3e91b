package org.weakties.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, rendered headless to PNG with XChart (and Java2D for the ego network). Every
 * chart has a title, axis titles with units, a legend when it has more than one series, and readable
 * tick labels. Inputs are plain arrays so the charts do not depend on how the numbers were computed.
 */
public final class Plots {
  /** Chart width in pixels. */
  public static final int WIDTH = 800;
  /** Chart height in pixels. */
  public static final int HEIGHT = 520;

  private static final Color WEAK = new Color(0x1f77b4);
  private static final Color STRONG = new Color(0xd62728);
  private static final Color BRIDGE = new Color(0xff7f0e);
  private static final Color GREY = new Color(0x7f7f7f);

  private Plots() {}

  private static XYChart chart(String title, String x, String y) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x)
        .yAxisTitle(y).build();
    Styler s = c.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setLegendPosition(Styler.LegendPosition.InsideNE);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    c.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
    c.getStyler().setXAxisDecimalPattern("0.###");
    c.getStyler().setYAxisDecimalPattern("0.###");
    return c;
  }

  private static void save(XYChart c, Path png) throws IOException {
    if (png.getParent() != null) {
      Files.createDirectories(png.getParent());
    }
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(c, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  /**
   * Degree distribution as a complementary CDF on log-log axes: the fraction of people with at least k
   * contacts.
   */
  public static void degreeDistribution(int[] degrees, Path png) throws IOException {
    int max = 0;
    for (int d : degrees) {
      max = Math.max(max, d);
    }
    long[] count = new long[max + 2];
    for (int d : degrees) {
      count[d]++;
    }
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    long atLeast = 0;
    double n = degrees.length;
    double[] ccdf = new double[max + 1];
    for (int k = max; k >= 1; k--) {
      atLeast += count[k];
      ccdf[k] = atLeast / n;
    }
    for (int k = 1; k <= max; k++) {
      if (count[k] > 0) {
        xs.add((double) k);
        ys.add(ccdf[k]);
      }
    }
    if (xs.isEmpty()) {
      xs.add(1.0);
      ys.add(1.0);
    }
    XYChart c = chart("Degree distribution", "degree k (number of contacts)",
        "P(degree >= k) (fraction of people)");
    c.getStyler().setXAxisLogarithmic(true);
    c.getStyler().setYAxisLogarithmic(true);
    c.getStyler().setYAxisDecimalPattern("0.######");
    c.getStyler().setXAxisDecimalPattern("0");
    c.getStyler().setLegendVisible(false);
    XYSeries s = c.addSeries("people", xs, ys);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(WEAK);
    save(c, png);
  }

  /**
   * Histogram of composite tie strength in [0, 1] (20 bins), weak and strong ties as separate series.
   */
  public static void tieStrengthDistribution(double[] strength, boolean[] strong, Path png)
      throws IOException {
    int bins = 20;
    double[] x = new double[bins];
    double[] weak = new double[bins];
    double[] str = new double[bins];
    for (int b = 0; b < bins; b++) {
      x[b] = (b + 0.5) / bins;
    }
    for (int e = 0; e < strength.length; e++) {
      double s = strength[e];
      if (Double.isNaN(s)) {
        continue;
      }
      int b = Math.min(bins - 1, Math.max(0, (int) (s * bins)));
      if (strong[e]) {
        str[b]++;
      } else {
        weak[b]++;
      }
    }
    XYChart c = chart("Tie strength distribution", "composite tie strength (0 = weakest, 1 = strongest)",
        "number of ties");
    c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    XYSeries w = c.addSeries("weak ties", x, weak);
    w.setFillColor(new Color(31, 119, 180, 150));
    w.setLineColor(WEAK);
    w.setMarker(SeriesMarkers.NONE);
    XYSeries s = c.addSeries("strong ties", x, str);
    s.setFillColor(new Color(214, 39, 40, 150));
    s.setLineColor(STRONG);
    s.setMarker(SeriesMarkers.NONE);
    save(c, png);
  }

  /**
   * Onnela's figure: mean neighbourhood overlap against the cumulative weight percentile P_cum(w), in
   * 20 equal-count bins, with a control where the weights are shuffled (seeded).
   */
  public static void overlapVsWeight(double[] weight, double[] overlap, long seed, Path png)
      throws IOException {
    int m = weight.length;
    int bins = Math.max(1, Math.min(20, m));
    double[] x = new double[bins];
    double[] y = binnedMeans(weight, overlap, bins, x);
    double[] shuffled = weight.clone();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = m - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    double[] x2 = new double[bins];
    double[] y2 = binnedMeans(shuffled, overlap, bins, x2);
    XYChart c = chart("Neighbourhood overlap vs tie weight",
        "cumulative weight percentile P_cum(w) (fraction of ties)", "mean overlap <O> (fraction)");
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    XYSeries s = c.addSeries("observed weights", x, y);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setLineColor(STRONG);
    s.setMarkerColor(STRONG);
    XYSeries s2 = c.addSeries("shuffled weights (control)", x2, y2);
    s2.setMarker(SeriesMarkers.DIAMOND);
    s2.setLineColor(GREY);
    s2.setMarkerColor(GREY);
    s2.setLineStyle(SeriesLines.DASH_DASH);
    save(c, png);
  }

  private static double[] binnedMeans(double[] key, double[] value, int bins, double[] xOut) {
    int m = key.length;
    Integer[] idx = new Integer[m];
    for (int i = 0; i < m; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(key[a], key[b]));
    double[] y = new double[bins];
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) m * b / bins);
      int to = (int) ((long) m * (b + 1) / bins);
      double s = 0;
      for (int i = from; i < to; i++) {
        s += value[idx[i]];
      }
      y[b] = to > from ? s / (to - from) : Double.NaN;
      xOut[b] = (from + to) / 2.0 / Math.max(1, m);
    }
    return y;
  }

  /** One percolation curve: name, removed fractions, giant-component fraction and susceptibility. */
  public record PercolationSeries(String name, double[] fraction, double[] giant,
      double[] susceptibility) {}

  /**
   * Percolation: the giant-component fraction R_GC(f) (left) and the susceptibility S(f) (right) for
   * each removal order, side by side in one PNG.
   */
  public static void percolation(List<PercolationSeries> series, Path png) throws IOException {
    XYChart giant = chart("Giant component under tie removal", "fraction of ties removed f",
        "R_GC(f) (fraction of people)");
    XYChart sus = chart("Susceptibility under tie removal", "fraction of ties removed f",
        "S(f) (mean size of small clusters, people)");
    giant.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    sus.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    Color[] colors = {WEAK, STRONG, GREY, BRIDGE, new Color(0x2ca02c), new Color(0x9467bd)};
    int i = 0;
    for (PercolationSeries p : series) {
      Color col = colors[i++ % colors.length];
      XYSeries a = giant.addSeries(p.name(), p.fraction(), p.giant());
      a.setMarker(SeriesMarkers.NONE);
      a.setLineColor(col);
      XYSeries b = sus.addSeries(p.name(), p.fraction(), p.susceptibility());
      b.setMarker(SeriesMarkers.NONE);
      b.setLineColor(col);
    }
    if (png.getParent() != null) {
      Files.createDirectories(png.getParent());
    }
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(List.of(giant, sus), 1, 2, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  /** Binned means with 95% intervals, a fitted curve with its 95% band, and the turning point. */
  public record CurvePlot(String title, String xLabel, String yLabel, double[] binX, double[] binY,
      double[] binLow, double[] binHigh, double[] fitX, double[] fitY, double[] fitLow,
      double[] fitHigh, double turningPoint) {}

  /**
   * The usefulness curve: the binscatter (means with 95% CIs as error bars), the fitted inverted U with
   * its 95% band, and a vertical line at the turning point when it is finite.
   */
  public static void usefulnessCurve(CurvePlot p, Path png) throws IOException {
    XYChart c = chart(p.title(), p.xLabel(), p.yLabel());
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    double[] err = new double[p.binX().length];
    for (int i = 0; i < err.length; i++) {
      err[i] = (p.binHigh()[i] - p.binLow()[i]) / 2;
    }
    double[] mid = new double[err.length];
    for (int i = 0; i < err.length; i++) {
      mid[i] = (p.binHigh()[i] + p.binLow()[i]) / 2;
    }
    XYSeries bins = c.addSeries("binned means (95% CI)", p.binX(), mid, err);
    bins.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    bins.setMarker(SeriesMarkers.CIRCLE);
    bins.setMarkerColor(WEAK);
    XYSeries fit = c.addSeries("fitted curve", p.fitX(), p.fitY());
    fit.setMarker(SeriesMarkers.NONE);
    fit.setLineColor(STRONG);
    fit.setLineWidth(2.5f);
    XYSeries lo = c.addSeries("95% band", p.fitX(), p.fitLow());
    lo.setMarker(SeriesMarkers.NONE);
    lo.setLineColor(new Color(214, 39, 40, 140));
    lo.setLineStyle(SeriesLines.DASH_DASH);
    XYSeries hi = c.addSeries(" ", p.fitX(), p.fitHigh());
    hi.setMarker(SeriesMarkers.NONE);
    hi.setLineColor(new Color(214, 39, 40, 140));
    hi.setLineStyle(SeriesLines.DASH_DASH);
    hi.setShowInLegend(false);
    if (Double.isFinite(p.turningPoint())) {
      double yMin = Double.POSITIVE_INFINITY;
      double yMax = Double.NEGATIVE_INFINITY;
      for (double[] arr : new double[][] {p.binLow(), p.binHigh(), p.fitLow(), p.fitHigh()}) {
        for (double v : arr) {
          if (Double.isFinite(v)) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
          }
        }
      }
      XYSeries tp = c.addSeries(String.format(java.util.Locale.ROOT, "turning point x* = %.1f",
          p.turningPoint()), new double[] {p.turningPoint(), p.turningPoint()},
          new double[] {yMin, yMax});
      tp.setMarker(SeriesMarkers.NONE);
      tp.setLineColor(GREY);
      tp.setLineStyle(SeriesLines.DOT_DOT);
    }
    save(c, png);
  }

  /** The ego network to draw: node labels, positions are computed here; ties with their kind. */
  public record EgoDrawing(String title, String[] labels, int ego, int[] source, int[] target,
      boolean[] strong, boolean[] bridge) {}

  /**
   * The ego network of one person: ego in the centre, contacts on a circle grouped by cluster order,
   * strong ties as thick red lines, weak ties as thin blue lines, local bridges as dashed orange lines.
   * Drawn with Java2D (a network is not an XY chart), with a title and a legend.
   */
  public static void egoNetwork(EgoDrawing d, Path png) throws IOException {
    int w = 900;
    int h = 900;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    int n = d.labels().length;
    double[] x = new double[n];
    double[] y = new double[n];
    double cx = w / 2.0;
    double cy = h / 2.0 + 20;
    double r = 330;
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (i == d.ego()) {
        x[i] = cx;
        y[i] = cy;
      } else {
        double a = 2 * Math.PI * k++ / Math.max(1, n - 1);
        x[i] = cx + r * Math.cos(a);
        y[i] = cy + r * Math.sin(a);
      }
    }
    for (int e = 0; e < d.source().length; e++) {
      int a = d.source()[e];
      int b = d.target()[e];
      if (d.bridge()[e]) {
        g.setColor(BRIDGE);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {8f, 6f}, 0f));
      } else if (d.strong()[e]) {
        g.setColor(STRONG);
        g.setStroke(new BasicStroke(3f));
      } else {
        g.setColor(new Color(31, 119, 180, 170));
        g.setStroke(new BasicStroke(1.2f));
      }
      g.drawLine((int) x[a], (int) y[a], (int) x[b], (int) y[b]);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, n > 60 ? 10 : 13));
    for (int i = 0; i < n; i++) {
      int rad = i == d.ego() ? 14 : 7;
      g.setColor(i == d.ego() ? Color.BLACK : new Color(0x444444));
      g.fillOval((int) x[i] - rad, (int) y[i] - rad, 2 * rad, 2 * rad);
      if (n <= 120 || i == d.ego()) {
        g.setColor(Color.BLACK);
        String s = d.labels()[i];
        double ang = Math.atan2(y[i] - cy, x[i] - cx);
        int tx = (int) (x[i] + (i == d.ego() ? 18 : 14 * Math.cos(ang)));
        int ty = (int) (y[i] + (i == d.ego() ? -16 : 14 * Math.sin(ang)));
        if (Math.cos(ang) < 0 && i != d.ego()) {
          tx -= g.getFontMetrics().stringWidth(s);
        }
        g.drawString(s, tx, ty);
      }
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    g.drawString(d.title(), 20, 32);
    int ly = 60;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    legend(g, 20, ly, STRONG, new BasicStroke(3f), "strong tie");
    legend(g, 20, ly + 22, WEAK, new BasicStroke(1.2f), "weak tie");
    legend(g, 20, ly + 44, BRIDGE, new BasicStroke(2.5f, BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f), "local bridge (no mutual contact)");
    g.dispose();
    if (png.getParent() != null) {
      Files.createDirectories(png.getParent());
    }
    ImageIO.write(img, "png", png.toFile());
  }

  private static void legend(java.awt.Graphics2D g, int x, int y, Color c, BasicStroke s, String t) {
    g.setColor(c);
    g.setStroke(s);
    g.drawLine(x, y, x + 40, y);
    g.setColor(Color.BLACK);
    g.drawString(t, x + 50, y + 5);
  }
}
