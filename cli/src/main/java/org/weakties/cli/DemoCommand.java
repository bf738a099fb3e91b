package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.graph.SocialGraph;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListWriter;
import org.weakties.io.GraphFiles;
import org.weakties.io.NodeAttributeOptions;
import org.weakties.io.NodeAttributeReader;
import org.weakties.io.NodeAttributeWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties demo}: the whole analysis on a generated social network. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Generate a social network (communities, heavy-tailed degrees, weights that follow",
        "overlap, last-contact times, industries), write it as edges.csv/nodes.csv, and run the whole",
        "analysis on it, with the career report of one person: OUT/index.html."})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--size", paramLabel = "N", defaultValue = "20000",
      description = "Number of people (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the network and of every random step (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "weakties-demo",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--ego", paramLabel = "NAME",
      description = "Person for the career report (default: a well-connected person with dormant"
          + " ties, chosen deterministically).")
  String ego;

  @Mixin
  AnalysisOptions analysis;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    if (size < 100) {
      throw new UserInputException("--size must be at least 100 people, got " + size);
    }
    analysis.check();
    long t0 = System.nanoTime();
    SocialGraph gen = SocialNetworkGenerator.generate(SocialNetworkParams.defaults()
        .withNodes(size).withSeed(seed).withThreads(run.threads), run.progress(),
        Interrupts.token());
    Path edges = Outputs.prepare(out.resolve("edges.csv"));
    Path nodes = out.resolve("nodes.csv");
    EdgeListWriter.write(gen, edges, EdgeListOptions.defaults());
    NodeAttributeWriter.write(gen, nodes, NodeAttributeOptions.defaults());
    run.say(String.format(Locale.ROOT, "generated %,d people and %,d ties (seed %d) in %.1f s;"
        + " wrote %s and %s", gen.nodeCount(), gen.edgeCount(), seed,
        (System.nanoTime() - t0) / 1e9, edges, nodes));
    // Analyse the files as a user would: labels are the strings in edges.csv.
    SocialGraph g = NodeAttributeReader.attach(GraphFiles.read(edges, EdgeListOptions.defaults()),
        nodes, NodeAttributeOptions.defaults());
    InfoCommand.print(g, System.out);
    String person = ego != null ? ego : EgoChoice.pick(g);
    if (g.index().find(person) < 0) {
      throw new UserInputException("--ego: there is no person '" + person + "' in the demo network");
    }
    Path index = AnalyzeCommand.runAnalysis(g, "generated social network (n = " + size + ", seed "
        + seed + ")", person, null, seed, out, analysis, run);
    System.out.printf(Locale.ROOT, "%nReport: %s (%.1f s in all)%n", index,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
