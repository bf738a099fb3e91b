package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.graph.SocialGraph;
import org.weakties.reach.KHopReach;
import org.weakties.reach.KHopReachResult;

/** Runs {@link LargeNetwork} at a small size and checks its numbers against each other and core. */
class LargeNetworkTest {
  private static final int PEOPLE = 1500;
  private static final long SEED = 7;

  @Test
  void smallRunPrintsConsistentNumbersAndProgress() throws Exception {
    Console.Output run = Console.capture(() -> LargeNetwork.main(
        new String[] {Integer.toString(PEOPLE), Long.toString(SEED)}));
    String out = run.out();

    SocialGraph g = SocialNetworkGenerator.generate(PEOPLE, SEED);
    long[] size = numbers(out, "people (\\d+), ties (\\d+)");
    assertEquals(PEOPLE, size[0]);
    assertEquals(g.edgeCount(), size[1]);

    // Ties without a mutual friend (tie measures) are exactly the local bridges (triangle search).
    long unembedded = numbers(out, "ties without a mutual friend (\\d+)")[0];
    long[] bridges = numbers(out, "local bridges (\\d+) \\(bridges (\\d+), over the cap (\\d+)\\)");
    assertEquals(unembedded, bridges[0]);
    assertTrue(unembedded > 0, out);
    long spanned = 0;
    Matcher spans = Pattern.compile(" (\\d+):(\\d+)").matcher(line(out, "local bridges"));
    while (spans.find()) {
      assertTrue(Integer.parseInt(spans.group(1)) >= 3, "a span is at least 3");
      spanned += Long.parseLong(spans.group(2));
    }
    assertEquals(bridges[0], spanned + bridges[1] + bridges[2]);

    long[] split = numbers(out, "strong ties (\\d+), weak ties (\\d+)");
    assertEquals(g.edgeCount(), split[0] + split[1]);
    assertTrue(Math.abs(split[0] - split[1]) <= g.edgeCount() / 10, out);

    // Mean friends of friends agrees with KHopReach, an independent exact count.
    KHopReachResult exact = KHopReach.compute(g);
    long fof = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      fof += exact.fof(u);
    }
    double printedMean = decimals(out, "mean friends of friends ([0-9.]+)")[0];
    assertEquals((double) fof / PEOPLE, printedMean, 0.005);
    double[] shares = decimals(out,
        "weak-only ([0-9.]+)%, strong-only ([0-9.]+)%, mixed ([0-9.]+)%");
    assertEquals(100.0, shares[0] + shares[1] + shares[2], 0.2);

    double[] hb = decimals(out, "mean relative error of \\|B\\(u,2\\)\\| ([0-9.]+)% "
        + "\\(expected sd per node ([0-9.]+)%\\)");
    assertEquals(6.5, hb[1], 0.01);
    assertTrue(hb[0] > 0 && hb[0] < hb[1], "HyperBall error " + hb[0] + "% beyond one sd");

    assertTrue(out.contains("structural holes: "), out);
    assertTrue(run.err().contains("[structural tie measures] done in"), run.err());
    assertTrue(run.err().contains("[ties inside communities] 50%"), run.err());
  }

  private static String line(String out, String start) {
    return out.lines().filter(l -> l.startsWith(start + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in\n" + out));
  }

  private static long[] numbers(String out, String regex) {
    double[] d = decimals(out, regex);
    long[] r = new long[d.length];
    for (int i = 0; i < d.length; i++) {
      r[i] = (long) d[i];
    }
    return r;
  }

  private static double[] decimals(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertTrue(m.find(), "no match for " + regex + " in\n" + out);
    double[] r = new double[m.groupCount()];
    for (int i = 0; i < r.length; i++) {
      r[i] = Double.parseDouble(m.group(i + 1));
    }
    return r;
  }
}
