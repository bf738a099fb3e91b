package org.weakties.bench.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
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
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListReader;

/**
 * Loading the benchmark network's CSV edge list (header
 * {@code source,target,weight,interactions,last_contact}, written once into the graph cache of
 * {@link BenchGraphs}): weakties' {@link EdgeListReader} (labels, weights, interaction counts and
 * last contacts, CSR build) against a {@link SimpleWeightedGraph} filled line by line ({@link
 * JGraphTGraphs#readCsv}: labels and weights only). Single-threaded on both sides (the reader is a
 * streaming pass). JGraphT runs up to 100,000 nodes; the 10M-node / 100M-edge file (4.6 GB) needs
 * about 12 GB of heap.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LoadBenchmark -p n=100000,1000000}
 * (first run writes the CSV files; add {@code -p impl=weakties} for sizes above 100,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx20g", "-XX:+UseParallelGC"})
public class LoadBenchmark {

  /** Number of nodes of the network (about 10 edges per node). */
  @Param({"10000", "100000", "1000000", "10000000"})
  public int n;

  /** {@code weakties} or {@code jgrapht}. */
  @Param({"weakties", "jgrapht"})
  public String impl;

  Path csv;
  boolean jgrapht;

  /** Writes (once) and locates the CSV file. */
  @Setup
  public void setup() {
    jgrapht = Impl.isJGraphT(impl, n);
    csv = BenchGraphs.socialCsv(n);
  }

  /** Reads the file into a graph; the graph goes to the blackhole. */
  @Benchmark
  public void load(Blackhole bh) throws IOException {
    if (jgrapht) {
      SimpleWeightedGraph<String, DefaultWeightedEdge> g = JGraphTGraphs.readCsv(csv);
      bh.consume(g.edgeSet().size());
      bh.consume(g);
    } else {
      SocialGraph g = EdgeListReader.read(csv, EdgeListOptions.defaults());
      bh.consume(g.edgeCount());
      bh.consume(g);
    }
  }
}
