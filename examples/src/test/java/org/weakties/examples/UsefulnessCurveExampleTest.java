package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.graph.SocialGraph;
import org.weakties.sim.DiffusionParams;
import org.weakties.sim.DiffusionResult;
import org.weakties.sim.JobDiffusion;

/** Runs {@link UsefulnessCurveExample} on 3,000 people and checks the shape it reports. */
class UsefulnessCurveExampleTest {
  private static final int PEOPLE = 3000;
  private static final long SEED = 5;

  @Test
  void reportsAnInvertedUWithItsTests() throws Exception {
    String out = Console.capture(() -> UsefulnessCurveExample.main(
        new String[] {Integer.toString(PEOPLE), Long.toString(SEED)})).out();

    // The job rate agrees with the model's exact per-tie probabilities (binomial, 4 sd).
    SocialGraph g = SocialNetworkGenerator.generate(PEOPLE, SEED);
    DiffusionParams p = DiffusionParams.defaults().withSeed(SEED);
    DiffusionResult jobs = JobDiffusion.simulate(g, p);
    double expected = 0;
    double variance = 0;
    for (int e = 0; e < jobs.edgeCount(); e++) {
      double q = p.jobProbability(jobs.mutual(e), jobs.intensity(e), jobs.digital(e));
      expected += q;
      variance += q * (1 - q);
    }
    double[] rate = values(out, "ties (\\d+), a job came through ([0-9.]+)% of them");
    assertEquals(g.edgeCount(), rate[0]);
    assertEquals(100 * expected / g.edgeCount(), rate[1],
        100 * 4 * Math.sqrt(variance) / g.edgeCount() + 0.005);

    // The binscatter peaks at a moderate number of mutual connections, near the model's peak.
    double[] best = values(out, "in the bin of ([0-9]+) to ([0-9]+) mutual connections");
    int peak = p.theoreticalPeak(0.5);
    assertTrue(best[0] <= peak + 5 && best[1] >= peak - 5, "best bin " + best[0] + ".." + best[1]
        + " far from the model's peak " + peak);

    double[] tp = values(out, "turning point \\(maximum\\) at ([0-9.]+) mutual connections, 95% CI "
        + "([0-9.]+)\\.\\.([0-9.]+) \\(delta\\), ([0-9.]+)\\.\\.([0-9.]+) \\(bootstrap\\)");
    assertTrue(tp[1] < tp[0] && tp[0] < tp[2], "delta interval around the estimate");
    assertTrue(tp[3] < tp[0] && tp[0] < tp[4], "bootstrap interval around the estimate");
    assertEquals(tp[0], (tp[1] + tp[2]) / 2, 0.011, "delta interval is symmetric");
    assertTrue(tp[0] > best[1], "the quadratic peaks right of the best bin");

    double[] lm = values(out, "slopes (-?[0-9.]+) and (-?[0-9.]+), p = ([0-9.e-]+)\\n");
    assertTrue(lm[0] > 0 && lm[1] < 0, "rising then falling");
    assertTrue(lm[2] < 1e-3, "Lind-Mehlum p " + lm[2]);

    double[] two = values(out, "two-lines test: break at ([0-9.]+), slopes (-?[0-9.]+) and "
        + "(-?[0-9.]+), p = ([0-9.e-]+), inverted U significant");
    assertTrue(two[0] >= 5 && two[0] <= 15, "breakpoint " + two[0]);
    assertTrue(two[1] > 0 && two[2] < 0 && two[3] < 1e-3, out);
  }

  private static double[] values(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertTrue(m.find(), "no match for " + regex + " in\n" + out);
    double[] r = new double[m.groupCount()];
    for (int i = 0; i < r.length; i++) {
      r[i] = Double.parseDouble(m.group(i + 1));
    }
    return r;
  }
}
