package org.weakties.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.weakties.cli.report.Plots;
import org.weakties.curve.BinscatterResult;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveBand;
import org.weakties.curve.CurveParams;
import org.weakties.curve.DegenerateDataException;
import org.weakties.curve.Estimate;
import org.weakties.curve.LindMehlumResult;
import org.weakties.curve.ObservationColumns;
import org.weakties.curve.Observations;
import org.weakties.curve.RegressionFit;
import org.weakties.curve.Shape;
import org.weakties.curve.TurningPoint;
import org.weakties.curve.TwoLinesResult;
import org.weakties.io.NumberText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties curve}: the usefulness curve of tie strength against an outcome. */
@Command(name = "curve", mixinStandardHelpOptions = true,
    description = {"Fit the usefulness curve of tie strength against an outcome.",
        "Estimates binned means, linear and quadratic "
        + "fits (robust or clustered standard errors), the turning point with delta-method and "
        + "bootstrap intervals, the Lind-Mehlum and two-lines tests of an inverted U, logistic and "
        + "step fits, per-group fits and 2SLS with instruments.",
        "Input: a table with a header, one row per tie (e.g. the output of 'weakties simulate'). "
            + "Output: the full result as JSON (--out), a short summary on stdout and optionally "
            + "a PNG (--plot)."})
final class CurveCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "Observation table: CSV/TSV (optionally .gz) with a header row.")
  Path input;

  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
      description = "Field delimiter: one character, or 'tab', 'space' (default: ${DEFAULT-VALUE}; "
          + "files ending .tsv default to tab).")
  String delimiter;

  @Option(names = "--x", required = true, paramLabel = "COLUMN",
      description = "Tie-strength column (numeric), e.g. mutual.")
  String x;

  @Option(names = "--y", required = true, paramLabel = "COLUMN",
      description = "Outcome column (numeric: 0/1 or a count), e.g. job.")
  String y;

  @Option(names = "--group", paramLabel = "COLUMN",
      description = "Fit the curve per group of this column and test that groups agree.")
  String group;

  @Option(names = "--controls", paramLabel = "COLUMNS", split = ",",
      description = "Control columns; a column whose first value is not a number is categorical.")
  List<String> controls = new ArrayList<>();

  @Option(names = "--cluster", paramLabel = "COLUMN",
      description = "Cluster-robust (CR1) standard errors by the labels of this column.")
  String cluster;

  @Option(names = "--instruments", paramLabel = "COLUMNS", split = ",",
      description = "Excluded instruments for 2SLS (e.g. a randomised arm).")
  List<String> instruments = new ArrayList<>();

  @Option(names = "--categorical", paramLabel = "COLUMNS", split = ",",
      description = "Numeric controls or instruments to treat as categories (e.g. arm 0..7).")
  List<String> categorical = new ArrayList<>();

  @Option(names = "--drop-incomplete",
      description = "Skip rows with an empty value in a used column (default: such a row is an "
          + "error).")
  boolean dropIncomplete;

  @Option(names = "--breakpoint", paramLabel = "X",
      description = "Breakpoint of the two-lines test (default: the Robin Hood procedure).")
  Double breakpoint;

  @Option(names = "--draws", paramLabel = "B", defaultValue = "999",
      description = "Bootstrap draws for the turning point, 0 for none (default: "
          + "${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The result as JSON.")
  Path out;

  @Option(names = "--plot", paramLabel = "PNG",
      description = "Draw binned means, the fitted curve with its 95%% band and the turning point.")
  Path plot;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    if (draws < 0 || draws > 1_000_000) {
      throw new UserInputException("--draws must be between 0 and 1000000, got " + draws);
    }
    if (breakpoint != null && !Double.isFinite(breakpoint)) {
      throw new UserInputException("--breakpoint must be a finite number, got " + breakpoint);
    }
    if (x.equals(y)) {
      throw new UserInputException("--x and --y must name different columns, both are '" + x
          + "'");
    }
    List<String> ctl = clean(controls);
    List<String> ins = clean(instruments);
    Set<String> cat = new LinkedHashSet<>(clean(categorical));
    for (String c : cat) {
      if (!ctl.contains(c) && !ins.contains(c)) {
        throw new UserInputException("--categorical names '" + c + "', which is neither a control "
            + "nor an instrument");
      }
    }
    String name = CsvRecords.fileName(input).toLowerCase(Locale.ROOT);
    char delim = (name.endsWith(".tsv") || name.endsWith(".tsv.gz")) && ",".equals(delimiter)
        ? '\t' : InputOptions.delimiterChar(delimiter);
    Set<String> flexible = new LinkedHashSet<>(ctl);
    flexible.addAll(ins);
    Set<String> labels = new LinkedHashSet<>();
    if (group != null) {
      labels.add(group);
    }
    if (cluster != null) {
      labels.add(cluster);
    }
    long t0 = System.nanoTime();
    ObservationTable t = ObservationTable.read(input, delim, Set.of(x, y), flexible, labels);
    if (!dropIncomplete && t.firstMissingColumn != null) {
      throw new UserInputException(CsvRecords.fileName(input) + ", line " + t.firstMissingLine
          + ": column '" + t.firstMissingColumn + "' is empty; fill it, or pass --drop-incomplete "
          + "to skip incomplete rows");
    }
    run.say(String.format(Locale.ROOT, "read %,d rows from %s in %.1f s", t.rows, input,
        (System.nanoTime() - t0) / 1e9));
    ObservationColumns spec = ObservationColumns.of(x, y).withGroup(group).withControls(ctl)
        .withCluster(cluster).withInstruments(ins).withCategorical(cat)
        .withDropIncomplete(dropIncomplete);
    CurveParams params = CurveParams.defaults().withBootstrapDraws(draws).withSeed(seed)
        .withBreakpoint(breakpoint == null ? Double.NaN : breakpoint).withThreads(run.threads)
        .withProgress(run.progress()).withToken(Interrupts.token());
    CurveAnalysisResult r;
    try {
      Observations o = Observations.fromColumns(t.numeric, t.text, spec);
      r = CurveAnalysis.compute(o, params);
    } catch (DegenerateDataException e) {
      throw new UserInputException("cannot fit the curve: " + e.getMessage(), e);
    }
    Outputs.prepare(out);
    Files.writeString(out, r.toJson(), StandardCharsets.UTF_8);
    if (plot != null) {
      Plots.usefulnessCurve(plotData(r), Outputs.prepare(plot));
    }
    summary(r, System.out);
    run.say("wrote " + out + (plot == null ? "" : " and " + plot));
    return 0;
  }

  private static List<String> clean(List<String> names) {
    List<String> r = new ArrayList<>();
    for (String s : names) {
      String c = s.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (!r.contains(c)) {
        r.add(c);
      }
    }
    return r;
  }

  /** The chart of the result: bins with their intervals, the quadratic with its band. */
  static Plots.CurvePlot plotData(CurveAnalysisResult r) {
    BinscatterResult b = r.binscatter();
    int k = b.bins().size();
    double[] bx = new double[k];
    double[] by = new double[k];
    double[] blo = new double[k];
    double[] bhi = new double[k];
    for (int i = 0; i < k; i++) {
      BinscatterResult.Bin bin = b.bins().get(i);
      bx[i] = bin.xMean();
      by[i] = bin.yMean();
      // a bin of one observation has no interval: draw it without an error bar
      blo[i] = Double.isNaN(bin.lower()) ? bin.yMean() : bin.lower();
      bhi[i] = Double.isNaN(bin.upper()) ? bin.yMean() : bin.upper();
    }
    CurveBand band = r.curve();
    int p = band.points().size();
    double[] fx = new double[p];
    double[] fy = new double[p];
    double[] flo = new double[p];
    double[] fhi = new double[p];
    for (int i = 0; i < p; i++) {
      CurveBand.Point pt = band.points().get(i);
      fx[i] = pt.x();
      fy[i] = pt.fit();
      flo[i] = pt.lower();
      fhi[i] = pt.upper();
    }
    TurningPoint tp = r.turningPoint();
    String xs = r.summary().x();
    String ys = r.summary().y();
    int level = (int) Math.round(100 * r.level());
    return new Plots.CurvePlot("Usefulness curve: " + ys + " by " + xs,
        xs + " (tie strength)", ys + " (mean per bin, " + level + "% CI)", bx, by, blo, bhi, fx,
        fy, flo, fhi, tp.insideDataRange() ? tp.estimate() : Double.NaN);
  }

  /** The human summary: data, quadratic fit, turning point with its intervals, U tests. */
  static void summary(CurveAnalysisResult r, PrintStream out) {
    CurveAnalysisResult.Summary s = r.summary();
    int level = (int) Math.round(100 * r.level());
    out.printf(Locale.ROOT, "usefulness curve of %s against %s: %,d observations%s, %s from %s to "
        + "%s%n", s.y(), s.x(), s.n(), s.droppedRows() == 0 ? ""
            : String.format(Locale.ROOT, " (%,d incomplete rows dropped)", s.droppedRows()),
        s.x(), g(s.xMin()), g(s.xMax()));
    RegressionFit q = r.quadratic();
    Estimate b1 = q.estimate("x");
    Estimate b2 = q.estimate("x2");
    out.printf(Locale.ROOT, "quadratic fit (%s standard errors): b1 = %s (p = %s), b2 = %s (p = %s)"
        + "%n", q.covarianceType().name(), g(b1.value()), p(b1.pValue()), g(b2.value()),
        p(b2.pValue()));
    TurningPoint tp = r.turningPoint();
    out.printf(Locale.ROOT, "turning point (%s): %s* = %s; %d%% CI delta method [%s, %s]%s; %s%n",
        tp.kind().name().toLowerCase(Locale.ROOT), s.x(), g(tp.estimate()), level,
        g(tp.deltaLower()), g(tp.deltaUpper()), tp.hasBootstrap()
            ? String.format(Locale.ROOT, ", bootstrap [%s, %s] (%d of %d draws)",
                g(tp.bootstrapLower()), g(tp.bootstrapUpper()), tp.bootstrapValid(),
                tp.bootstrapDraws())
            : "", tp.insideDataRange() ? "inside the data range" : "outside the data range");
    LindMehlumResult lm = r.lindMehlum();
    out.printf(Locale.ROOT, "Lind-Mehlum test of %s on [%s, %s]: t = %s, p = %s "
        + "(p inverted U = %s, p U = %s)%n", shape(lm.shape()), g(lm.xLow()), g(lm.xHigh()),
        g(lm.statistic()), p(lm.pValue()), p(lm.pInvertedU()), p(lm.pU()));
    if (r.twoLines().isPresent()) {
      TwoLinesResult tl = r.twoLines().get();
      out.printf(Locale.ROOT, "two-lines test of %s (breakpoint %s, %s): slopes %s (p = %s) and %s "
          + "(p = %s); p = %s, %s%n", shape(tl.shape()), g(tl.breakpoint()),
          tl.robinHood() ? "Robin Hood" : "given", g(tl.slopeLow().value()),
          p(tl.slopeLow().pValue()), g(tl.slopeHigh().value()), p(tl.slopeHigh().pValue()),
          p(tl.pValue()), tl.uShapeSignificant() ? "significant" : "not significant");
    } else {
      out.println("two-lines test: skipped (" + r.skipped().get("two_lines") + ")");
    }
    out.flush();
  }

  private static String shape(Shape s) {
    return s == Shape.INVERTED_U ? "an inverted U" : "a U";
  }

  /** Four significant digits in the shortest form ({@code 10.23}, {@code 57.0}, {@code NaN}). */
  static String g(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return NumberText.format(v);
    }
    return NumberText.format(new BigDecimal(v).round(new MathContext(4)).doubleValue());
  }

  private static String p(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return v < 1e-4 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
