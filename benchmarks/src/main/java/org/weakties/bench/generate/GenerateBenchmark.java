package org.weakties.bench.generate;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.graph.SocialGraph;

/**
 * Generating the benchmark social network ({@link SocialNetworkParams#defaults()}: mean degree 20,
 * so about 10n edges) with all processors, from parameters to the finished {@link SocialGraph}
 * (communities, ties, weights, interactions, last contacts, attributes and the CSR build). One
 * generation per iteration, seed 42.
 *
 * <p>Run (the 1,000,000-node size needs about 2 GB of heap):
 * {@code mvn -B -q package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * GenerateBenchmark -f 1 -wi 1 -i 3 -jvmArgs -Xmx4g}; one size only: add {@code -p n=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class GenerateBenchmark {

  /** Number of nodes. */
  @Param({"10000", "100000", "1000000"})
  public int n;

  /** Worker threads, 0 = all processors (the graph is the same for every value). */
  @Param({"0"})
  public int threads;

  SocialNetworkParams params;

  /** The parameters of the trial. */
  @Setup
  public void setup() {
    params = SocialNetworkParams.defaults().withNodes(n).withSeed(42).withThreads(threads);
  }

  /** Generates the graph; JMH consumes the returned graph. */
  @Benchmark
  public SocialGraph socialNetwork() {
    return SocialNetworkGenerator.generate(params);
  }
}
