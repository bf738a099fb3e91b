package org.weakties.bench.bridge;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
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
import org.weakties.bench.Impl;
import org.weakties.bench.JGraphTGraphs;
import org.weakties.bridge.Bridges;
import org.weakties.graph.SocialGraph;

/**
 * Global bridges (and articulation points) of the benchmark network: weakties' {@link Bridges}
 * (Tarjan's low-points on an explicit stack) against JGraphT's {@link BiconnectivityInspector}
 * {@code getBridges()}. JGraphT's depth-first search is recursive, so it runs in a thread with a
 * 2 GiB stack ({@link JGraphTGraphs#withLargeStack}); should it still overflow, the {@link
 * StackOverflowError} propagates and JMH records the benchmark as failed with it. Both are
 * sequential. JGraphT runs up to 100,000 nodes; the 10M-node size needs about 6 GB of heap.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BridgesBenchmark
 * -p n=100000,1000000 -p impl=weakties} (and {@code -p impl=jgrapht -p n=10000,100000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class BridgesBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int n;

  /** {@code weakties} or {@code jgrapht}. */
  @Param({"weakties", "jgrapht"})
  public String impl;

  SocialGraph graph;
  Graph<Integer, DefaultWeightedEdge> jg;

  /** Loads the network (and its JGraphT copy) once per trial. */
  @Setup
  public void setup() {
    boolean jgrapht = Impl.isJGraphT(impl, n);
    graph = BenchGraphs.social(n);
    jg = jgrapht ? JGraphTGraphs.copyOf(graph) : null;
  }

  /** All bridges; returns their number to the blackhole. */
  @Benchmark
  public void bridges(Blackhole bh) {
    if (jg == null) {
      bh.consume(Bridges.compute(graph).bridgeCount());
      return;
    }
    Set<DefaultWeightedEdge> b = JGraphTGraphs.withLargeStack("jgrapht-bridges",
        () -> new BiconnectivityInspector<>(jg).getBridges());
    bh.consume(b.size());
  }
}
