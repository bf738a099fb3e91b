package org.weakties.bench.holes;

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
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;

/**
 * Burt's structural holes of every node on the benchmark network ({@link StructuralHoles}:
 * effective size, efficiency, constraint and hierarchy in one pass over the paths of length two),
 * weighted (the peer comparison's task, igraph {@code constraint(weights=...)}) and unweighted.
 * JGraphT has no counterpart.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StructuralHolesBenchmark -p n=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class StructuralHolesBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000"})
  public int n;

  /** Whether tie weights enter the proportions. */
  @Param({"true", "false"})
  public boolean weighted;

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  SocialGraph graph;
  StructuralHolesParams params;

  /** Loads the network once per trial. */
  @Setup
  public void setup() {
    graph = BenchGraphs.social(n);
    params = StructuralHolesParams.defaults().withWeighted(weighted).withThreads(threads);
  }

  /** All structural-hole measures of every node. */
  @Benchmark
  public void constraint(Blackhole bh) {
    bh.consume(StructuralHoles.compute(graph, params));
  }
}
