package org.weakties.examples;

import java.util.Locale;
import org.weakties.curve.BinscatterResult;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveParams;
import org.weakties.curve.LindMehlumResult;
import org.weakties.curve.TurningPoint;
import org.weakties.curve.TwoLinesResult;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.graph.SocialGraph;
import org.weakties.sim.DiffusionParams;
import org.weakties.sim.DiffusionResult;
import org.weakties.sim.JobDiffusion;
import org.weakties.sim.TieMeasure;

/**
 * The inverted U of job transmission in mutual connections, reproduced on a simulated network:
 * generate a social network, let job information spread over its ties ({@link JobDiffusion}, default
 * parameters), and fit the usefulness curve of the job outcome against the number of mutual
 * connections of each tie ({@link CurveAnalysis}).
 *
 * <p>Prints the job rate, the bin of the binscatter with the highest job rate, the turning point of
 * the quadratic fit with its delta-method and bootstrap intervals, the Lind-Mehlum test of an
 * inverted U and Simonsohn's two-lines test. The quadratic's peak lies to the right of the
 * binscatter's because a few ties with very many mutual connections pull the parabola; the
 * two-lines test does not assume a shape and puts its break near the model's peak of about 10.
 *
 * <p>Arguments: number of people (default 10,000) and seed (default 1). Run from the repository
 * root after {@code mvn -q -pl examples -am package -DskipTests}:
 * {@code java -cp "examples/target/classes:examples/target/notebook-libs/*"
 * org.weakties.examples.UsefulnessCurveExample 10000}.
 */
public final class UsefulnessCurveExample {
  private UsefulnessCurveExample() {}

  /**
   * Runs the simulation and the curve analysis.
   *
   * @param args optional number of people (default 10000) and seed (default 1)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;

    SocialGraph g = SocialNetworkGenerator.generate(n, seed);
    DiffusionResult jobs = JobDiffusion.simulate(g, DiffusionParams.defaults().withSeed(seed));
    CurveAnalysisResult curve = CurveAnalysis.compute(jobs.observations(TieMeasure.MUTUAL),
        CurveParams.defaults().withSeed(seed));

    print("ties %d, a job came through %.2f%% of them", jobs.edgeCount(), 100 * jobs.jobRate());
    BinscatterResult.Bin best = curve.binscatter().bins().get(0);
    for (BinscatterResult.Bin bin : curve.binscatter().bins()) {
      best = bin.yMean() > best.yMean() ? bin : best;
    }
    print("highest job rate %.4f in the bin of %.0f to %.0f mutual connections", best.yMean(),
        best.xLow(), best.xHigh());
    TurningPoint tp = curve.turningPoint();
    print("turning point (%s) at %.2f mutual connections, 95%% CI %.2f..%.2f (delta), "
        + "%.2f..%.2f (bootstrap)", tp.kind().name().toLowerCase(Locale.ROOT), tp.estimate(),
        tp.deltaLower(), tp.deltaUpper(), tp.bootstrapLower(), tp.bootstrapUpper());
    LindMehlumResult lm = curve.lindMehlum();
    print("Lind-Mehlum test of an inverted U on [%.0f, %.0f]: slopes %.5f and %.5f, p = %.3g",
        lm.xLow(), lm.xHigh(), lm.slopeLow(), lm.slopeHigh(), lm.pInvertedU());
    curve.twoLines().ifPresent((TwoLinesResult t) -> print(
        "two-lines test: break at %.1f, slopes %.5f and %.5f, p = %.3g, inverted U %s",
        t.breakpoint(), t.slopeLow().value(), t.slopeHigh().value(), t.pValue(),
        t.uShapeSignificant() ? "significant" : "not significant"));
  }

  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }
}
