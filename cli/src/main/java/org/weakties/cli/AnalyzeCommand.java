package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.graph.SocialGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties analyze}: the whole analysis of a network, as an HTML report with tables. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Run the whole analysis of a network and write report/index.html (self-contained),",
        "the charts (PNG) and every table (CSV/JSON): summary, tie strength and the strong/weak split,",
        "friends-of-friends reach, bridges and local bridges, structural holes, betweenness,",
        "percolation, the usefulness curve and, with --ego, the career report of one person."})
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--outcomes", paramLabel = "FILE",
      description = "Observed outcomes per tie: source,target,job (0/1 or a count). Without it the"
          + " usefulness curve comes from the job-information diffusion simulation.")
  Path outcomes;

  @Option(names = "--ego", paramLabel = "NAME", description = "Add the career report of this person.")
  String ego;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of every random step: simulation, bootstrap, sampled betweenness, random"
          + " percolation order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report folder.")
  Path out;

  @Mixin
  AnalysisOptions analysis;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    analysis.check();
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %,d nodes and %,d edges from %s in %.1f s",
        g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    if (ego != null && g.index().find(ego) < 0) {
      throw new UserInputException("--ego: there is no person '" + ego + "' in " + in.input);
    }
    Path index = runAnalysis(g, in.input.getFileName().toString(), ego, outcomes, seed, out,
        analysis, run);
    run.say(String.format(Locale.ROOT, "analysis done in %.1f s; open %s",
        (System.nanoTime() - t0) / 1e9, index));
    return 0;
  }

  static Path runAnalysis(SocialGraph g, String name, String ego, Path outcomes, long seed, Path out,
      AnalysisOptions a, RunOptions run) throws java.io.IOException {
    Analysis.Settings s = new Analysis.Settings(out, name, ego, outcomes, a.maxSpan, a.method(),
        a.samples, seed, a.weightedBetweenness, run.threads, run.progress(), Interrupts.token(),
        run::say);
    return new Analysis(g, s).run();
  }
}
