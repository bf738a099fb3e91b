package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.io.ScoreTableWriter;
import org.weakties.sim.DiffusionParams;
import org.weakties.sim.DiffusionResult;
import org.weakties.sim.JobDiffusion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** {@code weakties simulate}: job information spreading over the ties of a network. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Simulate job information spreading over the ties of a network.",
        "A seeded model: openings are passed on "
        + "more often over strong ties but are more often news over ties with few mutual "
        + "friends, which gives an inverted U of job finding in mutual connections (a monotone "
        + "curve with --no-redundancy). The network is read with --input or generated with "
        + "--generate.",
        "Output columns: source,target,mutual,overlap,intensity,tie_strength,job,arm,industry,"
            + "digital; one row per tie, ready for 'weakties curve --x mutual --y job'. The "
            + "industry, digital and arm node attributes (--nodes) are used when present, else "
            + "drawn from the seed; a tie takes those of its endpoint that appears first in the "
            + "input."})
final class SimulateCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--generate", paramLabel = "MODEL",
      description = "Generate the network instead of reading it: social (communities, weights, "
          + "industries), or er, ws, ba, holme-kim, sbm.")
  String generate;

  @Option(names = "--n", paramLabel = "N", defaultValue = "20000",
      description = "With --generate: number of people (default: ${DEFAULT-VALUE}).")
  int n;

  @Option(names = "--mean-degree", paramLabel = "K", defaultValue = "20",
      description = "With --generate: mean number of contacts (default: ${DEFAULT-VALUE}).")
  double meanDegree;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the simulation (and of the generated network) (default: "
          + "${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-redundancy",
      description = "Switch off the redundancy of information among mutual friends: job finding "
          + "then rises with tie strength.")
  boolean noRedundancy;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Observations to write: .csv, .tsv or .json (optionally .gz).")
  Path out;

  @Mixin
  RunOptions run;

  /**
   * The command's model with {@code --input} optional (the shared input options require it), since
   * {@code --generate} can stand in for it; {@link #call()} checks that exactly one is given.
   */
  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.forAnnotatedObject(new SimulateCommand());
    OptionSpec input = spec.findOption("--input");
    spec.remove(input);
    spec.addOption(input.toBuilder().required(false)
        .description("Edge list (as for every command); or use --generate.").build());
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    if ((in.input == null) == (generate == null)) {
      throw new UserInputException("give either --input FILE or --generate MODEL (exactly one)");
    }
    if (generate != null && in.nodes != null) {
      throw new UserInputException("--nodes applies only with --input; generated networks bring "
          + "their own attributes");
    }
    long t0 = System.nanoTime();
    SocialGraph g;
    if (generate != null) {
      if (n < 1) {
        throw new UserInputException("--n must be at least 1, got " + n);
      }
      if (!(meanDegree > 0) || meanDegree >= n) {
        throw new UserInputException("--mean-degree must be > 0 and below --n, got " + meanDegree);
      }
      g = GenerateCommand.generate(generate, n, meanDegree, seed, 0.1, 0.8, 0, 0.2, run);
      run.say(String.format(Locale.ROOT, "generated %s: %,d nodes, %,d ties in %.1f s", generate,
          g.nodeCount(), g.edgeCount(), (System.nanoTime() - t0) / 1e9));
    } else {
      g = in.load();
      run.say(String.format(Locale.ROOT, "read %,d nodes and %,d ties from %s in %.1f s",
          g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    }
    DiffusionParams p = (noRedundancy ? DiffusionParams.noRedundancy()
        : DiffusionParams.defaults()).withSeed(seed).withThreads(run.threads)
        .withProgress(run.progress()).withToken(Interrupts.token());
    DiffusionResult r = JobDiffusion.simulate(g, p);
    run.say(String.format(Locale.ROOT, "a job came through %.2f%% of the ties%s",
        100 * r.jobRate(), noRedundancy ? " (no redundancy)" : ""));
    ScoreTable table = Tables.without(r.toTable(), "source", "target");
    Outputs.prepare(out);
    ScoreTableWriter.write(table, g, out);
    run.say(String.format(Locale.ROOT, "wrote %s in %.1f s in all", out,
        (System.nanoTime() - t0) / 1e9));
    return 0;
  }
}
