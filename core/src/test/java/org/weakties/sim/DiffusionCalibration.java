package org.weakties.sim;

import java.util.List;
import org.weakties.curve.BinscatterResult;
import org.weakties.curve.CurveAnalysis;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.CurveParams;
import org.weakties.curve.Observations;
import org.weakties.graph.SocialGraph;

/**
 * Hand-run calibration and timing of the diffusion model (not a test). From the repository root:
 * <pre>
 * mvn -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) \
 *     org.weakties.sim.DiffusionCalibration 100000
 * </pre>
 * The argument is the number of people of the community graph (default 10,000, about 12 ties
 * each). Prints the binscatter of the job rate against mutual connections, the fitted turning
 * point and the U tests for the default and the no-redundancy scenarios, and timings.
 */
public final class DiffusionCalibration {
  private DiffusionCalibration() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long t0 = System.nanoTime();
    SocialGraph g = CommunityGraphs.clustered(n, 3, 1, 7);
    long t1 = System.nanoTime();
    System.out.printf("graph n=%d m=%d built in %.1f ms%n", g.nodeCount(), g.edgeCount(),
        (t1 - t0) / 1e6);
    for (DiffusionParams p : List.of(DiffusionParams.defaults(), DiffusionParams.noRedundancy())) {
      System.out.println("theoretical peak at intensity 0.5: " + p.theoreticalPeak(0.5));
      long a = System.nanoTime();
      DiffusionResult r = JobDiffusion.simulate(g, p);
      long b = System.nanoTime();
      Observations o = r.observations(TieMeasure.MUTUAL);
      CurveAnalysisResult c = CurveAnalysis.compute(o, CurveParams.defaults());
      long d = System.nanoTime();
      System.out.printf("redundancy %.3f: simulate %.1f ms, analysis %.1f ms, job rate %.4f%n",
          p.redundancy(), (b - a) / 1e6, (d - b) / 1e6, r.jobRate());
      for (BinscatterResult.Bin bin : c.binscatter().bins()) {
        System.out.printf("  x %5.1f..%5.1f  n %6d  job %.4f [%.4f, %.4f]%n", bin.xLow(),
            bin.xHigh(), bin.count(), bin.yMean(), bin.lower(), bin.upper());
      }
      System.out.println("  " + c.turningPoint());
      System.out.println("  " + c.lindMehlum());
      System.out.println("  " + c.twoLines().orElse(null));
      System.out.println("  skipped " + c.skipped());
    }
  }
}
