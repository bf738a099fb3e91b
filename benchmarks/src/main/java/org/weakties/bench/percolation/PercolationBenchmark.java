package org.weakties.bench.percolation;

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
import org.weakties.percolation.Percolation;
import org.weakties.percolation.PercolationParams;

/**
 * Tie-removal percolation on the benchmark network with the default grid of 101 removed fractions:
 * by weight in both directions (weakest first, then strongest first: two sorts and two union-find
 * sweeps), or in a seeded random order (one sweep). Sequential. JGraphT has no counterpart. The
 * 10M-node size needs about 8 GB of heap.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PercolationBenchmark -p n=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class PercolationBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int n;

  /** {@code weight} (both directions) or {@code random}. */
  @Param({"weight", "random"})
  public String order;

  SocialGraph graph;
  boolean byWeight;

  /** Loads the network once per trial. */
  @Setup
  public void setup() {
    byWeight = switch (order) {
      case "weight" -> true;
      case "random" -> false;
      default -> throw new IllegalArgumentException("order must be weight or random, got " + order);
    };
    graph = BenchGraphs.social(n);
  }

  /** The percolation curves. */
  @Benchmark
  public void percolation(Blackhole bh) {
    PercolationParams p = PercolationParams.defaults();
    bh.consume(byWeight ? Percolation.byWeight(graph, p) : Percolation.random(graph, p));
  }
}
