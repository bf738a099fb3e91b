package org.weakties.ego;

import java.util.SplittableRandom;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.graph.SocialGraph;

/**
 * Hand-run timing of the career report on the library's benchmark social network (not a test):
 * {@code java -Xmx8g -cp core/target/classes:core/target/test-classes org.weakties.ego.EgoSpeedMain
 * [nodes] [meanDegree] [threads] [strengthSample] [egos]}. Defaults: 1,000,000 nodes, mean degree
 * 20 (about 10M edges), 2 threads, the default strength sample, 8 egos (the largest degree and random
 * nodes). Prints the wall time of every report after the graph is built and, with one thread (all
 * work then runs in the calling thread), its CPU time, which is what the report costs on an idle
 * machine; the first report includes the JIT warm-up. A strength sample at least the edge count
 * forces the exact whole-graph tie strength.
 */
public final class EgoSpeedMain {
  private EgoSpeedMain() {}

  /** Runs the timings. */
  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    double k = args.length > 1 ? Double.parseDouble(args[1]) : 20;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int sample = args.length > 3 ? Integer.parseInt(args[3])
        : CareerReportParams.DEFAULT_STRENGTH_SAMPLE;
    int egos = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    long t0 = System.nanoTime();
    SocialGraph g = SocialNetworkGenerator.generate(SocialNetworkParams.defaults().withNodes(nodes)
        .withMeanDegree(k).withSeed(1).withThreads(threads));
    System.out.printf("graph n=%,d m=%,d maxdeg=%d built in %.1f s%n", g.nodeCount(),
        g.edgeCount(), g.maxDegree(), (System.nanoTime() - t0) / 1e9);
    CareerReportParams p = CareerReportParams.defaults().withThreads(threads)
        .withStrengthSample(sample);
    int max = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      if (g.degree(u) > g.degree(max)) {
        max = u;
      }
    }
    SplittableRandom rnd = new SplittableRandom(3);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double worstWarm = 0;
    double worstCpu = 0;
    for (int i = 0; i < egos; i++) {
      int ego = i == 1 ? max : rnd.nextInt(g.nodeCount());
      long a = System.nanoTime();
      long c = mx.getCurrentThreadCpuTime();
      CareerReportResult r = CareerReport.compute(g, ego, p);
      double s = (System.nanoTime() - a) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c) / 1e9;
      long b = System.nanoTime();
      int chars = r.toJson().length() + r.toMarkdown().length();
      double out = (System.nanoTime() - b) / 1e9;
      if (i > 0) {
        worstWarm = Math.max(worstWarm, s);
        worstCpu = Math.max(worstCpu, cpu);
      }
      System.out.printf("ego %s: degree %d, friends of friends %,d, local bridges %d, %s strength"
          + " (%,d edges): report %.3f s (CPU %.3f s), JSON+Markdown %.3f s (%,d chars)%n", r.ego(),
          r.summary().degree(), r.summary().friendsOfFriends(), r.summary().localBridges(),
          r.summary().strengthExact() ? "exact" : "sampled", r.summary().strengthPopulation(), s,
          cpu, out, chars);
    }
    System.out.printf("slowest report after the first: %.3f s wall%s%n", worstWarm,
        threads == 1 ? String.format(", %.3f s CPU", worstCpu) : "");
  }
}
