package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.bridge.BetweennessResult;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.holes.StructuralHolesResult;
import org.weakties.io.ScoreTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties holes}: Burt's structural holes and betweenness of every person. */
@Command(name = "holes", mixinStandardHelpOptions = true,
    description = {"Burt's structural holes and betweenness of every person.",
        "For every person: effective size (non-redundant "
        + "contacts), efficiency, constraint (low = spans holes) and hierarchy, weighted by tie "
        + "weight unless --unweighted, plus node betweenness (exact or sampled).",
        "Output columns: node,degree,effective_size,efficiency,constraint,hierarchy,betweenness,"
            + "betweenness_se; one row per person in order of first appearance. betweenness_se is "
            + "empty for exact values; both betweenness columns are empty with --betweenness none."})
final class HolesCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Table to write: .csv, .tsv or .json (optionally .gz).")
  Path out;

  @Option(names = "--unweighted",
      description = "Every tie counts 1 in the structural-hole measures (default: tie weights).")
  boolean unweighted;

  @Mixin
  BetweennessOptions betweenness;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    betweenness.validate();
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %,d nodes and %,d ties from %s in %.1f s",
        g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    StructuralHolesResult h = StructuralHoles.compute(g, StructuralHolesParams.defaults()
        .withWeighted(!unweighted).withThreads(run.threads).withProgress(run.progress())
        .withToken(Interrupts.token()));
    BetweennessResult b = betweenness.compute(g, run);
    ScoreTable bt = nodeBetweennessColumns(b, g.nodeCount());
    Outputs.prepare(out);
    ScoreTableWriter.write(h.toTable().concat(bt), g, out);
    run.say(String.format(Locale.ROOT, "wrote %s in %.1f s in all", out,
        (System.nanoTime() - t0) / 1e9));
    return 0;
  }

  /** betweenness and betweenness_se per node, empty where there is no value. */
  static ScoreTable nodeBetweennessColumns(BetweennessResult b, int n) {
    if (b == null) {
      return Tables.empty(ScoreTable.RowKind.NODES, n, "betweenness", "betweenness_se");
    }
    if (b.isSampled()) {
      return b.nodeTable();
    }
    return ScoreTable.forNodes(n).addDouble("betweenness", b.nodeValues()).build()
        .concat(Tables.empty(ScoreTable.RowKind.NODES, n, "betweenness_se"));
  }
}
