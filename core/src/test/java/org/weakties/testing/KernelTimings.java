package org.weakties.testing;

import java.util.Locale;
import java.util.function.Supplier;
import org.weakties.bridge.Betweenness;
import org.weakties.bridge.BetweennessParams;
import org.weakties.bridge.Bridges;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.percolation.Direction;
import org.weakties.percolation.Percolation;
import org.weakties.percolation.PercolationParams;

/**
 * Hand-run kernel timings for the bridge, holes and percolation packages (not a test: run it by hand).
 *
 * <p>Usage, from the repository root after {@code mvn -pl core test-compile}:
 * {@code java -cp core/target/classes:core/target/test-classes:<dependencies>
 * org.weakties.testing.KernelTimings [threads] [what...]}. Graphs: the planted-partition graph of
 * {@link CommunityGraphs} with 100k nodes / about 1M edges (communities of 50, inside degree 16,
 * outside degree 4) and 10k nodes / about 50k edges for exact betweenness, and Holme-Kim graphs
 * (100k nodes, 10 ties per new node, triad probability 0.8; 10k nodes, 5 ties) as scale-free graphs
 * with clustering. Each kernel runs 5 times after 2 warm-up runs; the best and median wall times and
 * the best process CPU time (all threads, JVM included) are printed; on a shared machine the CPU time
 * is the steadier figure. Arguments: thread count (default 2), then any of bridges, local, holes, percolation,
 * betweenness, holmekim (default all).
 */
public final class KernelTimings {
  private KernelTimings() {}

  /** Runs the timings. */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    String what = args.length > 1 ? String.join(",", java.util.Arrays.copyOfRange(args, 1,
        args.length)) : "bridges,local,holes,percolation,betweenness,holmekim";
    SocialGraph big = CommunityGraphs.plantedPartition(100_000, 50, 16, 4, 1);
    System.out.println("graph " + big + ", threads " + threads);
    if (what.contains("bridges")) {
      time("bridges", () -> Bridges.compute(big).bridgeCount());
    }
    if (what.contains("local")) {
      LocalBridgesParams p = LocalBridgesParams.defaults().withThreads(threads);
      LocalBridgesResult r = LocalBridges.compute(big, p);
      System.out.println("  local bridges " + r.localBridgeCount() + ", global " + r.bridgeCount()
          + ", spans " + java.util.Arrays.toString(r.spanDistribution()));
      time("local bridges + span", () -> LocalBridges.compute(big, p).localBridgeCount());
    }
    if (what.contains("betweenness")) {
      SocialGraph small = CommunityGraphs.plantedPartition(10_000, 50, 8, 2, 1);
      System.out.println("graph " + small);
      BetweennessParams exact = BetweennessParams.exact().withThreads(threads);
      time("exact edge betweenness 10k", () -> Betweenness.compute(small, exact).edge(0));
      time("sampled betweenness 100k/1M, k=256",
          () -> Betweenness.compute(big, BetweennessParams.sampled(256, 1).withThreads(threads))
              .edge(0));
    }
    extra(big, threads, what);
  }

  static void extra(SocialGraph big, int threads, String what) {
    if (what.contains("holes")) {
      StructuralHolesParams p = StructuralHolesParams.defaults().withThreads(threads);
      time("structural holes, weighted", () -> StructuralHoles.compute(big, p).constraint(0));
      time("structural holes, unweighted",
          () -> StructuralHoles.compute(big, p.withWeighted(false)).constraint(0));
    }
    if (what.contains("percolation")) {
      PercolationParams p = PercolationParams.defaults();
      time("percolation by weight, both directions",
          () -> Percolation.byWeight(big, p).curve(Direction.ASCENDING).criticalFraction());
    }
    if (what.contains("holmekim")) {
      SocialGraph hk = CommunityGraphs.holmeKim(100_000, 10, 0.8, 1);
      System.out.println("graph Holme-Kim " + hk);
      LocalBridgesResult r = LocalBridges.compute(hk);
      System.out.println("  local bridges " + r.localBridgeCount() + ", global " + r.bridgeCount()
          + ", spans " + java.util.Arrays.toString(r.spanDistribution()));
      time("bridges (Holme-Kim)", () -> Bridges.compute(hk).bridgeCount());
      time("local bridges + span (Holme-Kim)", () -> LocalBridges.compute(hk,
          LocalBridgesParams.defaults().withThreads(threads)).localBridgeCount());
      time("structural holes weighted (Holme-Kim)", () -> StructuralHoles.compute(hk,
          StructuralHolesParams.defaults().withThreads(threads)).constraint(0));
      SocialGraph hk10 = CommunityGraphs.holmeKim(10_000, 5, 0.8, 1);
      System.out.println("graph Holme-Kim " + hk10);
      time("exact edge betweenness (Holme-Kim 10k)", () -> Betweenness.compute(hk10,
          BetweennessParams.exact().withThreads(threads)).edge(0));
    }
  }

  static <T> void time(String name, Supplier<T> task) {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < 2; i++) {
      task.get();
    }
    long[] t = new long[5];
    long[] cpu = new long[5];
    Object sink = null;
    for (int i = 0; i < t.length; i++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      sink = task.get();
      t[i] = System.nanoTime() - t0;
      cpu[i] = os.getProcessCpuTime() - c0;
    }
    java.util.Arrays.sort(t);
    java.util.Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "%-40s wall best %7.3f s median %7.3f s; cpu best %7.3f s (%s)%n",
        name, t[0] / 1e9, t[2] / 1e9, cpu[0] / 1e9, sink);
  }
}
