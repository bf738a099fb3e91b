package org.weakties.tie;

import org.weakties.graph.SocialGraph;
import org.weakties.testing.TieTestGraphs;

/**
 * Hand-run timing of the tie kernels on a 100k-node, 1M-edge Holme-Kim graph (not a test). Run after
 * {@code mvn -pl core test-compile} with the test classpath, for example
 * {@code java -cp core/target/classes:core/target/test-classes org.weakties.tie.TieSpeedMain [threads]
 * [structural|dispersion|composite|stc] [repetitions]}.
 */
public final class TieSpeedMain {
  private TieSpeedMain() {}

  /** Runs the timings; arguments: thread count (default 2), kernel, repetitions (default 15). */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    String what = args.length > 1 ? args[1] : "structural";
    long t0 = System.nanoTime();
    SocialGraph g = TieTestGraphs.holmeKim(100_000, 10, 0.5, 1, true);
    System.out.printf("graph n=%d m=%d maxdeg=%d built in %.2f s%n", g.nodeCount(), g.edgeCount(),
        g.maxDegree(), (System.nanoTime() - t0) / 1e9);
    StructuralTieMeasuresParams p = StructuralTieMeasuresParams.defaults().withThreads(threads);
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int rep = 0; rep < reps; rep++) {
      long a = System.nanoTime();
      long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      double sink = 0;
      switch (what) {
        case "structural" -> sink = StructuralTieMeasures.compute(g, p).overlap(7);
        case "dispersion" -> sink = Dispersion.compute(g, DispersionParams.defaults()
            .withThreads(threads)).dispersion(7);
        case "composite" -> sink = CompositeTieStrength.compute(g,
            CompositeTieStrengthParams.defaults().withThreads(threads)).strength(7);
        case "stc" -> sink = StrongTriadicClosure.check(g, TieClassification.byMedian(
            CompositeTieStrength.compute(g).strengths()),
            StrongTriadicClosureParams.defaults().withThreads(threads)).violationCount();
        default -> throw new IllegalArgumentException(what);
      }
      double sec = (System.nanoTime() - a) / 1e9;
      double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
          - cpu0) / 1e9;
      bestCpu = Math.min(bestCpu, cpu);
      best = Math.min(best, sec);
      System.out.printf("%s threads=%d: %.3f s (%s)%n", what, threads, sec, sink);
    }
    // with one thread every block runs in this thread, so its CPU time is the kernel's CPU time
    System.out.printf("best %.3f s wall%s%n", best,
        threads == 1 ? String.format(", best %.3f s CPU of the calling thread", bestCpu) : "");
  }
}
