package org.weakties.sim;

import java.util.List;
import org.weakties.curve.Covariance;
import org.weakties.curve.Design;
import org.weakties.curve.GroupComparison;
import org.weakties.curve.IvFit;
import org.weakties.curve.LinearRegression;
import org.weakties.curve.RegressionFit;
import org.weakties.curve.TwoStageLeastSquares;
import org.weakties.graph.ScoreTable;

/**
 * The people of a simulated experiment ({@link RandomizedExperiment}), indexed 0..n-1. Immutable.
 */
public final class ExperimentResult {
  /** Fewest people of an industry type for the by-industry estimates. */
  public static final int MIN_GROUP = 100;

  private final int[] arm;
  private final boolean[] digital;
  private final int[] region;
  private final int[] weak;
  private final int[] strong;
  private final int[] applications;
  private final double[] confounder;
  private final ExperimentParams params;

  ExperimentResult(int[] arm, boolean[] digital, int[] region, int[] weak, int[] strong,
      int[] applications, double[] confounder, ExperimentParams params) {
    this.arm = arm;
    this.digital = digital;
    this.region = region;
    this.weak = weak;
    this.strong = strong;
    this.applications = applications;
    this.confounder = confounder;
    this.params = params;
  }

  /** Number of people. */
  public int size() {
    return arm.length;
  }

  /** The parameters of the run (the true effects among them). */
  public ExperimentParams params() {
    return params;
  }

  /** Arm of person {@code i} (0 = control). */
  public int arm(int i) {
    return arm[i];
  }

  /** Whether person {@code i} works in a digital industry. */
  public boolean digital(int i) {
    return digital[i];
  }

  /** Region (cluster) of person {@code i}. */
  public int region(int i) {
    return region[i];
  }

  /** New weak ties of person {@code i}. */
  public int weakTies(int i) {
    return weak[i];
  }

  /** New strong ties of person {@code i}. */
  public int strongTies(int i) {
    return strong[i];
  }

  /** Job applications of person {@code i}. */
  public int applications(int i) {
    return applications[i];
  }

  /** The unobserved confounder of person {@code i}, exposed only to check estimators against it. */
  public double confounder(int i) {
    return confounder[i];
  }

  /**
   * One row per person: {@code arm} (int), {@code digital} (boolean), {@code region} (int),
   * {@code weak_ties}, {@code strong_ties}, {@code job_applies} (int). The confounder is left out:
   * it is unobserved.
   */
  public ScoreTable toTable() {
    return ScoreTable.forNodes(arm.length).addInt("arm", arm).addBoolean("digital", digital)
        .addInt("region", region).addInt("weak_ties", weak).addInt("strong_ties", strong)
        .addInt("job_applies", applications).build();
  }

  /**
   * Naive OLS, 2SLS (arms as instruments) for everyone and by industry type, and Wald tests that the
   * effects differ between digital and non-digital industries; standard errors clustered (CR1) by
   * region. The by-industry parts are null when either industry type has fewer than
   * {@link #MIN_GROUP} people.
   *
   * @throws org.weakties.curve.DegenerateDataException when the pooled fits are impossible (for
   *     example an arm without people, or no variation in the outcome)
   */
  public ExperimentEstimates estimate() {
    int n = arm.length;
    int[] all = new int[n];
    int nd = 0;
    for (int i = 0; i < n; i++) {
      all[i] = i;
      if (digital[i]) {
        nd++;
      }
    }
    int[] dig = new int[nd];
    int[] non = new int[n - nd];
    int a = 0;
    int b = 0;
    for (int i = 0; i < n; i++) {
      if (digital[i]) {
        dig[a++] = i;
      } else {
        non[b++] = i;
      }
    }
    RegressionFit ols = LinearRegression.fit(regressors(all), outcome(all), clusters(all));
    IvFit iv = iv(all);
    if (dig.length < MIN_GROUP || non.length < MIN_GROUP) {
      return new ExperimentEstimates(ols, iv, null, null, null, null);
    }
    IvFit ivDigital = iv(dig);
    IvFit ivNon = iv(non);
    List<RegressionFit> pair = List.of(ivNon.fit(), ivDigital.fit());
    return new ExperimentEstimates(ols, iv, ivDigital, ivNon,
        GroupComparison.equalCoefficients(pair, "weak_ties"),
        GroupComparison.equalCoefficients(pair, "strong_ties"));
  }

  private IvFit iv(int[] rows) {
    return TwoStageLeastSquares.fit(regressors(rows), outcome(rows),
        List.of("weak_ties", "strong_ties"), armDummies(rows), clusters(rows));
  }

  private Design regressors(int[] rows) {
    double[] w = new double[rows.length];
    double[] s = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      w[k] = weak[rows[k]];
      s[k] = strong[rows[k]];
    }
    return Design.builder(rows.length).intercept().add("weak_ties", w).add("strong_ties", s)
        .build();
  }

  private double[] outcome(int[] rows) {
    double[] y = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      y[k] = applications[rows[k]];
    }
    return y;
  }

  private Design armDummies(int[] rows) {
    Design.Builder b = Design.builder(rows.length);
    for (int a = 1; a < params.arms(); a++) {
      double[] d = new double[rows.length];
      for (int k = 0; k < rows.length; k++) {
        d[k] = arm[rows[k]] == a ? 1 : 0;
      }
      b.add("arm=" + a, d);
    }
    return b.build();
  }

  private Covariance clusters(int[] rows) {
    int[] c = new int[rows.length];
    for (int k = 0; k < rows.length; k++) {
      c[k] = region[rows[k]];
    }
    return Covariance.clustered(c);
  }

  @Override
  public String toString() {
    return "ExperimentResult[n=" + arm.length + ", arms=" + params.arms() + "]";
  }
}
