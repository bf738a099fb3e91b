package org.weakties.sim;

/**
 * Hand-run calibration of {@link RandomizedExperiment} (not a test; run it like
 * {@link DiffusionCalibration}): for several seeds, prints the naive OLS and 2SLS weak/strong-tie
 * effects with their standard errors, the bias ratio and the digital versus non-digital Wald test.
 */
public final class ExperimentCalibration {
  private ExperimentCalibration() {}

  public static void main(String[] args) {
    for (boolean hetero : new boolean[] {false, true}) {
      for (long seed = 1; seed <= 5; seed++) {
        ExperimentParams p = ExperimentParams.defaults().withSeed(seed);
        if (!hetero) {
          p = p.withEffects(0.15, 0.20);
        }
        long t = System.nanoTime();
        ExperimentResult r = RandomizedExperiment.simulate(p);
        ExperimentEstimates e = r.estimate();
        double ms = (System.nanoTime() - t) / 1e6;
        double tw = p.averageWeakEffect();
        double ts = p.averageStrongEffect();
        var iv = e.iv().fit();
        System.out.printf(
            "%s seed %d (%.0f ms): weak true %.3f ols %.3f iv %.3f (se %.3f) | strong true %.3f "
                + "ols %.3f iv %.3f (se %.3f) | bias ratio w %.3f s %.3f | F %.1f %.1f | "
                + "wald weak p %.2g (dig %.3f non %.3f) strong p %.2g%n",
            hetero ? "hetero" : "homog", seed, ms, tw, e.ols().coefficient("weak_ties"),
            iv.coefficient("weak_ties"), iv.standardError("weak_ties"), ts,
            e.ols().coefficient("strong_ties"), iv.coefficient("strong_ties"),
            iv.standardError("strong_ties"),
            Math.abs(iv.coefficient("weak_ties") - tw)
                / Math.abs(e.ols().coefficient("weak_ties") - tw),
            Math.abs(iv.coefficient("strong_ties") - ts)
                / Math.abs(e.ols().coefficient("strong_ties") - ts),
            e.iv().firstStages().get(0).fStatistic(), e.iv().firstStages().get(1).fStatistic(),
            e.weakTieDifference().pValue(), e.ivDigital().fit().coefficient("weak_ties"),
            e.ivNonDigital().fit().coefficient("weak_ties"), e.strongTieDifference().pValue());
      }
    }
  }
}
