package org.weakties.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.graph.ConnectedComponents;
import org.weakties.graph.SocialGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code weakties info}: a summary of a network. */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Summarise a network: nodes, edges, components, degree and weight statistics, "
        + "attributes.")
final class InfoCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %s in %.1f s", in.input,
        (System.nanoTime() - t0) / 1e9));
    print(g, System.out);
    return 0;
  }

  /** Prints the summary of {@code g}. */
  static void print(SocialGraph g, PrintStream out) {
    int n = g.nodeCount();
    int m = g.edgeCount();
    ConnectedComponents cc = ConnectedComponents.compute(g);
    int[] deg = new int[n];
    for (int u = 0; u < n; u++) {
      deg[u] = g.degree(u);
    }
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      w[e] = g.weight(e);
    }
    out.printf(Locale.ROOT, "nodes               %,d%n", n);
    out.printf(Locale.ROOT, "edges               %,d%n", m);
    out.printf(Locale.ROOT, "components          %,d (largest %,d nodes = %.1f%%, isolated %,d)%n",
        cc.count(), cc.largestSize(), n == 0 ? 0.0 : 100.0 * cc.largestSize() / n,
        cc.isolatedCount());
    out.printf(Locale.ROOT, "density             %.3g%n",
        n < 2 ? 0.0 : 2.0 * m / ((double) n * (n - 1)));
    out.println("degree              " + summary(Arrays.stream(deg).asDoubleStream().toArray()));
    out.println("weight              " + summary(w));
    if (g.hasInteractions()) {
      double[] c = new double[m];
      int known = 0;
      for (int e = 0; e < m; e++) {
        double x = g.interactions(e);
        if (!Double.isNaN(x)) {
          c[known++] = x;
        }
      }
      out.println("interactions        " + summary(Arrays.copyOf(c, known)));
    }
    if (g.hasLastContact()) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      int known = 0;
      for (int e = 0; e < m; e++) {
        long t = g.lastContact(e);
        if (t != SocialGraph.NO_TIME) {
          known++;
          min = Math.min(min, t);
          max = Math.max(max, t);
        }
      }
      out.println("last contact        " + (known == 0 ? "none known"
          : known + " edges, " + java.time.Instant.ofEpochSecond(min) + " .. "
              + java.time.Instant.ofEpochSecond(max)));
    }
    out.println("node attributes     " + (g.nodeAttributes().keys().isEmpty() ? "none"
        : String.join(", ", g.nodeAttributes().keys())));
    out.printf(Locale.ROOT, "memory (CSR arrays) %,d bytes (%.1f bytes per edge)%n",
        g.coreMemoryBytes(), m == 0 ? 0.0 : (double) g.coreMemoryBytes() / m);
  }

  static String summary(double[] x) {
    if (x.length == 0) {
      return "none";
    }
    double[] s = x.clone();
    Arrays.sort(s);
    double sum = 0;
    for (double v : s) {
      sum += v;
    }
    double med = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    return String.format(Locale.ROOT, "min %s  median %s  mean %.4g  max %s", fmt(s[0]), fmt(med),
        sum / s.length, fmt(s[s.length - 1]));
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
