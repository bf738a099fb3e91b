package org.weakties.bench.bridge;

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
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.graph.SocialGraph;

/**
 * Local bridges with their span on the benchmark network ({@link LocalBridges}: global bridges,
 * triangle test, then a bidirectional breadth-first search per local bridge), with the span capped
 * at 8 or unlimited. JGraphT has no counterpart.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LocalBridgesBenchmark -p n=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class LocalBridgesBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000"})
  public int n;

  /** Largest span searched: a number, or {@code unlimited}. */
  @Param({"8", "unlimited"})
  public String maxSpan;

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  SocialGraph graph;
  LocalBridgesParams params;

  /** Loads the network once per trial. */
  @Setup
  public void setup() {
    int cap = "unlimited".equals(maxSpan) ? LocalBridgesParams.UNLIMITED
        : Integer.parseInt(maxSpan);
    params = LocalBridgesParams.defaults().withMaxSpan(cap).withThreads(threads);
    graph = BenchGraphs.social(n);
  }

  /** Local bridges and spans of every edge. */
  @Benchmark
  public void localBridges(Blackhole bh) {
    bh.consume(LocalBridges.compute(graph, params));
  }
}
