package org.weakties.examples;

import java.util.Locale;
import java.util.function.Supplier;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.PrintingProgress;
import org.weakties.exec.ProgressListener;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.holes.StructuralHolesResult;
import org.weakties.reach.HyperBall;
import org.weakties.reach.HyperBallParams;
import org.weakties.reach.HyperBallResult;
import org.weakties.reach.ReachByTieClass;
import org.weakties.reach.ReachByTieClassParams;
import org.weakties.reach.ReachByTieClassResult;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthParams;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.Recency;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import org.weakties.tie.StructuralTieMeasuresResult;
import org.weakties.tie.TieClassification;

/**
 * The structural measures on a large generated social network, with progress on stderr and the
 * time of every step on stdout.
 *
 * <p>Generates the library's benchmark social network ({@link SocialNetworkGenerator}, default
 * parameters) of the size given as first argument (default 100,000 people, about a million ties;
 * the second argument is the seed, default 42), then computes the structural tie measures, the
 * composite tie strength with the median strong/weak split, local bridges (span searched up to 8
 * hops, as the command-line tool does), Burt's structural holes, exact friends-of-friends reach split
 * by tie class, and the HyperBall estimate of the same reach with its measured error. Every
 * algorithm uses all processors; the results do not depend on the thread count.
 *
 * <p>Run from the repository root after {@code mvn -q -pl examples -am package -DskipTests}:
 * {@code java -Xmx4g -cp "examples/target/classes:examples/target/notebook-libs/*"
 * org.weakties.examples.LargeNetwork 100000}. Heap: the graph takes about 40 bytes per tie, every
 * per-tie result a few dozen more and HyperBall 512 bytes per person; 2 GB are enough for 100,000
 * people, 4 GB leave room.
 */
public final class LargeNetwork {
  private LargeNetwork() {}

  /** Local bridges whose span exceeds this are flagged as over the cap rather than searched. */
  static final int MAX_SPAN = 8;

  /**
   * Runs the analysis.
   *
   * @param args optional number of people (default 100000) and seed (default 42)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    ProgressListener progress = PrintingProgress.toStderr();
    CancellationToken token = CancellationToken.NONE;

    SocialGraph g = timed("generate", () -> SocialNetworkGenerator.generate(
        SocialNetworkParams.defaults().withNodes(n).withSeed(seed), progress, token));
    print("people %d, ties %d, mean degree %.2f", g.nodeCount(), g.edgeCount(),
        2.0 * g.edgeCount() / Math.max(1, g.nodeCount()));

    StructuralTieMeasuresResult s = timed("tie measures", () -> StructuralTieMeasures.compute(g,
        StructuralTieMeasuresParams.defaults().withProgress(progress)));
    double overlapSum = 0;
    int unembedded = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      overlapSum += s.overlap(e);
      unembedded += s.embeddedness(e) == 0 ? 1 : 0;
    }
    print("mean overlap %.4f, ties without a mutual friend %d", overlapSum / g.edgeCount(),
        unembedded);

    CompositeTieStrengthResult strength = timed("tie strength", () -> CompositeTieStrength.compute(
        g, s, Recency.compute(g), CompositeTieStrengthParams.defaults()));
    TieClassification classes = TieClassification.byMedian(strength.strengths());
    print("strong ties %d, weak ties %d (median rule on %s)", classes.strongCount(),
        classes.weakCount(), strength.componentNames());

    LocalBridgesResult lb = timed("local bridges", () -> LocalBridges.compute(g,
        LocalBridgesParams.defaults().withMaxSpan(MAX_SPAN).withProgress(progress)));
    StringBuilder spans = new StringBuilder();
    long[] dist = lb.spanDistribution();
    for (int span = 3; span < dist.length; span++) {
      spans.append(' ').append(span).append(':').append(dist[span]);
    }
    print("local bridges %d (bridges %d, over the cap %d), spans%s", lb.localBridgeCount(),
        lb.bridgeCount(), lb.overCapCount(), spans);

    StructuralHolesResult holes = timed("structural holes", () -> StructuralHoles.compute(g,
        StructuralHolesParams.defaults().withProgress(progress)));
    print("mean effective size %.3f, mean constraint %.4f", mean(holes.effectiveSizes()),
        mean(holes.constraints()));

    ReachByTieClassResult reach = timed("2-hop reach", () -> ReachByTieClass.compute(g, classes,
        ReachByTieClassParams.defaults().withProgress(progress)));
    long fof = reach.totalWeakOnly() + reach.totalStrongOnly() + reach.totalMixed();
    print("mean friends of friends %.2f, weak-only %.1f%%, strong-only %.1f%%, mixed %.1f%%",
        (double) fof / Math.max(1, g.nodeCount()), percent(reach.totalWeakOnly(), fof),
        percent(reach.totalStrongOnly(), fof), percent(reach.totalMixed(), fof));

    HyperBallResult hb = timed("HyperBall", () -> HyperBall.compute(g,
        HyperBallParams.defaults().withProgress(progress)));
    double errorSum = 0;
    int counted = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      double exact = reach.reach2(u) + 1;  // |B(u, 2)|, the node itself included
      errorSum += Math.abs(hb.ballSize(u, 2) - exact) / exact;
      counted++;
    }
    print("HyperBall log2m %d: mean relative error of |B(u,2)| %.2f%% (expected sd per node %.2f%%)",
        hb.log2m(), 100 * errorSum / Math.max(1, counted), 100 * hb.relativeStandardDeviation());
  }

  private static <T> T timed(String step, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    print("%s: %.2f s", step, (System.nanoTime() - t0) / 1e9);
    return result;
  }

  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }

  private static double mean(double[] values) {
    double sum = 0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {  // isolated people have NaN structural-hole measures
        sum += v;
        count++;
      }
    }
    return sum / Math.max(1, count);
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
