package org.weakties.cli;

import java.util.Locale;
import org.weakties.bridge.Betweenness;
import org.weakties.bridge.BetweennessParams;
import org.weakties.bridge.BetweennessParams.Method;
import org.weakties.bridge.BetweennessResult;
import org.weakties.bridge.EdgeLength;
import org.weakties.graph.SocialGraph;
import picocli.CommandLine.Option;

/**
 * How betweenness is computed by {@code bridges} and {@code holes}: exact Brandes, sampled pivots with
 * standard errors, automatic (exact up to n m = 5e9), or not at all.
 */
final class BetweennessOptions {

  @Option(names = "--betweenness", paramLabel = "METHOD", defaultValue = "auto",
      description = "auto|exact|sampled|none (default: ${DEFAULT-VALUE}: exact when nodes x edges "
          + "<= 5e9, otherwise sampled, and the tool says so).")
  String method;

  @Option(names = "--samples", paramLabel = "K", defaultValue = "256",
      description = "Pivot sources of sampled betweenness (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the pivot draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--weighted-betweenness",
      description = "Shortest paths with length 1/weight (strong ties are short) instead of hops.")
  boolean weighted;

  /** The method asked for, or null for {@code none}. */
  Method method() {
    return switch (method.toLowerCase(Locale.ROOT)) {
      case "auto" -> Method.AUTO;
      case "exact" -> Method.EXACT;
      case "sampled" -> Method.SAMPLED;
      case "none" -> null;
      default -> throw new UserInputException("--betweenness must be auto, exact, sampled or none, "
          + "got '" + method + "'");
    };
  }

  /** Checks the option values (before any work is done). */
  void validate() {
    method();
    if (samples < 1) {
      throw new UserInputException("--samples must be at least 1, got " + samples);
    }
  }

  /**
   * Computes betweenness as asked, or returns null for {@code none}. When {@code auto} falls back to
   * sampling, a note says so on stderr (also with {@code --quiet}: the numbers are estimates).
   */
  BetweennessResult compute(SocialGraph g, RunOptions run) {
    Method m = method();
    if (m == null) {
      return null;
    }
    BetweennessParams p = BetweennessParams.defaults().withMethod(m).withSamples(samples)
        .withSeed(seed).withLength(weighted ? EdgeLength.INVERSE_WEIGHT : EdgeLength.HOPS)
        .withThreads(run.threads).withProgress(run.progress()).withToken(Interrupts.token());
    if (m == Method.AUTO && Betweenness.chooseMethod(g, p) == Method.SAMPLED) {
      System.err.printf(Locale.ROOT, "[weakties] note: nodes x edges = %,.0f > %,.0f, so "
          + "betweenness is estimated from %,d sampled sources (seed %d) with standard errors; use "
          + "--betweenness exact for exact values%n", (double) g.nodeCount() * g.edgeCount(),
          p.autoWorkLimit(), Math.min(samples, g.nodeCount()), seed);
    }
    return Betweenness.compute(g, p);
  }
}
