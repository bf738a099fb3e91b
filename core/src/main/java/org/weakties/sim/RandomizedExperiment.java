package org.weakties.sim;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A simulated randomised experiment in the design of Rajkumar, Saint-Jacques, Bojinov, Brynjolfsson
 * and Aral ("A causal test of the strength of weak ties", Science 377, 2022): people are assigned at
 * random to arms of a contact recommender; the arms shift how many new weak and strong ties they
 * form; job applications depend on those ties and on an unobserved confounder (say, how actively a
 * person networks and looks for work) that raises tie formation too. Naive least squares of
 * applications on tie counts is then biased, while two-stage least squares with the arms as
 * instruments recovers the effects; effects may differ between digital and non-digital industries
 * (weak ties helping more in digital ones, as the paper found). The model is node-level and needs no
 * graph; {@link ExperimentParams} gives the formulas.
 *
 * <p><b>Cost.</b> O(n) time and memory. <b>Determinism:</b> person i draws from its own stream
 * derived from the seed and i; the same seed gives the same people.
 */
public final class RandomizedExperiment {
  private static final long SALT = 11;

  private RandomizedExperiment() {}

  /** Runs the experiment with {@link ExperimentParams#defaults()}. */
  public static ExperimentResult simulate() {
    return simulate(ExperimentParams.defaults());
  }

  /** Runs the experiment. */
  public static ExperimentResult simulate(ExperimentParams p) {
    Objects.requireNonNull(p, "params");
    int n = p.nodes();
    int arms = p.arms();
    int[] arm = new int[n];
    boolean[] digital = new boolean[n];
    int[] region = new int[n];
    int[] weak = new int[n];
    int[] strong = new int[n];
    int[] apps = new int[n];
    double[] u = new double[n];
    double[] regionEffect = new double[p.regions()];
    SplittableRandom rr = new SplittableRandom(TieStructure.streamSeed(p.seed(), SALT, -1));
    for (int r = 0; r < regionEffect.length; r++) {
      regionEffect[r] = rr.nextDouble() * p.regionEffect();
    }
    for (int i = 0; i < n; i++) {
      SplittableRandom rnd = new SplittableRandom(TieStructure.streamSeed(p.seed(), SALT, i));
      arm[i] = rnd.nextInt(arms);
      digital[i] = rnd.nextDouble() < p.digitalShare();
      region[i] = rnd.nextInt(p.regions());
      u[i] = rnd.nextDouble();
      double c = u[i] - 0.5;
      weak[i] = poisson(rnd, p.baseWeakTies()
          * Math.exp(p.weakShifts().get(arm[i]) + p.confounderOnWeak() * c));
      strong[i] = poisson(rnd, p.baseStrongTies()
          * Math.exp(p.strongShifts().get(arm[i]) + p.confounderOnStrong() * c));
      double bw = digital[i] ? p.digitalWeakEffect() : p.weakEffect();
      double bs = digital[i] ? p.digitalStrongEffect() : p.strongEffect();
      double mean = p.baseline() + bw * weak[i] + bs * strong[i] + p.confounderOnOutcome() * u[i]
          + regionEffect[region[i]];
      apps[i] = poisson(rnd, mean);
    }
    return new ExperimentResult(arm, digital, region, weak, strong, apps, u, p);
  }

  /** A Poisson draw: inversion for small means, a sum of unit-rate draws in pieces otherwise. */
  static int poisson(SplittableRandom rnd, double mean) {
    int k = 0;
    double left = mean;
    while (left > 30) {
      k += JobDiffusion.poisson(rnd, 30);
      left -= 30;
    }
    return k + JobDiffusion.poisson(rnd, left);
  }
}
