package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.io.ScoreTableWriter;
import org.weakties.reach.ReachByTieClass;
import org.weakties.reach.ReachByTieClassParams;
import org.weakties.reach.ReachByTieClassResult;
import org.weakties.tie.Dispersion;
import org.weakties.tie.DispersionParams;
import org.weakties.tie.DispersionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties ties}: tie-strength measures and a strong/weak label for every tie. */
@Command(name = "ties", mixinStandardHelpOptions = true,
    description = {"Tie-strength measures and a strong/weak label for every tie.",
        "Measures every tie: weight, embeddedness (mutual friends), neighborhood overlap, "
        + "Jaccard, Adamic-Adar, resource allocation, the composite tie strength (0..1) with a "
        + "strong/weak class, and the unique reach from each end (friends of friends only this tie "
        + "leads to).",
        "Output columns: source,target,weight,embeddedness,overlap,jaccard,adamic_adar,"
            + "resource_allocation,tie_strength,tie_class,unique_reach_source,unique_reach_target"
            + "[,dispersion,dispersion_reverse][,age_days,recency,dormant]; one row per tie in "
            + "input order."})
final class TiesCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Table to write: .csv, .tsv or .json (optionally .gz).")
  Path out;

  @Option(names = "--dispersion",
      description = "Add dispersion (Backstrom-Kleinberg) from each end: dispersion, "
          + "dispersion_reverse. Costly around large dense hubs.")
  boolean dispersion;

  @Mixin
  TieStrengthOptions strength;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    strength.validate();
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %,d nodes and %,d ties from %s in %.1f s",
        g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    ProgressListener progress = run.progress();
    CancellationToken token = Interrupts.token();
    TieStrengthOptions.Scored s = strength.score(g, run.threads, progress, token);
    ReachByTieClassResult reach = ReachByTieClass.compute(g, s.classes(),
        ReachByTieClassParams.defaults().withThreads(run.threads).withProgress(progress)
            .withToken(token));
    int[] order = g.inputOrder();
    ScoreTable table = s.structural().toTable().concat(s.strength().toTable())
        .concat(s.classes().toTable()).concat(reach.edgeTable(order));
    if (dispersion) {
      DispersionResult d = Dispersion.compute(g, DispersionParams.defaults()
          .withThreads(run.threads).withProgress(progress).withToken(token));
      table = table.concat(d.toTable(order));
    }
    if (s.recency() != null) {
      table = table.concat(s.recency().toTable());
    }
    run.say(TieStrengthOptions.describe(s));
    Outputs.prepare(out);
    ScoreTableWriter.write(table, g, out);
    run.say(String.format(Locale.ROOT, "wrote %s in %.1f s in all", out,
        (System.nanoTime() - t0) / 1e9));
    return 0;
  }
}
