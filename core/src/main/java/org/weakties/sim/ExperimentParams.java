package org.weakties.sim;

import java.util.List;

/**
 * Parameters of {@link RandomizedExperiment}. Per node i with arm a, unobserved confounder
 * {@code U ~ Uniform(0, 1)}, industry type d (digital or not) and region r:
 * <pre>
 *   weak ties    W ~ Poisson(baseWeakTies   exp(weakShifts[a]   + confounderOnWeak   (U - 1/2)))
 *   strong ties  S ~ Poisson(baseStrongTies exp(strongShifts[a] + confounderOnStrong (U - 1/2)))
 *   job applications ~ Poisson(baseline + beta_w(d) W + beta_s(d) S + confounderOnOutcome U + R_r)
 * </pre>
 * with {@code beta_w} = {@code weakEffect} (non-digital) or {@code digitalWeakEffect} (digital),
 * {@code beta_s} likewise, and a region effect {@code R_r ~ Uniform(0, regionEffect)}. Arms are
 * assigned uniformly at random, so they are valid instruments for W and S; U raises both tie
 * formation and applications, so ordinary least squares is biased upwards.
 *
 * @param nodes number of people; at least 10
 * @param seed seed of every draw
 * @param weakShifts log-shift of the weak-tie count per arm (arm 0 = control, shift 0); 2 to 100
 *     arms
 * @param strongShifts log-shift of the strong-tie count per arm; same length
 * @param baseWeakTies mean weak-tie count of the control arm at the median confounder; positive
 * @param baseStrongTies mean strong-tie count of the control arm; positive
 * @param confounderOnWeak effect of U on the log weak-tie count; finite
 * @param confounderOnStrong effect of U on the log strong-tie count; finite
 * @param confounderOnOutcome effect of U on expected applications; non-negative
 * @param baseline expected applications without ties; positive
 * @param weakEffect applications per weak tie, non-digital industries; non-negative
 * @param strongEffect applications per strong tie, non-digital industries; non-negative
 * @param digitalWeakEffect applications per weak tie, digital industries; non-negative
 * @param digitalStrongEffect applications per strong tie, digital industries; non-negative
 * @param digitalShare share of people in digital industries; in [0, 1]
 * @param regions number of regions (the clusters of the standard errors); at least 2
 * @param regionEffect upper end of the uniform region effect; non-negative
 */
public record ExperimentParams(int nodes, long seed, List<Double> weakShifts,
    List<Double> strongShifts, double baseWeakTies, double baseStrongTies, double confounderOnWeak,
    double confounderOnStrong, double confounderOnOutcome, double baseline, double weakEffect,
    double strongEffect, double digitalWeakEffect, double digitalStrongEffect, double digitalShare,
    int regions, double regionEffect) {

  /** Default size. */
  public static final int DEFAULT_NODES = 20_000;
  /**
   * Default weak-tie shifts of the 8 arms (a control and 7 variants, as in the 2019 wave of the
   * LinkedIn experiments): variants favouring weak ties, strong ties, or both.
   */
  public static final List<Double> DEFAULT_WEAK_SHIFTS =
      List.of(0.0, 0.30, -0.25, 0.15, -0.10, 0.25, 0.0, -0.20);
  /** Default strong-tie shifts of the 8 arms. */
  public static final List<Double> DEFAULT_STRONG_SHIFTS =
      List.of(0.0, -0.35, 0.45, 0.35, -0.25, 0.15, -0.45, 0.10);
  /** Default mean weak-tie count. */
  public static final double DEFAULT_BASE_WEAK_TIES = 6.0;
  /** Default mean strong-tie count. */
  public static final double DEFAULT_BASE_STRONG_TIES = 3.0;
  /** Default effect of the confounder on the log weak-tie count. */
  public static final double DEFAULT_CONFOUNDER_ON_WEAK = 1.0;
  /** Default effect of the confounder on the log strong-tie count. */
  public static final double DEFAULT_CONFOUNDER_ON_STRONG = 1.2;
  /** Default effect of the confounder on applications. */
  public static final double DEFAULT_CONFOUNDER_ON_OUTCOME = 3.0;
  /** Default applications without ties. */
  public static final double DEFAULT_BASELINE = 1.0;
  /** Default applications per weak tie (non-digital). */
  public static final double DEFAULT_WEAK_EFFECT = 0.10;
  /** Default applications per strong tie (non-digital). */
  public static final double DEFAULT_STRONG_EFFECT = 0.25;
  /** Default applications per weak tie in digital industries: weak ties matter more there. */
  public static final double DEFAULT_DIGITAL_WEAK_EFFECT = 0.30;
  /** Default applications per strong tie in digital industries. */
  public static final double DEFAULT_DIGITAL_STRONG_EFFECT = 0.10;
  /** Default digital share (the top quarter of industries). */
  public static final double DEFAULT_DIGITAL_SHARE = 0.25;
  /** Default number of regions. */
  public static final int DEFAULT_REGIONS = 100;
  /** Default region effect. */
  public static final double DEFAULT_REGION_EFFECT = 0.5;

  /** Validates and copies. */
  public ExperimentParams {
    if (nodes < 10) {
      throw new IllegalArgumentException("nodes must be >= 10, got " + nodes);
    }
    weakShifts = List.copyOf(weakShifts);
    strongShifts = List.copyOf(strongShifts);
    if (weakShifts.size() < 2 || weakShifts.size() > 100
        || strongShifts.size() != weakShifts.size()) {
      throw new IllegalArgumentException("need 2 to 100 arms with one weak and one strong shift "
          + "each, got " + weakShifts.size() + " and " + strongShifts.size());
    }
    for (int a = 0; a < weakShifts.size(); a++) {
      if (!Double.isFinite(weakShifts.get(a)) || !Double.isFinite(strongShifts.get(a))
          || Math.abs(weakShifts.get(a)) > 5 || Math.abs(strongShifts.get(a)) > 5) {
        throw new IllegalArgumentException("arm shifts must be finite and within [-5, 5], arm " + a
            + " has " + weakShifts.get(a) + " and " + strongShifts.get(a));
      }
    }
    positive("baseWeakTies", baseWeakTies);
    positive("baseStrongTies", baseStrongTies);
    positive("baseline", baseline);
    if (!Double.isFinite(confounderOnWeak) || !Double.isFinite(confounderOnStrong)
        || Math.abs(confounderOnWeak) > 5 || Math.abs(confounderOnStrong) > 5) {
      throw new IllegalArgumentException("confounder effects on ties must be within [-5, 5]");
    }
    nonNegative("confounderOnOutcome", confounderOnOutcome);
    nonNegative("weakEffect", weakEffect);
    nonNegative("strongEffect", strongEffect);
    nonNegative("digitalWeakEffect", digitalWeakEffect);
    nonNegative("digitalStrongEffect", digitalStrongEffect);
    nonNegative("regionEffect", regionEffect);
    if (!(digitalShare >= 0 && digitalShare <= 1)) {
      throw new IllegalArgumentException("digitalShare must be in [0, 1], got " + digitalShare);
    }
    if (regions < 2) {
      throw new IllegalArgumentException("regions must be >= 2, got " + regions);
    }
  }

  private static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
    }
  }

  private static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be non-negative and finite, got " + v);
    }
  }

  /** The defaults: 20,000 people, 8 arms, confounding, weak ties worth more in digital jobs. */
  public static ExperimentParams defaults() {
    return new ExperimentParams(DEFAULT_NODES, 1L, DEFAULT_WEAK_SHIFTS, DEFAULT_STRONG_SHIFTS,
        DEFAULT_BASE_WEAK_TIES, DEFAULT_BASE_STRONG_TIES, DEFAULT_CONFOUNDER_ON_WEAK,
        DEFAULT_CONFOUNDER_ON_STRONG, DEFAULT_CONFOUNDER_ON_OUTCOME, DEFAULT_BASELINE,
        DEFAULT_WEAK_EFFECT, DEFAULT_STRONG_EFFECT, DEFAULT_DIGITAL_WEAK_EFFECT,
        DEFAULT_DIGITAL_STRONG_EFFECT, DEFAULT_DIGITAL_SHARE, DEFAULT_REGIONS,
        DEFAULT_REGION_EFFECT);
  }

  /** Number of arms (the control included). */
  public int arms() {
    return weakShifts.size();
  }

  /** The population-average effect of a weak tie: the digital share weights the two effects. */
  public double averageWeakEffect() {
    return (1 - digitalShare) * weakEffect + digitalShare * digitalWeakEffect;
  }

  /** The population-average effect of a strong tie. */
  public double averageStrongEffect() {
    return (1 - digitalShare) * strongEffect + digitalShare * digitalStrongEffect;
  }

  /** A copy with another size. */
  public ExperimentParams withNodes(int n) {
    return new ExperimentParams(n, seed, weakShifts, strongShifts, baseWeakTies, baseStrongTies,
        confounderOnWeak, confounderOnStrong, confounderOnOutcome, baseline, weakEffect,
        strongEffect, digitalWeakEffect, digitalStrongEffect, digitalShare, regions, regionEffect);
  }

  /** A copy with another seed. */
  public ExperimentParams withSeed(long s) {
    return new ExperimentParams(nodes, s, weakShifts, strongShifts, baseWeakTies, baseStrongTies,
        confounderOnWeak, confounderOnStrong, confounderOnOutcome, baseline, weakEffect,
        strongEffect, digitalWeakEffect, digitalStrongEffect, digitalShare, regions, regionEffect);
  }

  /** A copy with other arm shifts. */
  public ExperimentParams withShifts(List<Double> weak, List<Double> strong) {
    return new ExperimentParams(nodes, seed, weak, strong, baseWeakTies, baseStrongTies,
        confounderOnWeak, confounderOnStrong, confounderOnOutcome, baseline, weakEffect,
        strongEffect, digitalWeakEffect, digitalStrongEffect, digitalShare, regions, regionEffect);
  }

  /** A copy with other confounder effects (on weak ties, strong ties, applications). */
  public ExperimentParams withConfounder(double onWeak, double onStrong, double onOutcome) {
    return new ExperimentParams(nodes, seed, weakShifts, strongShifts, baseWeakTies,
        baseStrongTies, onWeak, onStrong, onOutcome, baseline, weakEffect, strongEffect,
        digitalWeakEffect, digitalStrongEffect, digitalShare, regions, regionEffect);
  }

  /** A copy with the same effects in every industry (no heterogeneity). */
  public ExperimentParams withEffects(double weak, double strong) {
    return withEffects(weak, strong, weak, strong);
  }

  /** A copy with effects for non-digital and digital industries. */
  public ExperimentParams withEffects(double weak, double strong, double digitalWeak,
      double digitalStrong) {
    return new ExperimentParams(nodes, seed, weakShifts, strongShifts, baseWeakTies,
        baseStrongTies, confounderOnWeak, confounderOnStrong, confounderOnOutcome, baseline, weak,
        strong, digitalWeak, digitalStrong, digitalShare, regions, regionEffect);
  }

  /** A copy with another digital share. */
  public ExperimentParams withDigitalShare(double s) {
    return new ExperimentParams(nodes, seed, weakShifts, strongShifts, baseWeakTies,
        baseStrongTies, confounderOnWeak, confounderOnStrong, confounderOnOutcome, baseline,
        weakEffect, strongEffect, digitalWeakEffect, digitalStrongEffect, s, regions,
        regionEffect);
  }

  /** A copy with other regions. */
  public ExperimentParams withRegions(int count, double effect) {
    return new ExperimentParams(nodes, seed, weakShifts, strongShifts, baseWeakTies,
        baseStrongTies, confounderOnWeak, confounderOnStrong, confounderOnOutcome, baseline,
        weakEffect, strongEffect, digitalWeakEffect, digitalStrongEffect, digitalShare, count,
        effect);
  }
}
