package org.weakties.reach;

import org.weakties.graph.SocialGraph;
import org.weakties.testing.TieTestGraphs;

/**
 * Hand-run timing of the reach kernels on a 100k-node, 1M-edge Holme-Kim graph (not a test):
 * {@code java -cp core/target/classes:core/target/test-classes org.weakties.reach.ReachSpeedMain
 * [threads] [twohop|bytieclass|hyperball]}.
 */
public final class ReachSpeedMain {
  private ReachSpeedMain() {}

  /** Runs the timings; arguments: thread count (default 2) and kernel (default twohop). */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    String what = args.length > 1 ? args[1] : "twohop";
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    SocialGraph g = TieTestGraphs.holmeKim(100_000, 10, 0.5, 1, true);
    long sumSq = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      sumSq += (long) g.degree(u) * g.degree(u);
    }
    System.out.printf("graph n=%d m=%d maxdeg=%d sum k^2=%d%n", g.nodeCount(), g.edgeCount(),
        g.maxDegree(), sumSq);
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int rep = 0; rep < reps; rep++) {
      long a = System.nanoTime();
      long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      double sink = switch (what) {
        case "twohop" -> KHopReach.compute(g, KHopReachParams.defaults().withThreads(threads))
            .fof(7);
        case "threehop" -> KHopReach.compute(g, KHopReachParams.defaults().withThreads(threads)
            .withMaxDistance(3)).reach(7, 3);
        case "bytieclass" -> ReachByTieClass.compute(g,
            org.weakties.tie.TieClassification.byMedian(weights(g)),
            ReachByTieClassParams.defaults().withThreads(threads)).weakOnlyFof(7);
        case "hyperball" -> HyperBall.compute(g, HyperBallParams.defaults().withThreads(threads))
            .neighborhoodFunction(2);

        default -> throw new IllegalArgumentException(what);
      };
      double s = (System.nanoTime() - a) / 1e9;
      double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
          - cpu0) / 1e9;
      bestCpu = Math.min(bestCpu, cpu);
      best = Math.min(best, s);
      System.out.printf("%s threads=%d: %.3f s (%s)%n", what, threads, s, sink);
    }
    // with one thread every block runs in this thread, so its CPU time is the kernel's CPU time
    System.out.printf("best %.3f s wall%s%n", best,
        threads == 1 ? String.format(", best %.3f s CPU of the calling thread", bestCpu) : "");
  }

  private static double[] weights(SocialGraph g) {
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    return w;
  }
}
