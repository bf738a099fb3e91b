package org.weakties.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.bridge.BetweennessResult;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.io.ScoreTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties bridges}: bridges, local bridges with their span, and edge betweenness. */
@Command(name = "bridges", mixinStandardHelpOptions = true,
    description = {"Bridges, local bridges with their span, and edge betweenness.",
        "Finds the ties that connect otherwise distant parts of the network: global "
        + "bridges (removing the tie disconnects its ends), local bridges (the ends have no mutual "
        + "friend) with their span (distance between the ends without the tie, inf for a global "
        + "bridge), and edge betweenness (exact or sampled with standard errors).",
        "Output columns: source,target,weight,is_bridge,is_local_bridge,span,span_over_cap,"
            + "edge_betweenness,edge_betweenness_se; one row per tie in input order. span is empty "
            + "when the tie is not a local bridge or its span is over --max-span; the _se column is "
            + "empty for exact values; both betweenness columns are empty with --betweenness none."})
final class BridgesCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Table to write: .csv, .tsv or .json (optionally .gz).")
  Path out;

  @Option(names = "--max-span", paramLabel = "K",
      description = "Search spans only up to K (at least 2; 2 skips the span search): local "
          + "bridges whose span exceeds K get span_over_cap=true and an empty span (default: no "
          + "limit).")
  Integer maxSpan;

  @Mixin
  BetweennessOptions betweenness;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    if (maxSpan != null && maxSpan < 2) {
      throw new UserInputException("--max-span must be at least 2 (2 skips the span search), got "
          + maxSpan);
    }
    betweenness.validate();
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %,d nodes and %,d ties from %s in %.1f s",
        g.nodeCount(), g.edgeCount(), in.input, (System.nanoTime() - t0) / 1e9));
    LocalBridgesResult lb = LocalBridges.compute(g, LocalBridgesParams.defaults()
        .withMaxSpan(maxSpan == null ? LocalBridgesParams.UNLIMITED : maxSpan)
        .withThreads(run.threads).withProgress(run.progress()).withToken(Interrupts.token()));
    run.say(String.format(Locale.ROOT, "%,d local bridges, of which %,d global bridges%s",
        lb.localBridgeCount(), lb.bridgeCount(), lb.overCapCount() == 0 ? ""
            : String.format(Locale.ROOT, " and %,d with span over %d", lb.overCapCount(),
                maxSpan)));
    ScoreTable table = Tables.weights(g).concat(lb.toTable());
    BetweennessResult b = betweenness.compute(g, run);
    table = table.concat(betweennessColumns(b, g.edgeCount()));
    Outputs.prepare(out);
    ScoreTableWriter.write(table, g, out);
    run.say(String.format(Locale.ROOT, "wrote %s in %.1f s in all", out,
        (System.nanoTime() - t0) / 1e9));
    return 0;
  }

  /** edge_betweenness and edge_betweenness_se, empty where there is no value. */
  static ScoreTable betweennessColumns(BetweennessResult b, int m) {
    if (b == null) {
      return Tables.empty(ScoreTable.RowKind.EDGES, m, "edge_betweenness", "edge_betweenness_se");
    }
    if (b.isSampled()) {
      return b.toTable();
    }
    return ScoreTable.forEdges(m).addDouble("edge_betweenness", b.edgeValues()).build()
        .concat(Tables.empty(ScoreTable.RowKind.EDGES, m, "edge_betweenness_se"));
  }
}
