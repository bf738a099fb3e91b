package org.weakties.sim;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link JobDiffusion}. The model, per tie {@code (a, e)} with {@code m} mutual
 * connections and interaction intensity {@code I} (normalised weight rank):
 * <pre>
 *   tie strength       s  = w min(1, m / mutualScale) + (1 - w) I
 *   pass probability   pi = passMin + (passMax - passMin) s          (motivation, trust)
 *                        (digital ties: pi + digitalWeakTieBoost (1 - s) (1 - pi))
 *   novelty            nu = (1 - redundancy)^m                        (each common contact has
 *                                                                      already told ego with
 *                                                                      probability redundancy)
 *   per opening at a:  ego e takes a job through the tie with probability pi nu takeRate
 * </pre>
 * Every node receives Poisson({@code openingRate}) openings, so the number of jobs through the tie
 * in the two directions is Poisson with mean {@code 2 openingRate pi nu takeRate} and
 * {@code P(job) = 1 - exp(-2 openingRate pi nu takeRate)} ({@link #jobProbability}).
 *
 * <p>With the defaults the job probability rises and then falls in m, peaking near 10 mutual
 * connections for ties of median intensity ({@link #theoreticalPeak(double)}); with
 * {@code redundancy = 0} it rises monotonically: the inverted U comes from the redundancy mechanism.
 *
 * @param seed seed of every random choice
 * @param openingRate expected job openings per node over the window; in (0, 50]
 * @param passMin pass probability of the weakest tie (s = 0); in [0, 1]
 * @param passMax pass probability of the strongest tie (s = 1); in [passMin, 1]
 * @param structuralWeight weight w of the structural part of tie strength; in [0, 1]
 * @param mutualScale mutual connections at which the structural part saturates; positive
 * @param redundancy probability that a common contact has already passed the opening on; [0, 1)
 * @param takeRate probability that a new opening a contact passes on becomes a job; in (0, 1]
 * @param digitalWeakTieBoost in digital industries a tie of strength s closes this share times
 *     {@code 1 - s} of the gap between its pass probability and 1, so weak ties gain most; 0 for
 *     none; in [0, 1]
 * @param digitalShare share of industries marked digital when nodes carry no {@code digital}
 *     attribute; in [0, 1]
 * @param industries number of industries drawn when nodes carry no {@code industry} attribute;
 *     in [1, 10000]
 * @param arms number of randomised arm labels drawn when nodes carry no {@code arm} attribute
 *     (labels only; the diffusion ignores them); in [1, 1000]
 * @param threads worker threads; 0 = all processors
 * @param progress progress reports
 * @param token cancellation
 */
public record DiffusionParams(long seed, double openingRate, double passMin, double passMax,
    double structuralWeight, double mutualScale, double redundancy, double takeRate,
    double digitalWeakTieBoost, double digitalShare, int industries, int arms, int threads,
    ProgressListener progress, CancellationToken token) {

  /** Default seed. */
  public static final long DEFAULT_SEED = 1L;
  /** Default openings per node. */
  public static final double DEFAULT_OPENING_RATE = 1.0;
  /** Default pass probability of the weakest tie. */
  public static final double DEFAULT_PASS_MIN = 0.02;
  /** Default pass probability of the strongest tie. */
  public static final double DEFAULT_PASS_MAX = 1.0;
  /** Default weight of the structural part of tie strength. */
  public static final double DEFAULT_STRUCTURAL_WEIGHT = 0.8;
  /** Default saturation point of the structural part (the paper's binscatters reach about 35). */
  public static final double DEFAULT_MUTUAL_SCALE = 30.0;
  /** Default redundancy per common contact; puts the peak near 10 mutual connections. */
  public static final double DEFAULT_REDUNDANCY = 0.065;
  /** Default take rate. */
  public static final double DEFAULT_TAKE_RATE = 0.3;
  /** Default digital weak-tie boost (none). */
  public static final double DEFAULT_DIGITAL_WEAK_TIE_BOOST = 0.0;
  /** Default share of digital industries (the paper's top quarter). */
  public static final double DEFAULT_DIGITAL_SHARE = 0.25;
  /** Default number of industries. */
  public static final int DEFAULT_INDUSTRIES = 20;
  /** Default number of arm labels (one: every tie in arm 0). */
  public static final int DEFAULT_ARMS = 1;

  /** Validates. */
  public DiffusionParams {
    if (!(openingRate > 0 && openingRate <= 50)) {
      throw new IllegalArgumentException("openingRate must be in (0, 50], got " + openingRate);
    }
    if (!(passMin >= 0 && passMin <= 1) || !(passMax >= passMin && passMax <= 1)) {
      throw new IllegalArgumentException("need 0 <= passMin <= passMax <= 1, got passMin "
          + passMin + ", passMax " + passMax);
    }
    if (!(structuralWeight >= 0 && structuralWeight <= 1)) {
      throw new IllegalArgumentException("structuralWeight must be in [0, 1], got "
          + structuralWeight);
    }
    if (!(mutualScale > 0) || Double.isInfinite(mutualScale)) {
      throw new IllegalArgumentException("mutualScale must be positive and finite, got "
          + mutualScale);
    }
    if (!(redundancy >= 0 && redundancy < 1)) {
      throw new IllegalArgumentException("redundancy must be in [0, 1), got " + redundancy);
    }
    if (!(takeRate > 0 && takeRate <= 1)) {
      throw new IllegalArgumentException("takeRate must be in (0, 1], got " + takeRate);
    }
    if (!(digitalWeakTieBoost >= 0 && digitalWeakTieBoost <= 1)) {
      throw new IllegalArgumentException("digitalWeakTieBoost must be in [0, 1], got "
          + digitalWeakTieBoost);
    }
    if (!(digitalShare >= 0 && digitalShare <= 1)) {
      throw new IllegalArgumentException("digitalShare must be in [0, 1], got " + digitalShare);
    }
    if (industries < 1 || industries > 10_000) {
      throw new IllegalArgumentException("industries must be in [1, 10000], got " + industries);
    }
    if (arms < 1 || arms > 1000) {
      throw new IllegalArgumentException("arms must be in [1, 1000], got " + arms);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(token, "token");
  }

  /** The defaults (an inverted U peaking near 10 mutual connections). */
  public static DiffusionParams defaults() {
    return new DiffusionParams(DEFAULT_SEED, DEFAULT_OPENING_RATE, DEFAULT_PASS_MIN,
        DEFAULT_PASS_MAX, DEFAULT_STRUCTURAL_WEIGHT, DEFAULT_MUTUAL_SCALE, DEFAULT_REDUNDANCY,
        DEFAULT_TAKE_RATE, DEFAULT_DIGITAL_WEAK_TIE_BOOST, DEFAULT_DIGITAL_SHARE,
        DEFAULT_INDUSTRIES, DEFAULT_ARMS, 0, ProgressListener.NONE, CancellationToken.NONE);
  }

  /** The defaults without the redundancy effect: the job probability rises with tie strength. */
  public static DiffusionParams noRedundancy() {
    return defaults().withRedundancy(0.0);
  }

  // ------------------------------------------------------------------ the model's formulas

  /** Tie strength {@code w min(1, m / mutualScale) + (1 - w) I}. */
  public double tieStrength(int mutual, double intensity) {
    return structuralWeight * Math.min(1.0, mutual / mutualScale)
        + (1 - structuralWeight) * intensity;
  }

  /** Probability that a contact passes an opening on over a tie of strength {@code s}. */
  public double passProbability(double s, boolean digital) {
    double p = passMin + (passMax - passMin) * s;
    if (digital) {
      p += digitalWeakTieBoost * (1 - s) * (1 - p);
    }
    return p;
  }

  /** Probability that an opening passed over a tie with {@code mutual} common contacts is new. */
  public double novelty(int mutual) {
    return Math.pow(1 - redundancy, mutual);
  }

  /** Probability that at least one job comes through a tie: {@code 1 - exp(-2 rate pi nu take)}. */
  public double jobProbability(int mutual, double intensity, boolean digital) {
    double q = passProbability(tieStrength(mutual, intensity), digital) * novelty(mutual) * takeRate;
    return -Math.expm1(-2 * openingRate * q);
  }

  /**
   * The number of mutual connections (0..1000) with the highest job probability for ties of the
   * given intensity in a non-digital industry; 1000 when it still rises there.
   */
  public int theoreticalPeak(double intensity) {
    int best = 0;
    double bp = -1;
    for (int m = 0; m <= 1000; m++) {
      double p = jobProbability(m, intensity, false);
      if (p > bp) {
        bp = p;
        best = m;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ withers

  /** A copy with another seed. */
  public DiffusionParams withSeed(long s) {
    return new DiffusionParams(s, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads,
        progress, token);
  }

  /** A copy with another opening rate. */
  public DiffusionParams withOpeningRate(double r) {
    return new DiffusionParams(seed, r, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads,
        progress, token);
  }

  /** A copy with other pass probabilities. */
  public DiffusionParams withPass(double min, double max) {
    return new DiffusionParams(seed, openingRate, min, max, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads,
        progress, token);
  }

  /** A copy with another structural weight. */
  public DiffusionParams withStructuralWeight(double w) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, w, mutualScale, redundancy,
        takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads, progress, token);
  }

  /** A copy with another mutual-connection scale. */
  public DiffusionParams withMutualScale(double s) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, s,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads,
        progress, token);
  }

  /** A copy with another redundancy (0: no redundancy effect). */
  public DiffusionParams withRedundancy(double r) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        r, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads, progress,
        token);
  }

  /** A copy with another take rate. */
  public DiffusionParams withTakeRate(double t) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, t, digitalWeakTieBoost, digitalShare, industries, arms, threads, progress,
        token);
  }

  /** A copy with another digital weak-tie boost. */
  public DiffusionParams withDigitalWeakTieBoost(double b) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, b, digitalShare, industries, arms, threads, progress, token);
  }

  /** A copy with another digital share. */
  public DiffusionParams withDigitalShare(double s) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, s, industries, arms, threads, progress, token);
  }

  /** A copy with another number of industries. */
  public DiffusionParams withIndustries(int i) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, i, arms, threads, progress,
        token);
  }

  /** A copy with another number of arm labels. */
  public DiffusionParams withArms(int a) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, a, threads, progress,
        token);
  }

  /** A copy with another thread count. */
  public DiffusionParams withThreads(int t) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, t, progress,
        token);
  }

  /** A copy with a progress listener. */
  public DiffusionParams withProgress(ProgressListener p) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads, p,
        token);
  }

  /** A copy with a cancellation token. */
  public DiffusionParams withToken(CancellationToken t) {
    return new DiffusionParams(seed, openingRate, passMin, passMax, structuralWeight, mutualScale,
        redundancy, takeRate, digitalWeakTieBoost, digitalShare, industries, arms, threads,
        progress, t);
  }
}
