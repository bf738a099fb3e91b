package org.weakties.bench.bridge;

import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.EdgeBetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
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
import org.weakties.bridge.Betweenness;
import org.weakties.bridge.BetweennessParams;
import org.weakties.graph.SocialGraph;

/**
 * Exact edge betweenness (hop counts) on the betweenness network: 10,000 nodes with mean degree 10,
 * about 50,000 edges. weakties' {@link Betweenness} (Brandes, parallel over sources) against
 * JGraphT's {@link EdgeBetweennessCentrality} on an unweighted view ({@link AsUnweightedGraph}, so
 * both count hops; on its weighted graph JGraphT would run Dijkstra with the tie weights as
 * lengths). The two agree to rounding (checked in the peer comparison, {@code benchmarks/peers.sh}).
 * JGraphT keeps path counts and distances in hash maps of boxed values and is single-threaded.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EdgeBetweennessBenchmark -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
public class EdgeBetweennessBenchmark {

  /** Number of nodes of the network (mean degree 10). */
  @Param({"10000"})
  public int n;

  /** {@code weakties} or {@code jgrapht}. */
  @Param({"weakties", "jgrapht"})
  public String impl;

  /** Worker threads of weakties (JGraphT is single-threaded). */
  @Param({"2"})
  public int threads;

  SocialGraph graph;
  Graph<Integer, DefaultWeightedEdge> jg;

  /** Loads the network (and its JGraphT copy) once per trial. */
  @Setup
  public void setup() {
    boolean jgrapht = Impl.isJGraphT(impl, n);
    graph = BenchGraphs.social(n, Math.min(BenchGraphs.BETWEENNESS_MEAN_DEGREE, n - 1.0));
    jg = jgrapht ? new AsUnweightedGraph<>(JGraphTGraphs.copyOf(graph)) : null;
  }

  /** Betweenness of every edge. */
  @Benchmark
  public void exact(Blackhole bh) {
    if (jg == null) {
      bh.consume(Betweenness.compute(graph, BetweennessParams.exact().withThreads(threads)));
    } else {
      bh.consume(new EdgeBetweennessCentrality<>(jg).getScores());
    }
  }
}
