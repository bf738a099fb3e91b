package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.generate.BarabasiAlbert;
import org.weakties.generate.ErdosRenyi;
import org.weakties.generate.HolmeKim;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.generate.StochasticBlockModel;
import org.weakties.generate.WattsStrogatz;
import org.weakties.graph.SocialGraph;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListWriter;
import org.weakties.io.NodeAttributeOptions;
import org.weakties.io.NodeAttributeWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code weakties generate MODEL}: writes a seeded random network as an edge list. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a seeded random network and write it as an edge list.",
        "Models: er (Erdos-Renyi G(n,m)), ws (Watts-Strogatz), ba (Barabasi-Albert), "
            + "holme-kim (power law with clustering), sbm (stochastic block model), social (the "
            + "benchmark social network: communities, heavy-tailed degrees, weights that follow "
            + "overlap, interactions, last contact, industry and digital attributes)."})
final class GenerateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL", description = "er|ws|ba|holme-kim|sbm|social")
  String model;

  @Option(names = "--n", paramLabel = "N", defaultValue = "10000",
      description = "Number of nodes (default: ${DEFAULT-VALUE}).")
  int n;

  @Option(names = "--mean-degree", paramLabel = "K", defaultValue = "20",
      description = "Mean degree (default: ${DEFAULT-VALUE}).")
  double meanDegree;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed; the same seed gives the same network (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rewiring", paramLabel = "P", defaultValue = "0.1",
      description = "Watts-Strogatz rewiring probability (default: ${DEFAULT-VALUE}).")
  double rewiring;

  @Option(names = "--triad-probability", paramLabel = "P", defaultValue = "0.8",
      description = "Holme-Kim triad-formation probability (default: ${DEFAULT-VALUE}).")
  double triad;

  @Option(names = "--blocks", paramLabel = "B", defaultValue = "0",
      description = "Stochastic block model: number of equal blocks (default: n/100, at least 1).")
  int blocks;

  @Option(names = "--mixing", paramLabel = "MU", defaultValue = "0.2",
      description = "Stochastic block model: share of each node's ties that leave its block "
          + "(default: ${DEFAULT-VALUE}).")
  double mixing;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Edge list to write (CSV: source,target,weight[,interactions,last_contact]).")
  Path out;

  @Option(names = "--nodes-out", paramLabel = "FILE",
      description = "Node attributes to write (node,key1,...), when the model has any.")
  Path nodesOut;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    if (n < 1) {
      throw new UserInputException("--n must be at least 1, got " + n);
    }
    if (!(meanDegree > 0) || meanDegree >= n) {
      throw new UserInputException("--mean-degree must be > 0 and below --n, got " + meanDegree);
    }
    long t0 = System.nanoTime();
    SocialGraph g = generate(model, n, meanDegree, seed, rewiring, triad, blocks, mixing, run);
    run.say(String.format(Locale.ROOT, "generated %s: %,d nodes, %,d edges in %.1f s", model,
        g.nodeCount(), g.edgeCount(), (System.nanoTime() - t0) / 1e9));
    Outputs.prepare(out);
    EdgeListWriter.write(g, out, EdgeListOptions.defaults());
    if (nodesOut != null) {
      Outputs.prepare(nodesOut);
      NodeAttributeWriter.write(g, nodesOut, NodeAttributeOptions.defaults());
    }
    run.say("wrote " + out + (nodesOut == null ? "" : " and " + nodesOut));
    return 0;
  }

  static SocialGraph generate(String model, int n, double k, long seed, double rewiring,
      double triad, int blocks, double mixing, RunOptions run) {
    int half = (int) Math.max(1, Math.round(k / 2));
    return switch (model.toLowerCase(Locale.ROOT)) {
      case "er" -> ErdosRenyi.generate(n, (int) Math.min(Integer.MAX_VALUE / 2,
          Math.round(n * k / 2)), seed);
      case "ws" -> WattsStrogatz.generate(n, 2 * half, rewiring, seed);
      case "ba" -> BarabasiAlbert.generate(n, half, seed);
      case "holme-kim", "hk" -> HolmeKim.generate(n, half, triad, seed);
      case "sbm" -> {
        int b = blocks > 0 ? blocks : Math.max(1, n / 100);
        if (b > n) {
          throw new UserInputException("--blocks must be at most --n, got " + b);
        }
        int[] sizes = new int[b];
        for (int i = 0; i < b; i++) {
          sizes[i] = (int) ((long) n * (i + 1) / b - (long) n * i / b);
        }
        double s = (double) n / b;
        double pIn = s > 1 ? Math.min(1, (1 - mixing) * k / (s - 1)) : 0;
        double pOut = n - s > 0 ? Math.min(1, mixing * k / (n - s)) : 0;
        yield StochasticBlockModel.generate(sizes, pIn, pOut, seed);
      }
      case "social" -> SocialNetworkGenerator.generate(SocialNetworkParams.defaults().withNodes(n)
          .withMeanDegree(k).withSeed(seed).withThreads(run.threads), run.progress(),
          Interrupts.token());
      default -> throw new UserInputException("unknown model '" + model
          + "'; choose er, ws, ba, holme-kim, sbm or social");
    };
  }
}
