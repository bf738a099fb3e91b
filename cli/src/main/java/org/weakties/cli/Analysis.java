package org.weakties.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.weakties.bridge.Betweenness;
import org.weakties.bridge.BetweennessParams;
import org.weakties.bridge.BetweennessResult;
import org.weakties.bridge.Bridges;
import org.weakties.bridge.BridgesParams;
import org.weakties.bridge.BridgesResult;
import org.weakties.bridge.EdgeLength;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.cli.report.CurveCharts;
import org.weakties.cli.report.HtmlReport;
import org.weakties.cli.report.Plots;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveParams;
import org.weakties.curve.ObservationColumns;
import org.weakties.curve.Observations;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.ConnectedComponents;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.holes.StructuralHolesResult;
import org.weakties.io.CsvOptions;
import org.weakties.io.NumberText;
import org.weakties.io.ScoreTableWriter;
import org.weakties.percolation.Percolation;
import org.weakties.percolation.PercolationCurve;
import org.weakties.percolation.PercolationParams;
import org.weakties.percolation.PercolationResult;
import org.weakties.reach.ReachByTieClass;
import org.weakties.reach.ReachByTieClassParams;
import org.weakties.reach.ReachByTieClassResult;
import org.weakties.sim.DiffusionParams;
import org.weakties.sim.DiffusionResult;
import org.weakties.sim.JobDiffusion;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthParams;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.Recency;
import org.weakties.tie.RecencyParams;
import org.weakties.tie.RecencyResult;
import org.weakties.tie.StrongTriadicClosure;
import org.weakties.tie.StrongTriadicClosureParams;
import org.weakties.tie.StrongTriadicClosureResult;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import org.weakties.tie.StructuralTieMeasuresResult;
import org.weakties.tie.TieClassification;

/**
 * The whole analysis of one network, as run by {@code weakties analyze} and {@code weakties demo}:
 * summary, tie strength and the strong/weak split, friends-of-friends reach, bridges and local bridges,
 * structural holes, betweenness, percolation, the usefulness curve and (optionally) the career report of
 * one person. Writes the tables (CSV/JSON), the charts (PNG) and a self-contained {@code index.html}.
 */
final class Analysis {

  /** Largest number of ties used to fit the usefulness curve (a seeded sample above it). */
  static final int MAX_CURVE_OBSERVATIONS = 200_000;

  /**
   * The report's automatic choice runs exact betweenness when {@code n * m} is at most this (1e9),
   * tighter than the {@code bridges}/{@code holes} commands (5e9) because the report runs every step.
   */
  static final double AUTO_WORK_LIMIT = 1e9;

  /** What to run and where to write. */
  record Settings(Path out, String inputName, String egoLabel, Path outcomes, int maxSpan,
      BetweennessParams.Method betweenness, int samples, long seed, boolean weightedBetweenness,
      int threads, ProgressListener progress, CancellationToken token, Consumer<String> say) {}

  /** File names written into the output folder, in report order. */
  final List<String> written = new ArrayList<>();

  private final SocialGraph g;
  private final Settings s;
  private final HtmlReport html;
  private final Map<String, Object> summary = new java.util.LinkedHashMap<>();

  Analysis(SocialGraph g, Settings s) {
    this.g = g;
    this.s = s;
    this.html = new HtmlReport("weakties report: " + s.inputName());
  }

  private void step(String what) {
    s.token().throwIfCancelled(what);
    s.say().accept(what);
  }

  Path file(String name) {
    written.add(name);
    return s.out().resolve(name);
  }

  private void table(ScoreTable t, String name) throws IOException {
    ScoreTableWriter.writeCsv(t, g, file(name), CsvOptions.defaults());
  }

  /** Runs every step and writes the report; returns the path of index.html. */
  Path run() throws IOException {
    Files.createDirectories(s.out());
    long start = System.nanoTime();
    int n = g.nodeCount();
    int m = g.edgeCount();
    if (m == 0) {
      throw new UserInputException("the network has no ties; nothing to analyse");
    }

    // ------------------------------------------------------------------ summary
    step("summary");
    ConnectedComponents cc = ConnectedComponents.compute(g);
    int[] degrees = new int[n];
    for (int u = 0; u < n; u++) {
      degrees[u] = g.degree(u);
    }
    summary.put("nodes", n);
    summary.put("edges", m);
    summary.put("components", cc.count());
    summary.put("largest_component_fraction", (double) cc.largestSize() / n);
    summary.put("mean_degree", 2.0 * m / n);
    html.section("Network");
    html.paragraph(String.format(Locale.ROOT, "%,d people and %,d ties; %,d connected components, the"
        + " largest holding %.1f%% of the people; mean degree %.2f.", n, m, cc.count(),
        100.0 * cc.largestSize() / n, 2.0 * m / n));
    Plots.degreeDistribution(degrees, file("degree_distribution.png"));
    html.image(s.out().resolve("degree_distribution.png"), "Degree distribution (log-log CCDF)");

    // ------------------------------------------------------------------ tie strength
    step("tie strength");
    StructuralTieMeasuresResult structural = StructuralTieMeasures.compute(g,
        StructuralTieMeasuresParams.defaults().withThreads(s.threads()).withProgress(s.progress())
            .withToken(s.token()));
    RecencyResult recency = g.hasLastContact() ? Recency.compute(g, RecencyParams.defaults()) : null;
    CompositeTieStrengthResult composite = CompositeTieStrength.compute(g, structural, recency,
        CompositeTieStrengthParams.defaults().withThreads(s.threads()).withProgress(s.progress())
            .withToken(s.token()));
    TieClassification classes = TieClassification.byMedian(composite.strengths());
    step("friends-of-friends reach");
    ReachByTieClassResult reach = ReachByTieClass.compute(g, classes, ReachByTieClassParams
        .defaults().withThreads(s.threads()).withProgress(s.progress()).withToken(s.token()));
    StrongTriadicClosureResult stc = StrongTriadicClosure.check(g, classes,
        StrongTriadicClosureParams.defaults().withListLimit(10).withThreads(s.threads())
            .withProgress(s.progress()).withToken(s.token()));
    ScoreTable ties = structural.toTable().concat(composite.toTable()).concat(classes.toTable())
        .concat(reach.edgeTable(g.inputOrder()));
    if (recency != null) {
      ties = ties.concat(recency.toTable());
    }
    table(ties, "ties.csv");
    table(reach.toTable(), "reach.csv");

    double[] weights = new double[m];
    double[] overlap = structural.overlapArray();
    double[] strength = composite.strengths();
    boolean[] strong = classes.toArray();
    for (int e = 0; e < m; e++) {
      weights[e] = g.weight(e);
    }
    double meanOverlapStrong = 0;
    double meanOverlapWeak = 0;
    long uniqueStrong = 0;
    long uniqueWeak = 0;
    for (int e = 0; e < m; e++) {
      long uniq = reach.uniqueReachSource(e) + reach.uniqueReachTarget(e);
      if (strong[e]) {
        meanOverlapStrong += overlap[e];
        uniqueStrong += uniq;
      } else {
        meanOverlapWeak += overlap[e];
        uniqueWeak += uniq;
      }
    }
    int sc = classes.strongCount();
    meanOverlapStrong /= Math.max(1, sc);
    meanOverlapWeak /= Math.max(1, m - sc);
    summary.put("strong_ties", sc);
    summary.put("weak_ties", m - sc);
    summary.put("mean_overlap_strong", meanOverlapStrong);
    summary.put("mean_overlap_weak", meanOverlapWeak);
    summary.put("stc_violations", stc.violationCount());
    html.section("Tie strength");
    html.paragraph(String.format(Locale.ROOT, "Composite tie strength combines %s as rank"
        + " percentiles (a weighted mean in [0, 1]); a tie is strong when its strength is at least the"
        + " median. %,d ties are strong and %,d weak. Strong ties are embedded: their mean"
        + " neighbourhood overlap is %.3f against %.3f for weak ties, as Granovetter's overlap"
        + " hypothesis and Onnela et al. (2007) predict.", String.join(", ",
        composite.componentNames()), sc, m - sc, meanOverlapStrong, meanOverlapWeak));
    html.paragraph(String.format(Locale.ROOT, "Strong triadic closure (Easley and Kleinberg): %,d"
        + " forbidden triads (a person with strong ties to two people who are not tied), at %,d"
        + " people.", stc.violationCount(), stc.violatingNodeCount()));
    Plots.tieStrengthDistribution(strength, strong, file("tie_strength.png"));
    html.image(s.out().resolve("tie_strength.png"), "Distribution of composite tie strength");
    Plots.overlapVsWeight(weights, overlap, s.seed(), file("overlap_vs_weight.png"));
    html.image(s.out().resolve("overlap_vs_weight.png"),
        "Mean neighbourhood overlap against the weight percentile (Onnela et al. 2007, Fig. 3)");

    html.section("Friends-of-friends reach");
    long fof = 0;
    for (int u = 0; u < n; u++) {
      fof += reach.fof(u);
    }
    long classed = reach.totalWeakOnly() + reach.totalStrongOnly() + reach.totalMixed();
    summary.put("mean_fof", (double) fof / n);
    summary.put("fof_weak_only_share", classed == 0 ? 0.0 : (double) reach.totalWeakOnly() / classed);
    summary.put("fof_strong_only_share",
        classed == 0 ? 0.0 : (double) reach.totalStrongOnly() / classed);
    html.paragraph(String.format(Locale.ROOT, "On average a person has %.1f friends of friends (people"
        + " two steps away who are not already contacts). %.1f%% of these are reachable only through"
        + " weak ties, %.1f%% only through strong ties and %.1f%% through both. Unique reach per tie"
        + " (friends of friends that only this tie leads to): weak ties open %,d such paths, strong"
        + " ties %,d.", (double) fof / n, pct(reach.totalWeakOnly(), classed),
        pct(reach.totalStrongOnly(), classed), pct(reach.totalMixed(), classed), uniqueWeak,
        uniqueStrong));

    // ------------------------------------------------------------------ bridges
    step("bridges and local bridges");
    BridgesResult bridges = Bridges.compute(g, BridgesParams.defaults().withProgress(s.progress())
        .withToken(s.token()));
    LocalBridgesResult local = LocalBridges.compute(g, LocalBridgesParams.defaults()
        .withMaxSpan(s.maxSpan()).withThreads(s.threads()).withProgress(s.progress())
        .withToken(s.token()));
    BetweennessResult between = null;
    if (s.betweenness() != null) {
      BetweennessParams bp = BetweennessParams.defaults().withMethod(s.betweenness())
          .withAutoWorkLimit(AUTO_WORK_LIMIT)
          .withSamples(s.samples()).withSeed(s.seed()).withThreads(s.threads())
          .withProgress(s.progress()).withToken(s.token());
      if (s.weightedBetweenness()) {
        bp = bp.withLength(EdgeLength.INVERSE_WEIGHT);
      }
      BetweennessParams.Method chosen = Betweenness.chooseMethod(g, bp);
      step("betweenness (" + chosen.name().toLowerCase(Locale.ROOT)
          + (chosen == BetweennessParams.Method.SAMPLED ? ", " + Math.min(s.samples(), n)
              + " pivot sources" : "") + ")");
      between = Betweenness.compute(g, bp);
    }
    ScoreTable bt = Tables.weights(g).concat(local.toTable())
        .concat(BridgesCommand.betweennessColumns(between, m));
    table(bt, "bridges.csv");
    int weakLocal = 0;
    for (int e = 0; e < m; e++) {
      if (local.isLocalBridge(e) && !strong[e]) {
        weakLocal++;
      }
    }
    summary.put("bridges", bridges.bridgeCount());
    summary.put("articulation_points", bridges.articulationPointCount());
    summary.put("local_bridges", local.localBridgeCount());
    summary.put("local_bridges_weak_share",
        local.localBridgeCount() == 0 ? 0.0 : (double) weakLocal / local.localBridgeCount());
    html.section("Bridges and local bridges");
    html.paragraph(String.format(Locale.ROOT, "%,d global bridges (ties whose removal disconnects"
        + " the network) and %,d articulation points. %,d local bridges (ties whose two ends share no"
        + " contact), of which %.1f%% are weak ties: Granovetter's claim that bridges are weak ties"
        + " can be checked here directly.", bridges.bridgeCount(),
        bridges.articulationPointCount(), local.localBridgeCount(),
        pct(weakLocal, local.localBridgeCount())));
    long[] dist = local.spanDistribution();
    List<List<String>> rows = new ArrayList<>();
    for (int sp = 0; sp < dist.length; sp++) {
      if (dist[sp] > 0) {
        rows.add(List.of(Integer.toString(sp), Long.toString(dist[sp])));
      }
    }
    rows.add(List.of("over the cap (" + s.maxSpan() + ")", Long.toString(local.overCapCount())));
    rows.add(List.of("infinite (global bridge)", Long.toString(local.bridgeCount())));
    html.paragraph("Span of the local bridges (distance between the two ends once the tie is"
        + " removed):");
    html.table(List.of("span", "local bridges"), rows);
    if (between != null) {
      html.paragraph(between.isSampled()
          ? String.format(Locale.ROOT, "Edge betweenness was estimated from %d pivot sources"
              + " (Brandes; exact would cost O(n m)); standard errors are in bridges.csv.",
              between.sources())
          : "Edge betweenness is exact (Brandes).");
    }

    // ------------------------------------------------------------------ structural holes
    step("structural holes");
    StructuralHolesResult holes = StructuralHoles.compute(g, StructuralHolesParams.defaults()
        .withThreads(s.threads()).withProgress(s.progress()).withToken(s.token()));
    ScoreTable ht = holes.toTable().concat(HolesCommand.nodeBetweennessColumns(between, n));
    table(ht, "holes.csv");
    html.section("Structural holes");
    html.paragraph(String.format(Locale.ROOT, "Burt's measures per person are in holes.csv: median"
        + " effective size %.2f, median constraint %.3f. Low constraint and high effective size mark"
        + " people who bridge structural holes.", median(holes.effectiveSizes()),
        median(holes.constraints())));

    // ------------------------------------------------------------------ percolation
    step("percolation");
    PercolationParams pp = PercolationParams.defaults().withSeed(s.seed())
        .withProgress(s.progress()).withToken(s.token());
    PercolationResult byWeight = Percolation.byWeight(g, pp);
    PercolationResult byOverlap = Percolation.byScore(g, "overlap", overlap, pp);
    PercolationResult random = Percolation.random(g, pp);
    ScoreTable pt = byWeight.toTable();
    List<Plots.PercolationSeries> series = new ArrayList<>();
    List<List<String>> crit = new ArrayList<>();
    for (PercolationResult r : List.of(byWeight, byOverlap, random)) {
      for (PercolationCurve c : r.curves()) {
        String name = switch (c.direction()) {
          case ASCENDING -> c.order() + " (weak first)";
          case DESCENDING -> c.order() + " (strong first)";
          default -> "random order";
        };
        series.add(new Plots.PercolationSeries(name, c.fractions(), c.giantFractions(),
            c.susceptibilities()));
        crit.add(List.of(name, fmt(c.criticalFraction()), fmt(c.fractionWhereGiantBelow(0.05))));
      }
    }
    writePercolation(List.of(byWeight, byOverlap, random));
    Plots.percolation(series, file("percolation.png"));
    html.section("Percolation: removing weak ties first or strong ties first");
    html.paragraph("Ties are removed in order of weight or overlap, weakest first or strongest"
        + " first (and at random for comparison). Onnela et al. (2007) found that removing weak ties"
        + " first breaks the network apart at a smaller removed fraction: weak ties hold it together.");
    html.table(List.of("order", "critical fraction (peak susceptibility)",
        "fraction where the giant component falls below 5%"), crit);
    html.image(s.out().resolve("percolation.png"), "Giant component and susceptibility");
    summary.put("percolation_critical", crit);

    // ------------------------------------------------------------------ usefulness curve
    step("usefulness curve");
    double[] mutual = structural.embeddednessAsDoubles();
    double[] job;
    String source;
    String[] digital = null;
    if (s.outcomes() != null) {
      job = Outcomes.read(s.outcomes(), g);
      source = "the outcomes in " + s.outcomes().getFileName();
    } else {
      DiffusionResult sim = JobDiffusion.simulate(g, DiffusionParams.defaults().withSeed(s.seed())
          .withThreads(s.threads()).withProgress(s.progress()).withToken(s.token()));
      ScoreTableWriter.writeCsv(observationTable(sim), g, file("observations.csv"),
          CsvOptions.defaults());
      job = sim.jobValues();
      digital = new String[m];
      for (int e = 0; e < m; e++) {
        digital[e] = Boolean.toString(sim.digital(e));
      }
      source = "the job-information diffusion simulation (seed " + s.seed() + ")";
    }
    CurveAnalysisResult curve = fitCurve(mutual, job, digital);
    Files.writeString(file("curve.json"), curve.toJson());
    Plots.usefulnessCurve(CurveCharts.of(curve, "Usefulness of a tie by mutual connections",
        "mutual connections (people)", "jobs transmitted per tie (share)"), file("curve.png"));
    html.section("The usefulness curve");
    html.paragraph(String.format(Locale.ROOT, "Job transmission by mutual connections, from %s, on"
        + " %,d ties. Rajkumar et al. (Science 2022) found an inverted U on LinkedIn: moderately weak"
        + " ties, around 10 mutual connections, help most. The %,d ties with more than %s mutual"
        + " connections (above the 99th percentile) are left out of the fit.", source,
        curve.summary().n(), trimmed, NumberText.format(trimAbove)));
    html.paragraph(CurveCharts.describe(curve));
    html.image(s.out().resolve("curve.png"), "Binned job rate with the fitted quadratic, its 95% band"
        + " and the turning point");
    summary.put("turning_point", curve.turningPoint().estimate());
    summary.put("lind_mehlum_p", curve.lindMehlum().pValue());

    // ------------------------------------------------------------------ ego
    if (s.egoLabel() != null) {
      step("career report for " + s.egoLabel());
      EgoSection.write(this, g, s, html, curve);
    }

    // ------------------------------------------------------------------ files
    summary.put("seconds", (System.nanoTime() - start) / 1e9);
    Files.writeString(file("summary.json"), Json.object(summary));
    html.section("Files");
    List<List<String>> files = new ArrayList<>();
    for (String f : written) {
      files.add(List.of(f));
    }
    html.html("<p>All tables and charts of this report, in this folder:</p>");
    html.table(List.of("file"), files);
    html.paragraph(String.format(Locale.ROOT, "Analysis took %.1f s.",
        (System.nanoTime() - start) / 1e9));
    Path index = s.out().resolve("index.html");
    html.write(index);
    return index;
  }

  private double trimAbove;
  private int trimmed;

  private CurveAnalysisResult fitCurve(double[] mutual, double[] job, String[] digital) {
    int m = mutual.length;
    int[] keep = new int[m];
    int k = 0;
    for (int e = 0; e < m; e++) {
      if (!Double.isNaN(job[e])) {
        keep[k++] = e;
      }
    }
    if (k > MAX_CURVE_OBSERVATIONS) {
      SplittableRandom r = new SplittableRandom(s.seed());
      for (int i = 0; i < MAX_CURVE_OBSERVATIONS; i++) {
        int j = i + r.nextInt(k - i);
        int t = keep[i];
        keep[i] = keep[j];
        keep[j] = t;
      }
      k = MAX_CURVE_OBSERVATIONS;
      java.util.Arrays.sort(keep, 0, k);
    }
    // Trim the long tail: ties above the 99th percentile of mutual connections are left out of the
    // fit, so a handful of very embedded ties does not decide the shape of the quadratic.
    double[] all = new double[k];
    for (int i = 0; i < k; i++) {
      all[i] = mutual[keep[i]];
    }
    java.util.Arrays.sort(all);
    trimAbove = all[Math.max(0, (int) Math.ceil(0.99 * k) - 1)];
    int kk = 0;
    for (int i = 0; i < k; i++) {
      if (mutual[keep[i]] <= trimAbove) {
        keep[kk++] = keep[i];
      }
    }
    trimmed = k - kk;
    k = kk;
    double[] x = new double[k];
    double[] y = new double[k];
    String[] grp = digital == null ? null : new String[k];
    for (int i = 0; i < k; i++) {
      x[i] = mutual[keep[i]];
      y[i] = job[keep[i]];
      if (grp != null) {
        grp[i] = digital[keep[i]];
      }
    }
    Map<String, double[]> num = new HashMap<>();
    num.put("mutual", x);
    num.put("job", y);
    Map<String, String[]> text = new HashMap<>();
    ObservationColumns cols = ObservationColumns.of("mutual", "job");
    if (grp != null) {
      text.put("digital", grp);
      cols = cols.withGroup("digital");
    }
    return CurveAnalysis.compute(Observations.fromColumns(num, text, cols), CurveParams.defaults()
        .withSeed(s.seed()).withThreads(s.threads()).withProgress(s.progress())
        .withToken(s.token()));
  }

  private void writePercolation(List<PercolationResult> results) throws IOException {
    StringBuilder b = new StringBuilder("order,direction,fraction_removed,giant_fraction,"
        + "susceptibility\n");
    for (PercolationResult r : results) {
      for (PercolationCurve c : r.curves()) {
        for (int i = 0; i < c.size(); i++) {
          b.append(c.order()).append(',').append(c.direction().label())
              .append(',').append(org.weakties.io.NumberText.format(c.fraction(i))).append(',')
              .append(org.weakties.io.NumberText.format(c.giantFraction(i))).append(',')
              .append(org.weakties.io.NumberText.format(c.susceptibility(i))).append('\n');
        }
      }
    }
    Files.writeString(file("percolation.csv"), b);
  }

  /** The simulated per-tie observations without endpoint columns (the writer adds the labels). */
  static ScoreTable observationTable(DiffusionResult sim) {
    int m = sim.edgeCount();
    int[] mutual = new int[m];
    double[] overlap = new double[m];
    double[] intensity = new double[m];
    double[] strength = new double[m];
    int[] job = new int[m];
    String[] arm = new String[m];
    String[] industry = new String[m];
    boolean[] digital = new boolean[m];
    for (int e = 0; e < m; e++) {
      mutual[e] = sim.mutual(e);
      overlap[e] = sim.overlap(e);
      intensity[e] = sim.intensity(e);
      strength[e] = sim.tieStrength(e);
      job[e] = sim.job(e);
      arm[e] = sim.arm(e);
      industry[e] = sim.industry(e);
      digital[e] = sim.digital(e);
    }
    return ScoreTable.forEdges(m).addInt("mutual", mutual).addDouble("overlap", overlap)
        .addDouble("intensity", intensity).addDouble("tie_strength", strength).addInt("job", job)
        .addText("arm", arm).addText("industry", industry).addBoolean("digital", digital).build();
  }

  static double pct(long a, long b) {
    return b == 0 ? 0.0 : 100.0 * a / b;
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "none" : String.format(Locale.ROOT, "%.2f", v);
  }

  static double median(double[] a) {
    double[] s = java.util.Arrays.stream(a).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (s.length == 0) {
      return Double.NaN;
    }
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  void addWritten(String name) {
    written.add(name);
  }
}
