package org.weakties.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.weakties.cli.report.Plots;
import org.weakties.graph.SocialGraph;
import org.weakties.io.NumberText;
import org.weakties.percolation.Direction;
import org.weakties.percolation.Percolation;
import org.weakties.percolation.PercolationCurve;
import org.weakties.percolation.PercolationParams;
import org.weakties.percolation.PercolationResult;
import org.weakties.percolation.TieBreak;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties percolation}: remove ties weak-first and strong-first and watch the network. */
@Command(name = "percolation", mixinStandardHelpOptions = true,
    description = {"Remove ties weak-first and strong-first and watch the network break up.",
        "The tie-removal experiment of Onnela et al. (2007): removes ties in order of "
        + "weight or overlap, weakest first (ascending) and strongest first (descending), or in "
        + "random order, and records the share of people in the giant component and the "
        + "susceptibility at each removed fraction. The critical fraction (where the "
        + "susceptibility peaks) is printed on stderr and written with --json.",
        "Output columns: order,direction,fraction_removed,giant_fraction,susceptibility; one row "
            + "per curve and removed fraction."})
final class PercolationCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--order", required = true, paramLabel = "ORDER",
      description = "weight|overlap|random: the score ties are removed by.")
  String order;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Curves to write: .csv, .tsv or .json (optionally .gz).")
  Path out;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the critical fractions and run settings as JSON.")
  Path json;

  @Option(names = "--plot", paramLabel = "PNG",
      description = "Also draw the giant component and susceptibility curves as a PNG.")
  Path plot;

  @Option(names = "--fractions", paramLabel = "F", split = ",",
      description = "Removed fractions to record, increasing, in [0, 1] (e.g. 0,0.1,0.5,1).")
  List<String> fractions;

  @Option(names = "--steps", paramLabel = "N",
      description = "Record N+1 equally spaced fractions 0, 1/N, ..., 1 (default: 100).")
  Integer steps;

  @Option(names = "--tie-break", paramLabel = "RULE", defaultValue = "stable",
      description = "Ties with equal scores: stable (input order) or random (seeded) (default: "
          + "${DEFAULT-VALUE}).")
  String tieBreak;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the random order and the random tie-break (default: "
          + "${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    String o = order.toLowerCase(Locale.ROOT);
    if (!o.equals("weight") && !o.equals("overlap") && !o.equals("random")) {
      throw new UserInputException("--order must be weight, overlap or random, got '" + order
          + "'");
    }
    TieBreak tb = switch (tieBreak.toLowerCase(Locale.ROOT)) {
      case "stable" -> TieBreak.INPUT_ORDER;
      case "random" -> TieBreak.RANDOM;
      default -> throw new UserInputException("--tie-break must be stable or random, got '"
          + tieBreak + "'");
    };
    double[] grid = grid(fractions, steps);
    PercolationParams params = PercolationParams.defaults().withFractions(grid).withTieBreak(tb)
        .withSeed(seed).withProgress(run.progress()).withToken(Interrupts.token());
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %,d nodes and %,d ties from %s in %.1f s",
        g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    PercolationResult r = switch (o) {
      case "weight" -> Percolation.byWeight(g, params);
      case "overlap" -> Percolation.byScore(g, "overlap", StructuralTieMeasures.compute(g,
          StructuralTieMeasuresParams.defaults().withThreads(run.threads)
              .withProgress(run.progress()).withToken(Interrupts.token())).overlapArray(), params);
      default -> Percolation.random(g, params);
    };
    for (PercolationCurve c : r.curves()) {
      System.err.println("[weakties] critical fraction, " + name(c) + ": "
          + NumberText.format(c.criticalFraction()) + " (peak susceptibility "
          + (c.criticalIndex() < 0 ? "NaN" : NumberText.format(c.susceptibility(c.criticalIndex())))
          + ")");
    }
    PlainTableWriter.write(r.toTable(), out);
    if (json != null) {
      JsonFiles.write(document(r, g, o, tb, grid.length), json);
    }
    if (plot != null) {
      List<Plots.PercolationSeries> series = new ArrayList<>();
      for (PercolationCurve c : r.curves()) {
        series.add(new Plots.PercolationSeries(name(c), c.fractions(), c.giantFractions(),
            c.susceptibilities()));
      }
      Plots.percolation(series, Outputs.prepare(plot));
    }
    run.say(String.format(Locale.ROOT, "wrote %s%s%s in %.1f s in all", out,
        json == null ? "" : ", " + json, plot == null ? "" : ", " + plot,
        (System.nanoTime() - t0) / 1e9));
    return 0;
  }

  /** A readable name of a curve, for stderr and the plot legend. */
  static String name(PercolationCurve c) {
    return switch (c.direction()) {
      case ASCENDING -> "weak ties first (ascending " + c.order() + ")";
      case DESCENDING -> "strong ties first (descending " + c.order() + ")";
      default -> "random order";
    };
  }

  /** The removed fractions from --fractions or --steps (default 0, 0.01, ..., 1). */
  static double[] grid(List<String> fractions, Integer steps) {
    if (fractions != null && steps != null) {
      throw new UserInputException("give either --fractions or --steps, not both");
    }
    if (steps != null) {
      if (steps < 1 || steps > 1_000_000) {
        throw new UserInputException("--steps must be between 1 and 1000000, got " + steps);
      }
      double[] f = new double[steps + 1];
      for (int i = 0; i <= steps; i++) {
        f[i] = (double) i / steps;
      }
      return f;
    }
    if (fractions == null) {
      return PercolationParams.defaultFractions();
    }
    double[] f = new double[fractions.size()];
    for (int i = 0; i < f.length; i++) {
      String s = fractions.get(i).strip();
      try {
        f[i] = NumberText.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new UserInputException("--fractions: '" + s + "' is not a number");
      }
      if (!(f[i] >= 0 && f[i] <= 1)) {
        throw new UserInputException("--fractions must lie in [0, 1], got " + s);
      }
      if (i > 0 && !(f[i] > f[i - 1])) {
        throw new UserInputException("--fractions must be strictly increasing, got "
            + String.join(",", fractions));
      }
    }
    return f;
  }

  private static Map<String, Object> document(PercolationResult r, SocialGraph g, String order,
      TieBreak tb, int points) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("order", order);
    d.put("nodes", g.nodeCount());
    d.put("edges", g.edgeCount());
    d.put("tie_break", tb == TieBreak.RANDOM ? "random" : "stable");
    d.put("grid_points", points);
    List<Map<String, Object>> curves = new ArrayList<>();
    for (PercolationCurve c : r.curves()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("order", c.order());
      m.put("direction", c.direction().label());
      m.put("critical_fraction", c.criticalFraction());
      m.put("peak_susceptibility", c.criticalIndex() < 0 ? Double.NaN
          : c.susceptibility(c.criticalIndex()));
      m.put("fraction_giant_below_half", c.fractionWhereGiantBelow(0.5));
      curves.add(m);
    }
    d.put("curves", curves);
    if (r.curves().size() == 2) {
      double up = r.curve(Direction.ASCENDING).criticalFraction();
      double down = r.curve(Direction.DESCENDING).criticalFraction();
      d.put("weak_first_breaks_earlier", up < down);
    }
    return d;
  }
}
