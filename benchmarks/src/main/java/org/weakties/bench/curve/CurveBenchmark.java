package org.weakties.bench.curve;

import java.util.SplittableRandom;
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
import org.weakties.curve.CovarianceType;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveModels;
import org.weakties.curve.CurveParams;
import org.weakties.curve.Observations;

/**
 * Fitting the usefulness curve of tie strength on a million observations: the quadratic OLS fit
 * with HC3 standard errors, the logistic quadratic, and the whole {@link CurveAnalysis} (binscatter,
 * linear, quadratic, 999-draw bootstrap of the turning point, logistic, three step fits, two-lines
 * test) with {@code threads} workers.
 *
 * <p>Data (seed 1): tie strength x is either a count of mutual friends ({@code integer}: the floor of
 * an exponential with mean 8, at most 60, as in the Rajkumar et al. experiment) or a continuous
 * overlap-like value ({@code continuous}: the same draw before rounding, divided by 20); the outcome
 * is a job (0/1) with probability {@code logistic(-3 + 0.25 t - 0.01 t^2)} for the count {@code t},
 * an inverted U with its peak at 12.5 mutual friends.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CurveBenchmark -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
public class CurveBenchmark {

  /** Number of observations. */
  @Param({"1000000"})
  public int observations;

  /** {@code integer} (mutual-friend counts) or {@code continuous} tie strength. */
  @Param({"integer", "continuous"})
  public String x;

  /** Worker threads (bootstrap). */
  @Param({"2"})
  public int threads;

  Observations data;

  /** Draws the observations once per trial. */
  @Setup
  public void setup() {
    boolean integer = switch (x) {
      case "integer" -> true;
      case "continuous" -> false;
      default -> throw new IllegalArgumentException("x must be integer or continuous, got " + x);
    };
    SplittableRandom r = new SplittableRandom(1);
    double[] xs = new double[observations];
    double[] ys = new double[observations];
    for (int i = 0; i < observations; i++) {
      double t = Math.min(60, -8 * Math.log(1 - r.nextDouble()));
      double k = Math.floor(t);
      double eta = -3 + 0.25 * k - 0.01 * k * k;
      ys[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      xs[i] = integer ? k : t / 20;
    }
    data = Observations.builder(xs, ys).names(integer ? "mutual_friends" : "overlap", "job")
        .build();
  }

  /** Quadratic OLS with HC3 standard errors. */
  @Benchmark
  public void quadratic(Blackhole bh) {
    bh.consume(CurveModels.quadratic(data, data.covariance(CovarianceType.HC3)));
  }

  /** Logistic regression with a quadratic index (classical standard errors). */
  @Benchmark
  public void logistic(Blackhole bh) {
    bh.consume(CurveModels.logisticQuadratic(data, data.covariance(CovarianceType.CLASSICAL)));
  }

  /** The whole curve analysis. */
  @Benchmark
  public void analysis(Blackhole bh) {
    bh.consume(CurveAnalysis.compute(data, CurveParams.defaults().withThreads(threads)));
  }
}
