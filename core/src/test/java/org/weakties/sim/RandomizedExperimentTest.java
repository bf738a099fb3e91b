package org.weakties.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.curve.Estimate;
import org.weakties.curve.FirstStage;
import org.weakties.curve.RegressionFit;
import org.weakties.graph.ScoreTable;

class RandomizedExperimentTest {

  /** Effects equal in every industry, so the pooled 2SLS has one true value to hit. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void twoStageLeastSquaresRecoversTheTruthThatNaiveOlsMisses(long seed) {
    ExperimentParams p = ExperimentParams.defaults().withSeed(seed).withEffects(0.15, 0.20);
    ExperimentEstimates e = RandomizedExperiment.simulate(p).estimate();
    RegressionFit iv = e.iv().fit();
    for (String name : List.of("weak_ties", "strong_ties")) {
      double truth = name.equals("weak_ties") ? 0.15 : 0.20;
      Estimate est = iv.estimate(name);
      assertTrue(est.lower(0.95) < truth && truth < est.upper(0.95), name + " " + est);
      double ivBias = Math.abs(est.value() - truth);
      double olsBias = Math.abs(e.ols().coefficient(name) - truth);
      assertTrue(ivBias < 0.5 * olsBias, name + ": 2SLS bias " + ivBias + ", OLS bias " + olsBias);
      // the naive estimate is biased upwards by the confounder, beyond its own interval
      assertTrue(e.ols().estimate(name).lower(0.95) > truth);
    }
    for (FirstStage fs : e.iv().firstStages()) {
      assertTrue(fs.fStatistic() > 10, fs.toString());
    }
    assertEquals(7, e.iv().instruments().size());
    assertEquals(100, iv.clusterCount());
  }

  /** The paper's qualitative split: weak ties pay off more in digital industries. */
  @Test
  void digitalIndustriesGetALargerWeakTieSlope() {
    ExperimentEstimates e = RandomizedExperiment.simulate().estimate();
    double dig = e.ivDigital().fit().coefficient("weak_ties");
    double non = e.ivNonDigital().fit().coefficient("weak_ties");
    assertTrue(dig > non, dig + " vs " + non);
    assertTrue(e.weakTieDifference().pValue() < 0.05, e.weakTieDifference().toString());
    // and strong ties more in the others
    assertTrue(e.ivNonDigital().fit().coefficient("strong_ties")
        > e.ivDigital().fit().coefficient("strong_ties"));
    // without the digital bonus the difference is not significant
    ExperimentEstimates same = RandomizedExperiment.simulate(ExperimentParams.defaults()
        .withEffects(0.15, 0.20)).estimate();
    assertTrue(same.weakTieDifference().pValue() > 0.05, same.weakTieDifference().toString());
  }

  @Test
  void armsAreRandomisedAndTheRunIsSeeded() {
    ExperimentResult a = RandomizedExperiment.simulate(ExperimentParams.defaults().withNodes(4000));
    ExperimentResult b = RandomizedExperiment.simulate(ExperimentParams.defaults().withNodes(4000));
    int[] count = new int[8];
    double[] usum = new double[8];
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.applications(i), b.applications(i));
      assertEquals(a.weakTies(i), b.weakTies(i));
      count[a.arm(i)]++;
      usum[a.arm(i)] += a.confounder(i);
    }
    for (int arm = 0; arm < 8; arm++) {
      assertEquals(500, count[arm], 90);
      // the confounder is balanced across arms: its mean is 1/2 in each (uniform, sd 0.29)
      assertEquals(0.5, usum[arm] / count[arm], 5 * 0.29 / Math.sqrt(count[arm]));
    }
    ExperimentResult c = RandomizedExperiment.simulate(ExperimentParams.defaults().withNodes(4000)
        .withSeed(9));
    boolean differs = false;
    for (int i = 0; i < c.size() && !differs; i++) {
      differs = c.applications(i) != a.applications(i);
    }
    assertTrue(differs);
    ScoreTable t = a.toTable();
    assertEquals(List.of("arm", "digital", "region", "weak_ties", "strong_ties", "job_applies"),
        t.columns().stream().map(ScoreTable.Column::name).toList());
    assertEquals(4000, t.rowCount());
  }

  @Test
  void oneIndustryTypeOnlyGivesNoComparison() {
    ExperimentEstimates e = RandomizedExperiment.simulate(ExperimentParams.defaults()
        .withNodes(3000).withDigitalShare(0)).estimate();
    assertTrue(e.iv() != null && e.ivDigital() == null && e.weakTieDifference() == null);
  }

  @Test
  void badParametersAreRejected() {
    ExperimentParams d = ExperimentParams.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withNodes(5));
    assertThrows(IllegalArgumentException.class,
        () -> d.withShifts(List.of(0.0, 1.0), List.of(0.0)));
    assertThrows(IllegalArgumentException.class, () -> d.withEffects(-0.1, 0.2));
    assertThrows(IllegalArgumentException.class, () -> d.withRegions(1, 0));
    assertThrows(IllegalArgumentException.class, () -> d.withDigitalShare(1.5));
    assertEquals(0.75 * 0.10 + 0.25 * 0.30, d.averageWeakEffect(), 1e-15);
  }
}
