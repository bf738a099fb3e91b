package org.weakties.cli;

import java.util.Locale;
import org.weakties.bridge.BetweennessParams;
import picocli.CommandLine.Option;

/** Options of the whole analysis shared by {@code analyze} and {@code demo}. */
public final class AnalysisOptions {

  @Option(names = "--max-span", paramLabel = "K", defaultValue = "8",
      description = "Cap on the span search of local bridges (default: ${DEFAULT-VALUE}).")
  int maxSpan;

  @Option(names = "--betweenness", paramLabel = "MODE", defaultValue = "auto",
      description = "auto|exact|sampled|none (default: ${DEFAULT-VALUE}: exact when n*m <= 1e9, "
          + "otherwise sampled with --samples pivots, and the report says so).")
  String betweenness;

  @Option(names = "--samples", paramLabel = "K", defaultValue = "256",
      description = "Pivot sources for sampled betweenness (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--weighted-betweenness",
      description = "Shortest paths with length 1/weight instead of hop count.")
  boolean weightedBetweenness;

  BetweennessParams.Method method() {
    return switch (betweenness.toLowerCase(Locale.ROOT)) {
      case "auto" -> BetweennessParams.Method.AUTO;
      case "exact" -> BetweennessParams.Method.EXACT;
      case "sampled" -> BetweennessParams.Method.SAMPLED;
      case "none" -> null;
      default -> throw new UserInputException("--betweenness must be auto, exact, sampled or none,"
          + " got '" + betweenness + "'");
    };
  }

  void check() {
    if (maxSpan < 3) {
      throw new UserInputException("--max-span must be at least 3 (a local bridge has span >= 3),"
          + " got " + maxSpan);
    }
    if (samples < 1) {
      throw new UserInputException("--samples must be at least 1, got " + samples);
    }
  }
}
