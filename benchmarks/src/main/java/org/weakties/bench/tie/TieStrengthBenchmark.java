package org.weakties.bench.tie;

import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.CommonNeighborsLinkPrediction;
import org.jgrapht.alg.linkprediction.JaccardCoefficientLinkPrediction;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
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
import org.weakties.graph.SocialGraph;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import org.weakties.tie.StructuralTieMeasuresResult;

/**
 * Structural tie strength of every edge on the benchmark network.
 *
 * <ul>
 *   <li>{@link #allEdges}: weakties' {@link StructuralTieMeasures} (embeddedness, overlap, Jaccard,
 *       Adamic-Adar, resource allocation and weighted overlap of every edge, plus triangles and
 *       clustering of every node, in one pass) against JGraphT's link-prediction classes asked for
 *       every edge: {@link CommonNeighborsLinkPrediction} (embeddedness, from which the overlap
 *       follows), {@link JaccardCoefficientLinkPrediction} and {@link
 *       AdamicAdarIndexLinkPrediction}, the same three numbers by the same definitions;</li>
 *   <li>{@link #clustering}: local clustering of every node, weakties (the same single pass, which
 *       yields clustering as a by-product) against JGraphT's {@link ClusteringCoefficient}.</li>
 * </ul>
 * weakties runs with {@code threads} workers; JGraphT is single-threaded. JGraphT runs up to
 * 100,000 nodes. The 10M-node size needs about 14 GB of heap.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TieStrengthBenchmark
 * -p n=100000,1000000 -p impl=weakties} (and {@code -p impl=jgrapht -p n=10000,100000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class TieStrengthBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int n;

  /** {@code weakties} or {@code jgrapht}. */
  @Param({"weakties", "jgrapht"})
  public String impl;

  /** Worker threads of weakties (JGraphT is single-threaded). */
  @Param({"2"})
  public int threads;

  SocialGraph graph;
  Graph<Integer, DefaultWeightedEdge> jg;
  StructuralTieMeasuresParams params;

  /** Loads the network (and its JGraphT copy) once per trial. */
  @Setup
  public void setup() {
    boolean jgrapht = Impl.isJGraphT(impl, n);
    graph = BenchGraphs.social(n);
    params = StructuralTieMeasuresParams.defaults().withThreads(threads);
    jg = jgrapht ? JGraphTGraphs.copyOf(graph) : null;
  }

  /** Embeddedness, overlap, Jaccard and Adamic-Adar of every edge. */
  @Benchmark
  public void allEdges(Blackhole bh) {
    if (jg == null) {
      StructuralTieMeasuresResult r = StructuralTieMeasures.compute(graph, params);
      bh.consume(r);
      return;
    }
    CommonNeighborsLinkPrediction<Integer, DefaultWeightedEdge> cn =
        new CommonNeighborsLinkPrediction<>(jg);
    JaccardCoefficientLinkPrediction<Integer, DefaultWeightedEdge> jac =
        new JaccardCoefficientLinkPrediction<>(jg);
    AdamicAdarIndexLinkPrediction<Integer, DefaultWeightedEdge> aa =
        new AdamicAdarIndexLinkPrediction<>(jg);
    for (DefaultWeightedEdge e : jg.edgeSet()) {
      Integer u = jg.getEdgeSource(e);
      Integer v = jg.getEdgeTarget(e);
      double c = cn.predict(u, v);
      double d = jg.degreeOf(u) + jg.degreeOf(v) - 2 - c;
      bh.consume(d > 0 ? c / d : 0.0);
      bh.consume(jac.predict(u, v));
      bh.consume(aa.predict(u, v));
    }
  }

  /** Local clustering of every node. */
  @Benchmark
  public void clustering(Blackhole bh) {
    if (jg == null) {
      StructuralTieMeasuresResult r = StructuralTieMeasures.compute(graph, params);
      bh.consume(r.clustering(0));
      bh.consume(r);
      return;
    }
    bh.consume(new ClusteringCoefficient<>(jg).getScores());
  }
}
