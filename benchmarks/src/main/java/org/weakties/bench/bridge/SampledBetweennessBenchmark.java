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
import org.weakties.bridge.Betweenness;
import org.weakties.bridge.BetweennessParams;
import org.weakties.graph.SocialGraph;

/**
 * Sampled edge and node betweenness ({@link Betweenness} with {@code samples} pivot sources, seed
 * 1, with standard errors) on the benchmark network up to 1,000,000 nodes (10M edges). JGraphT has
 * no sampled betweenness.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SampledBetweennessBenchmark
 * -p n=1000000 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class SampledBetweennessBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000"})
  public int n;

  /** Number of pivot sources. */
  @Param({"256"})
  public int samples;

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  SocialGraph graph;
  BetweennessParams params;

  /** Loads the network once per trial. */
  @Setup
  public void setup() {
    graph = BenchGraphs.social(n);
    params = BetweennessParams.sampled(Math.min(samples, n), 1).withThreads(threads);
  }

  /** Estimated betweenness of every edge and node. */
  @Benchmark
  public void sampled(Blackhole bh) {
    bh.consume(Betweenness.compute(graph, params));
  }
}
