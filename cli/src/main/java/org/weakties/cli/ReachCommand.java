package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.io.ScoreTableWriter;
import org.weakties.reach.HyperBall;
import org.weakties.reach.HyperBallParams;
import org.weakties.reach.HyperBallResult;
import org.weakties.reach.ReachByTieClass;
import org.weakties.reach.ReachByTieClassParams;
import org.weakties.reach.ReachByTieClassResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties reach}: friends-of-friends reach of every person, split by tie class. */
@Command(name = "reach", mixinStandardHelpOptions = true,
    description = {"Friends-of-friends reach of every person, split by tie class.",
        "Counts every person's friends of friends (people at distance exactly 2) and "
        + "how many of them are reached only through weak ties, only through strong ties, or both. "
        + "With --approximate, HyperBall (HyperLogLog counters) estimates fof and reach2 for huge "
        + "networks and the class columns are left empty.",
        "Output columns: node,degree,strength,fof,reach2,weak_only_fof,strong_only_fof,mixed_fof; "
            + "one row per person in order of first appearance."})
final class ReachCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Table to write: .csv, .tsv or .json (optionally .gz).")
  Path out;

  @Option(names = "--approximate",
      description = "Estimate fof and reach2 with HyperBall instead of counting exactly.")
  boolean approximate;

  @Option(names = "--log2m", paramLabel = "B",
      description = "With --approximate: 2^B registers per counter, B in 4..16 (default: 8, a "
          + "relative standard error of about 6.5%%).")
  Integer log2m;

  @Option(names = "--seed", paramLabel = "S",
      description = "With --approximate: seed of the hash (default: 1).")
  Long seed;

  @Mixin
  TieStrengthOptions strength;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    if (!approximate && (log2m != null || seed != null)) {
      throw new UserInputException("--log2m and --seed apply only with --approximate");
    }
    int b = log2m == null ? HyperBallParams.DEFAULT_LOG2M : log2m;
    if (b < HyperBallParams.MIN_LOG2M || b > HyperBallParams.MAX_LOG2M) {
      throw new UserInputException("--log2m must be between " + HyperBallParams.MIN_LOG2M + " and "
          + HyperBallParams.MAX_LOG2M + ", got " + b);
    }
    strength.validate();
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %,d nodes and %,d ties from %s in %.1f s",
        g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    ScoreTable table;
    if (approximate) {
      HyperBallResult h = HyperBall.compute(g, HyperBallParams.defaults().withLog2m(b)
          .withSeed(seed == null ? HyperBallParams.DEFAULT_SEED : seed).withThreads(run.threads)
          .withProgress(run.progress()).withToken(Interrupts.token()));
      run.say(String.format(Locale.ROOT, "HyperBall with %d registers per person: relative "
          + "standard error about %.1f%%; the tie-class columns are empty", h.registers(),
          100 * h.relativeStandardDeviation()));
      table = h.toReachTable();
    } else {
      TieStrengthOptions.Scored s = strength.score(g, run.threads, run.progress(),
          Interrupts.token());
      run.say(TieStrengthOptions.describe(s));
      ReachByTieClassResult r = ReachByTieClass.compute(g, s.classes(),
          ReachByTieClassParams.defaults().withThreads(run.threads).withProgress(run.progress())
              .withToken(Interrupts.token()));
      long total = r.totalWeakOnly() + r.totalStrongOnly() + r.totalMixed();
      if (total > 0) {
        run.say(String.format(Locale.ROOT, "friends of friends: %.1f%% weak-only, %.1f%% "
            + "strong-only, %.1f%% mixed", 100.0 * r.totalWeakOnly() / total,
            100.0 * r.totalStrongOnly() / total, 100.0 * r.totalMixed() / total));
      }
      table = r.toTable();
    }
    Outputs.prepare(out);
    ScoreTableWriter.write(table, g, out);
    run.say(String.format(Locale.ROOT, "wrote %s in %.1f s in all", out,
        (System.nanoTime() - t0) / 1e9));
    return 0;
  }
}
