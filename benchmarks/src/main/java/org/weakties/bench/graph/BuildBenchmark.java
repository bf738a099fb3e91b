package org.weakties.bench.graph;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.weakties.bench.Impl;
import org.weakties.graph.SocialGraph;

/**
 * Building a graph from primitive edge arrays (random edges, seed 1, {@code n = edges / 10} nodes,
 * weights 1..10; repeated pairs are merged): {@link SocialGraph#fromEdgeArrays} (two counting sorts
 * into CSR) against adding the same edges to a JGraphT {@link SimpleWeightedGraph} (JGraphT up to
 * 1,000,000 edges, that is 100,000 nodes). Single-threaded on both sides.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BuildBenchmark -f 1 -wi 2 -i 3}; the
 * 100M-edge size needs about 6 GB of heap ({@code -p edges=100000000 -p impl=weakties}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class BuildBenchmark {

  /** Number of input edges. */
  @Param({"1000000", "10000000", "100000000"})
  public int edges;

  /** {@code weakties} or {@code jgrapht}. */
  @Param({"weakties", "jgrapht"})
  public String impl = Impl.WEAKTIES;

  int n;
  int[] src;
  int[] dst;
  double[] w;
  boolean jgrapht;

  /** Draws the random edge arrays once per trial. */
  @Setup
  public void setup() {
    n = Math.max(2, edges / 10);
    jgrapht = Impl.isJGraphT(impl, n);
    SplittableRandom r = new SplittableRandom(1);
    src = new int[edges];
    dst = new int[edges];
    w = new double[edges];
    for (int i = 0; i < edges; i++) {
      int u = r.nextInt(n);
      int v = r.nextInt(n - 1);
      src[i] = u;
      dst[i] = v >= u ? v + 1 : v;
      w[i] = 1 + r.nextInt(10);
    }
  }

  /** Builds the CSR graph. */
  public SocialGraph buildFromArrays() {
    return SocialGraph.fromEdgeArrays(n, src, dst, w);
  }

  /** Builds the JGraphT graph (a repeated pair keeps its first weight). */
  public SimpleWeightedGraph<Integer, DefaultWeightedEdge> buildJGraphT() {
    SimpleWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Integer[] vertex = new Integer[n];
    for (int u = 0; u < n; u++) {
      vertex[u] = u;
      g.addVertex(vertex[u]);
    }
    for (int i = 0; i < src.length; i++) {
      DefaultWeightedEdge e = g.addEdge(vertex[src[i]], vertex[dst[i]]);
      if (e != null) {
        g.setEdgeWeight(e, w[i]);
      }
    }
    return g;
  }

  /** Builds the graph of the selected implementation; the graph goes to the blackhole. */
  @Benchmark
  public void build(Blackhole bh) {
    bh.consume(jgrapht ? buildJGraphT() : buildFromArrays());
  }
}
