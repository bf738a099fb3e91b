package org.weakties.bench.graph;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.weakties.graph.SocialGraph;

/**
 * Building a {@link SocialGraph} from primitive edge arrays (random edges, seed 1).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BuildBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

  /** Number of input edges. */
  @Param({"1000000"})
  public int edges;

  int n;
  int[] src;
  int[] dst;
  double[] w;

  /** Draws the random edge arrays once per trial. */
  @Setup
  public void setup() {
    n = Math.max(2, edges / 10);
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
  @Benchmark
  public SocialGraph buildFromArrays() {
    return SocialGraph.fromEdgeArrays(n, src, dst, w);
  }
}
