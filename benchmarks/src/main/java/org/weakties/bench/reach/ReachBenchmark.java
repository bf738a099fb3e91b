package org.weakties.bench.reach;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.weakties.bench.BenchGraphs;
import org.weakties.graph.SocialGraph;
import org.weakties.reach.HyperBall;
import org.weakties.reach.HyperBallParams;
import org.weakties.reach.KHopReach;
import org.weakties.reach.KHopReachParams;

/**
 * Two-hop reach of every node on the benchmark network: exact ({@link KHopReach}, bitset marking,
 * {@code O(Σ k_v^2)}) and approximate ({@link HyperBall} with the default 256 registers per node,
 * 6.5% relative standard deviation, two iterations). JGraphT has no counterpart (its breadth-first
 * iterator has no depth limit). The 1M-node HyperBall needs 1 GB for its registers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReachBenchmark -p n=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class ReachBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000"})
  public int n;

  /** {@code exact} (KHopReach) or {@code hyperball}. */
  @Param({"exact", "hyperball"})
  public String method;

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  SocialGraph graph;
  boolean exact;

  /** Loads the network once per trial. */
  @Setup
  public void setup() {
    exact = switch (method) {
      case "exact" -> true;
      case "hyperball" -> false;
      default -> throw new IllegalArgumentException("method must be exact or hyperball, got "
          + method);
    };
    graph = BenchGraphs.social(n);
  }

  /** Reach within two hops of every node. */
  @Benchmark
  public void reach2(Blackhole bh) {
    if (exact) {
      bh.consume(KHopReach.compute(graph, KHopReachParams.defaults().withThreads(threads)));
    } else {
      bh.consume(HyperBall.compute(graph, HyperBallParams.defaults().withThreads(threads)));
    }
  }
}
